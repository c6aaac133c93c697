"""The other side of a dyad (events/dyads.py), on invented articles."""
import pytest

from test_events import events_of, extract, names
from veille.nlp.events.dyads import same_dealing


def test_help_and_force_do_not_lend_each_other_a_side():
    assert not same_dealing("ASSAULT", "SUPPORT") and not same_dealing("AGREE", "ACCUSE")
    assert same_dealing("ACCUSE", "ASSAULT") and same_dealing("CONSULT", "AID")


def test_a_request_a_concession_or_a_yielding_deals_with_either_kind():
    # a release ends a capture (CAMEO 08), an appeal or a demand is one PLOVER type
    assert same_dealing("RETREAT", "COERCE") and same_dealing("REQUEST", "SUPPORT") and same_dealing("CONCEDE", "ACCUSE")


def test_a_protest_is_addressed_by_its_protesters_demands_only():
    assert same_dealing("PROTEST", "REQUEST") and same_dealing("PROTEST", "ACCUSE")
    assert not same_dealing("PROTEST", "ASSAULT") and not same_dealing("PROTEST", "PROTEST")


@pytest.mark.slow
def test_a_demand_left_without_recipient_goes_to_whom_its_author_last_blamed():
    ext = extract("Nouvelle journée de colère\nLorcy, 3 mars 2016. Le syndicat lorcanien des enseignants a accusé mardi le "
                  "ministre Paul Vernay de mentir. Mercredi, le syndicat a exigé des excuses.\n")
    demand = events_of(ext, "REQUEST")
    assert demand and names(ext, demand[0].target) == {"Paul Vernay"} and demand[0].target_from == "context"


@pytest.mark.slow
def test_a_release_is_done_by_those_who_made_the_arrest():
    ext = extract("Arrestations à Lorcy\nLorcy, 3 mars 2016. Trois militants ont été arrêtés mardi par la police "
                  "lorcanienne. Ils ont été relâchés jeudi.\n")
    release = events_of(ext, "RETREAT")
    assert release and names(ext, release[0].source) == {"police lorcanienne"}
    assert release[0].source_from == "context" and events_of(ext, "COERCE")[0].source_from is None


@pytest.mark.slow
def test_a_protest_goes_to_whom_the_protesters_asked():
    ext = extract("Les enseignants dans la rue\nLorcy, 3 mars 2016. Le syndicat des enseignants a réclamé au "
                  "gouvernement une hausse des salaires. Mardi, les enseignants ont manifesté à Lorcy.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].target) == {"gouvernement"} and protest[0].target_from == "context"


@pytest.mark.slow
def test_a_group_known_by_a_plural_description_is_the_same_group_only_nearby():
    # « des policiers » four sentences later is another group: their wounds are not the militants' doing
    far = extract("Violences à Lorcy\nLorcy, 3 mars 2016. Mardi, des militants ont frappé des policiers devant la "
                  "mairie de Lorcy. Le maire Paul Vernay a réuni son conseil mercredi. Le budget de la ville a été "
                  "adopté sans débat. La foire aux bestiaux ouvrira samedi sur la place du marché. Les écoles "
                  "resteront fermées lundi. Jeudi, à Brenac, deux policiers ont été blessés.\n")
    wounds = [e for e in events_of(far, "ASSAULT") if e.trigger.text == "ont été blessés"]
    assert wounds and not wounds[0].source and wounds[0].source_from is None


@pytest.mark.slow
def test_a_group_told_with_a_definite_article_is_the_same_group_far_away():
    # « les enseignants » names the group already told: their strike is addressed to whom they asked, though
    # the demand is told four sentences before
    ext = extract("Les enseignants en colère\nLorcy, 3 mars 2016. Mardi, les enseignants ont réclamé au ministre "
                  "Paul Vernay une hausse des salaires. Le maire de Lorcy a réuni son conseil mercredi. Le budget de "
                  "la ville a été adopté sans débat. La foire aux bestiaux ouvrira samedi sur la place du marché. "
                  "Jeudi, les enseignants ont entamé une grève.\n")
    strike = events_of(ext, "PROTEST")
    assert strike and names(ext, strike[0].target) == {"Paul Vernay"} and strike[0].target_from == "context"


@pytest.mark.slow
def test_a_charge_without_author_takes_none_from_a_fight_or_a_protest():
    # who fought or marched against someone is not who charges him
    fight = extract("Combats en Lorcanie\nLorcy, 3 mars 2016. Les rebelles du Front lorcanien ont bombardé mardi "
                    "l'armée de Lorcanie. L'armée de Lorcanie est accusée de pillages.\n")
    march = extract("Lorcy\nLorcy, 3 mars 2016. Mardi, le syndicat lorcanien des enseignants a manifesté contre le "
                    "ministre Paul Vernay à Lorcy. Paul Vernay a été mis en examen pour fraude.\n")
    for ext in (fight, march):
        charge = events_of(ext, "ACCUSE")
        assert charge and not charge[0].source and charge[0].source_from is None


@pytest.mark.slow
def test_a_blockade_lends_no_recipient():
    # the shop the farmers blocked is not whom they asked for aid
    ext = extract("Colère paysanne\nLorcy, 3 mars 2016. Mardi, des agriculteurs ont bloqué le magasin Carrefour de "
                  "Lorcy. Mercredi, ils ont exigé des aides.\n")
    demand = events_of(ext, "REQUEST")
    assert demand and not demand[0].target and demand[0].target_from is None


def test_the_author_of_a_charge_is_read_from_an_accusation_a_capture_or_a_sanction():
    from veille.nlp.events.dyads import JUDICIAL_AUTHOR_TYPES, JUDICIAL_MODES
    assert JUDICIAL_MODES["ACCUSE"] == ("allege", "investigate") and "convict" in JUDICIAL_MODES["SANCTION"]
    assert set(JUDICIAL_AUTHOR_TYPES) == {"ACCUSE", "COERCE", "SANCTION"}


@pytest.mark.slow
def test_a_side_of_a_clash_is_not_at_odds_with_its_own_state():
    # in a clash between two armies, soldiers of one killed with no author named were killed by the other, never
    # by their own state (which the clash also names as a side)
    ext = extract("Niger : incidents frontaliers avec le Tchad\n\nNiamey, 3 mars 2016. L'armée nigérienne et l'armée "
                  "tchadienne se sont affrontées mardi près de la frontière. Cinq soldats nigériens ont été tués selon "
                  "un bilan provisoire.\n")
    killed = [e for e in events_of(ext, "ASSAULT") if "tués" in e.trigger.text]
    assert killed and "Tchad" in names(ext, killed[0].source) and "Niger" not in names(ext, killed[0].source)
    assert killed[0].source_from == "context"


BUDGET = "Budget contesté à Lorcy\nLorcy, 3 mars 2016. Mardi, le syndicat des enseignants a vivement critiqué {first}. " \
         "Le budget de la ville doit être voté jeudi. {second} aussi été critiqué{agreement}.\n"


def _blame(first: str, second: str, agreement: str, told: set):
    """The union's blame of `first`, then a blame of `told` told without its author; (extraction, that blame)."""
    ext = extract(BUDGET.format(first=first, second=second, agreement=agreement))
    blame = [e for e in events_of(ext, "ACCUSE") if names(ext, e.target) == told]
    assert blame
    return ext, blame[0]


@pytest.mark.slow
def test_an_act_told_without_author_is_done_by_the_author_of_the_same_act_nearby():
    # no act is done to Marie Dutilleul herself: the blame of the same kind told just before is the union's
    ext, blame = _blame("le ministre Paul Vernay", "La ministre Marie Dutilleul a elle", "e", {"Marie Dutilleul"})
    assert names(ext, blame.source) == {"syndicat des enseignants"} and blame.source_from == "context"


@pytest.mark.slow
def test_the_same_act_lends_no_author_to_another_kind_of_party_or_another_day():
    # the police blamed says nothing of who blamed the students; the next day's blame is another act
    for first, second, agreement, told in (
            ("la police lorcanienne", "Les étudiants ont eux", "s", {"étudiants"}),
            ("le ministre Paul Vernay", "Le lendemain, la ministre Marie Dutilleul a elle", "e", {"Marie Dutilleul"})):
        _, blame = _blame(first, second, agreement, told)
        assert not blame.source and blame.source_from is None


SESSION = "Séance houleuse à Lorcy\nLorcy, 3 mars 2016. {first} Mercredi, {second}\n"


@pytest.mark.slow
def test_an_agentless_passive_dropped_for_want_of_an_author_takes_its_recipients_dealing():
    # the deputy jostled by no one named: the minister who had just blamed her (dyads.dyad_authored)
    ext = extract(SESSION.format(first="Le ministre Paul Vernay a violemment accusé mardi la députée Marie Dutilleul "
                                       "de mentir.", second="à la sortie de la séance, Marie Dutilleul a été bousculée."))
    jostled = [e for e in events_of(ext, "ASSAULT") if "bousculée" in e.trigger.text]
    assert jostled and names(ext, jostled[0].source) == {"Paul Vernay"} and jostled[0].source_from == "context"
    assert names(ext, jostled[0].target) == {"Marie Dutilleul"}


@pytest.mark.slow
def test_an_agent_named_by_a_thing_or_a_passive_word_verb_lends_no_author():
    # « par un taureau » names who did it; « admis à l'hôpital » is a state, no concession of anyone's
    for first, second in (("Le ministre Paul Vernay a violemment accusé mardi la députée Marie Dutilleul de mentir.",
                           "Marie Dutilleul a été tuée par un taureau."),
                          ("Le ministre Paul Vernay a violemment accusé mardi les militants de Lorcy de mentir.",
                           "les militants de Lorcy ont été admis à l'hôpital de Lorcy.")):
        ext = extract(SESSION.format(first=first, second=second))
        assert not [e for e in ext.events if e.source_from == "context"]


@pytest.mark.slow
def test_an_inquiry_by_no_one_named_is_into_the_attacker_told_before():
    # the suspect the story follows: the author of the attack inquired into (`_suspect`)
    ext = extract("Attaque à Lorcy\nLorcy, 3 mars 2016. Un homme a attaqué des militaires devant la mairie. Les "
                  "investigations se poursuivent.\n")
    inquiry = events_of(ext, "ACCUSE")
    assert inquiry and names(ext, inquiry[0].target) == {"homme"} and not inquiry[0].source


@pytest.mark.slow
def test_an_inquiry_by_no_one_named_is_not_into_the_people_arrested():
    ext = extract("Journée de colère\nLorcy, 3 mars 2016. Trois manifestants ont été interpellés par la police. Une "
                  "enquête a été ouverte après la fuite d'un document.\n")
    inquiry = events_of(ext, "ACCUSE")
    assert inquiry and not inquiry[0].target


@pytest.mark.slow
def test_an_inquiry_or_a_complaint_with_its_author_is_into_the_attacker_told_before():
    # an act into another act, with its author told and no recipient (`_procedure`): the suspect the story follows
    for second, author in (("L'enquête a été confiée à la gendarmerie de Lorcy.", "gendarmerie de Lorcy"),
                           ("Le maire Paul Vernay a décidé de porter plainte.", "Paul Vernay")):
        ext = extract("Agression à Lorcy\nLorcy, 3 mars 2016. Un homme a frappé le maire Paul Vernay devant la "
                      "mairie. " + second + "\n")
        told = [e for e in events_of(ext, "ACCUSE") if author in names(ext, e.source)]
        assert told and names(ext, told[0].target) == {"homme"}


@pytest.mark.slow
def test_the_suspect_the_headline_names_is_the_one_an_inquiry_is_into():
    # the body's nearest sentence is another's (`_suspect`: the headline's suspect first)
    ext = extract("Paul Vernay condamné à deux ans de prison\nLorcy, 3 mars 2016. Le maire Paul Vernay a été condamné à "
                  "deux ans de prison par le tribunal de Lorcy. Son adjoint Marc Dutilleul a été condamné à un an de "
                  "prison. Une enquête avait été ouverte en 2014, confiée à la gendarmerie de Lorcy.\n")
    inquiry = [e for e in events_of(ext, "ACCUSE") if "gendarmerie de Lorcy" in names(ext, e.source)]
    assert inquiry and names(ext, inquiry[0].target) == {"Paul Vernay"}
