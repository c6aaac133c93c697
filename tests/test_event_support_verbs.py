"""Locutions read through French support-verb constructions (« exercer une forte pression sur X »: a prenominal
adjective inside the locution's noun phrase), acts voted by a body (« voter la grève »), staff nouns as actors and
purpose clauses parsed as « afin » + infinitive. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def sides(sentence, type_):
    """(source names, target names) of the first event of a type told in the sentence, or None."""
    ext = extract("Lorcy\n" + sentence + "\n")
    hits = events_of(ext, type_)
    return (names(ext, hits[0].source), names(ext, hits[0].target)) if hits else None


@pytest.mark.parametrize("sentence", [
    "La France exerce une forte pression sur la Belgique.",
    "La France a encore accru la pression sur la Belgique.",
])
def test_pressure_on_an_actor_is_a_demand(sentence):
    assert sides(sentence, "REQUEST") == ({"France"}, {"Belgique"})


def test_a_prenominal_adjective_does_not_break_a_charge():
    ext = extract("Vernay\nLe ministre Paul Vernay a porté de graves accusations contre la Belgique.\n")
    hits = events_of(ext, "ACCUSE")
    assert hits and names(ext, hits[0].target) == {"Belgique"}


def test_a_strike_voted_by_the_staff_is_their_strike():
    ext = extract("Lorcy\nLe personnel de l'hôpital vote une grève de deux jours.\n")
    hits = events_of(ext, "PROTEST")
    assert hits and names(ext, hits[0].source) == {"personnel"}


def test_an_act_after_afin_de_is_a_purpose_not_an_act_done():
    ext = extract("Vernay\nLa Lorcanie a envoyé des troupes afin de garantir la pleine sécurité de la Belgique.\n")
    assert all(e.hypothetical for e in events_of(ext, "AID"))


def test_the_a_complement_of_a_pronominal_attack_is_whom():
    # « s'attaquer à X »: whom (French pronominal verb with « à »); « attaquer un convoi à Gao »: where
    ext = extract("Vernay\nLes rebelles du Front de Lorcy se sont attaqués à l'armée malienne.\n")
    hits = events_of(ext, "ASSAULT")
    assert hits and "armée malienne" in names(ext, hits[0].target)


@pytest.mark.parametrize("sentence", [
    "Le syndicaliste Paul Vernay a aussi été recalé par la Haute autorité de Lorcy.",
    "Paul Vernay a aussi été recalé alors qu'il estime avoir réuni tous les parrainages.",
])
def test_the_subject_of_a_compound_passive_undergoes_the_act(sentence):
    # the parser may label the passive subject a plain nsubj, or read « été » as a copula and the participle as an
    # adjective: the subject is still the one rejected
    source, target = sides(sentence, "REJECT")
    assert target == {"Paul Vernay"} and "Paul Vernay" not in source


@pytest.mark.parametrize("sentence, typ", [
    ("La ceinture permet à Paul Vernay de soutenir et redresser son tronc.", "SUPPORT"),
    ("Le syndicat de Lorcy rejette une substance toxique.", "REJECT"),
    ("Le militant Paul Vernay a reçu vendredi soir à Paris le Prix Marie Dutilleul des droits de l'Homme.", "CONSULT"),
    ("Ce sont les pays tels que la Lorcanie ou la Belgique qui, demandant des images valorisantes de leurs pays, "
     "se portent candidats.", "REQUEST"),
])
def test_an_everyday_thing_as_object_is_no_political_act(sentence, typ):
    # a body part held up, a substance given off, a prize received, pictures asked of no one: everyday senses
    assert not events_of(extract("Vernay\n" + sentence + "\n"), typ)


def test_an_everyday_thing_asked_of_an_actor_is_a_request():
    ext = extract("Vernay\nLe ministre Paul Vernay a demandé des images à la police de Lorcy.\n")
    hits = events_of(ext, "REQUEST")
    assert hits and names(ext, hits[0].target) == {"police de Lorcy"}


def test_being_pleased_with_oneself_is_no_praise():
    # CAMEO files the pronominal « se féliciter de » as a comment (013); « féliciter X » praises X
    assert sides("Le maire Paul Vernay se félicite d'avoir tenu le budget de Lorcy.", "SUPPORT") is None
    assert sides("La ministre Marie Dutilleul a félicité Paul Vernay pour sa victoire.", "SUPPORT") == (
        {"Marie Dutilleul"}, {"Paul Vernay"})


@pytest.mark.parametrize("sentence", [
    "Le maire Paul Vernay s'est félicité de la libération des deux otages de Lorcy.",
    "La députée Marie Dutilleul s'est réjouie de l'issue du scrutin de Lorcy.",
    "Ces interpellations ont été saluées par le maire Paul Vernay.",
])
def test_praise_of_an_act_is_support_whoever_did_it(sentence):
    # CAMEO's ACCLAIM and WELCOME patterns (HAIL * DECISION, WELCOME * SURRENDER, REJOICE): an act or its outcome
    # praised, with its author named or not
    source, _ = sides(sentence, "SUPPORT")
    assert source & {"Paul Vernay", "Marie Dutilleul"}


def test_praise_of_a_clause_is_aimed_at_its_subject():
    assert sides("Le président Paul Vernay s'est félicité que la Lorcanie et la Belgique aient signé la trêve.",
                 "SUPPORT") == ({"Paul Vernay"}, {"Lorcanie", "Belgique"})


def test_praise_of_a_decision_is_aimed_at_its_author():
    assert sides("La ministre Marie Dutilleul a salué la décision du Conseil de Lorcanie.", "SUPPORT") == (
        {"Marie Dutilleul"}, {"Conseil de Lorcanie"})


@pytest.mark.parametrize("sentence", [
    "Le Conseil de Lorcanie a annoncé l'ouverture d'une enquête visant le ministre Paul Vernay.",
    "Le Conseil de Lorcanie a annoncé une enquête visant le ministre Paul Vernay.",
    "Le Conseil de Lorcanie a ouvert une enquête visant le ministre Paul Vernay.",
])
def test_an_act_noun_aims_at_the_object_of_visant(sentence):
    # « une enquête visant X » (`aiming_participles`): X is investigated
    assert sides(sentence, "ACCUSE") == ({"Conseil de Lorcanie"}, {"Paul Vernay"})


@pytest.mark.parametrize("sentence", [
    "La cause de la crise est l'ouverture par le Conseil de Lorcanie d'une enquête visant le ministre Paul Vernay.",
    "Le lancement par le Conseil de Lorcanie d'une enquête visant le ministre Paul Vernay a surpris.",
])
def test_the_agent_of_an_acts_start_does_the_act(sentence):
    # « l'ouverture par X d'une enquête »: the « par » complement of the noun of the act's start (`phase_nouns`)
    # is the agent of the act it opens
    assert sides(sentence, "ACCUSE") == ({"Conseil de Lorcanie"}, {"Paul Vernay"})


@pytest.mark.parametrize("sentence", [
    "Le ministre Paul Vernay est visé par une enquête pour détournement de fonds publics.",
    "Le maire de Lorcy Paul Vernay, visé par une enquête interne pour fraude, a démissionné.",
])
def test_the_one_aimed_at_by_an_act_in_the_passive_is_its_recipient(sentence):
    # « X est visé par une enquête » is the passive of « une enquête visant X » (`aiming_participles`):
    # investigated by no one named
    assert sides(sentence, "ACCUSE") == (set(), {"Paul Vernay"})


def test_public_figures_aimed_at_are_actors():
    # « des personnalités » (PLOVER ELI) are whom the inquiry is aimed at, not a phrase inside their description
    got = sides("Le Conseil de Lorcanie a ouvert une enquête visant douze personnalités soupçonnées d'être "
                "responsables de crimes.", "ACCUSE")
    assert got is not None and got[1] == {"personnalités"}


def test_visant_a_with_an_infinitive_names_no_recipient():
    got = sides("Le Conseil de Lorcanie a annoncé une enquête visant à établir les faits.", "ACCUSE")
    assert got is None or not got[1]


def test_a_run_of_acts_is_done_by_the_subject_of_its_support_verb():
    # « mener une série de fouilles » is « mener des fouilles » (`series_nouns`)
    got = sides("La police de Lorcanie a mené une série de fouilles de logements de militants.", "COERCE")
    assert got is not None and got[0] == {"police de Lorcanie"}


def test_a_body_adopting_a_measure_does_the_act():
    # a legislature or a council adopting an act noun does that act (CAMEO codes the measure), it does not support
    # the act's recipient; an act with its own agent (« par X ») is X's, which the body approves
    assert sides("Le Sénat de Lorcanie a approuvé la destitution de Marie Dutilleul.", "ACCUSE") == (
        {"Sénat"}, {"Marie Dutilleul"})
    assert sides("Le Sénat de Lorcanie a approuvé la destitution de Marie Dutilleul.", "SUPPORT") is None
    assert sides("L'Assemblée de Lorcanie a approuvé la ratification de l'accord par la Lorcanie.", "SUPPORT")


@pytest.mark.parametrize("sentence, type_, target", [
    ("Le maire de Lorcy, Paul Vernay, a fait l'objet d'une enquête pour fraude.", "ACCUSE", "Paul Vernay"),
    ("La ministre Marie Dutilleul a fait l'objet de menaces mardi.", "THREATEN", "Marie Dutilleul"),
    ("Le ministre Paul Vernay est visé par une enquête pour corruption.", "ACCUSE", "Paul Vernay"),
    ("Le député Paul Vernay est devenu la cible de menaces.", "THREATEN", "Paul Vernay"),
    ("Marie Dutilleul a été victime d'une agression à Lorcy.", "ASSAULT", "Marie Dutilleul"),
])
def test_a_converse_frame_names_who_undergoes_the_act(sentence, type_, target):
    # « faire l'objet de », « être victime de », « être visé par » + an act noun: the subject undergoes the act, told
    # like an agentless passive (no actor named)
    got = sides(sentence, type_)
    assert got is not None and target in got[1] and not got[0]


def test_a_converse_frame_keeps_the_actor_the_noun_names():
    assert sides("Le maire Paul Vernay a fait l'objet d'une plainte de Marie Dutilleul.", "ACCUSE") == (
        {"Marie Dutilleul"}, {"Paul Vernay"})


def test_a_participle_of_aiming_names_the_target_of_its_agent_noun():
    assert sides("Lorcanie : deux soldats visés par des tirs près de Vernay", "ASSAULT")[1] == {"soldats"}


def test_an_office_holder_described_by_a_title_is_no_private_person():
    # « la plainte du ministre » is an accusation by an office, not an everyday request of a private person
    ext = extract("Lorcy\nPaul Vernay a signé un décret. Le juge a examiné une plainte du ministre de la Justice de "
                  "Lorcanie contre ce décret.\n")
    assert any("ministre" in " ".join(names(ext, e.source)) for e in events_of(ext, "ACCUSE"))
    # a relative is a private person still: « les recours formés par la famille de X » towards no one named is none
    ext = extract("Lorcy\nLes soins ont été arrêtés après des recours formés par la famille de Paul Vernay.\n")
    assert not any("famille" in " ".join(names(ext, e.source)) for e in events_of(ext, "ACCUSE"))


@pytest.mark.parametrize("sentence, target", [
    ("Lundi, une information judiciaire pour corruption a été ouverte à Lorcy.", set()),
    ("Selon la gendarmerie de Lorcy, une enquête sur le naufrage du ferry est toujours en cours.", None),
    ("Une plainte contre le ministre Paul Vernay a été déposée lundi.", {"Paul Vernay"}),
    ("Une enquête a été ouverte contre le maire de Lorcy, Paul Vernay.", {"Paul Vernay"}),
])
def test_a_procedure_told_begun_by_no_one_named_is_an_act(sentence, target):
    # the agentless passive of a procedure noun's light verb, or « être en cours »: the inquiry or the complaint
    # happened, by no one named (`procedure_nouns`); whom it is against is its own complement
    got = sides(sentence, "ACCUSE")
    assert got is not None and not got[0] and (target is None or got[1] == target)


@pytest.mark.parametrize("sentence", [
    "Le maire Paul Vernay a été entendu mardi dans le cadre de l'enquête.",
    "Selon les premières conclusions de l'enquête, le feu du hangar était accidentel.",
    "Une enquête sera ouverte contre le maire de Lorcy, Paul Vernay.",
])
def test_a_procedure_only_mentioned_or_announced_is_no_act(sentence):
    got = [e for e in events_of(extract("Lorcy\n" + sentence + "\n"), "ACCUSE") if not e.hypothetical]
    assert not got


@pytest.mark.parametrize("sentence, target", [
    ("La perquisition de la maison de Paul Vernay a permis de saisir trois fusils.", {"Paul Vernay"}),
    ("Des fusils ont été saisis lundi lors d'une perquisition au domicile de Paul Vernay.", {"Paul Vernay"}),
    ("La fouille a duré deux heures. La perquisition de l'appartement loué par Paul Vernay a permis de trouver des "
     "fusils.", {"Paul Vernay"}),
])
def test_a_search_told_by_its_yield_happened(sentence, target):
    # a search told by what it yielded, or as the time of a find (« lors de »), took place by no one named
    # (`procedure_outcome_verbs`, `procedure_time_heads`); it was done to the home's owner or tenant
    got = sides(sentence, "COERCE")
    assert got is not None and not got[0] and got[1] == target


def test_a_search_to_come_is_no_act():
    assert sides("Une perquisition permettra de saisir les fusils de Paul Vernay.", "COERCE") is None


@pytest.mark.parametrize("sentence", [
    "L'enquête a été confiée à la gendarmerie de Lorcy.",
    "La gendarmerie de Lorcy est en charge de l'enquête.",
    "Une enquête a été ouverte et confiée à la gendarmerie de Lorcy.",
])
def test_whom_an_inquiry_is_entrusted_to_conducts_it(sentence):
    # « confier l'enquête à X », « X est en charge de l'enquête » (`conducting_verbs`, `conducting_predicates`)
    got = sides(sentence, "ACCUSE")
    assert got is not None and got[0] == {"gendarmerie de Lorcy"}


def test_a_role_described_by_an_inquiry_tells_no_act():
    # « le juge chargé de l'enquête » says who the judge is, not that he was entrusted with it here
    assert sides("Le juge chargé de l'enquête, Marie Dutilleul, a démissionné.", "ACCUSE") is None


def test_a_summons_before_a_judge_is_the_judges_inquiry():
    # CAMEO SUMMON (BEFORE), 090: the judges summon; any other summoning keeps the lexicon's readings
    assert sides("Le ministre Paul Vernay a été convoqué devant les juges le 15 mars.", "ACCUSE") == (
        {"juges"}, {"Paul Vernay"})
    assert sides("Le ministre Paul Vernay a convoqué les syndicats lorcaniens.", "CONSULT") == (
        {"Paul Vernay"}, {"syndicats lorcaniens"})
    assert sides("Le Burundi a convoqué les ambassadeurs de France.", "ACCUSE")     # (CAMEO 114 locution)


def test_a_complaint_is_not_against_the_court_examining_it():
    got = sides("Le juge Marie Dutilleul a examiné mardi une plainte du ministre Paul Vernay.", "ACCUSE")
    assert got is not None and got[0] == {"Paul Vernay"} and "Marie Dutilleul" not in got[1]


@pytest.mark.parametrize("sentence, source, target", [
    # CAMEO EXPRESS SOLIDARITY [051]: an adjective predicate of an actor, its « de » complement the one supported
    ("Le syndicat de Lorcy est solidaire des cheminots en grève.", "syndicat de Lorcy", "cheminots"),
    ("Le syndicat de Lorcy reste solidaire des cheminots en grève.", "syndicat de Lorcy", "cheminots"),
    ("« Nous sommes solidaires des cheminots », a déclaré Paul Vernay, maire de Lorcy.", "Paul Vernay", "cheminots"),
    # CAMEO STAND (BY), REASSURE (OF SUPPORT), ACCLAIM [051]
    ("La France se tient aux côtés de la Belgique.", "France", "Belgique"),
    ("Paul Vernay a assuré les sinistrés de Lorcy de son soutien.", "Paul Vernay", "sinistrés"),
    ("Paul Vernay a été acclamé par les militants du Front de Lorcy.", "militants", "Paul Vernay"),
])
def test_solidarity_standing_by_and_acclaim_are_support(sentence, source, target):
    found = sides(sentence, "SUPPORT")
    assert found is not None and any(source in s for s in found[0]) and any(target in t for t in found[1])


@pytest.mark.parametrize("sentence", [
    "Une épicerie solidaire a ouvert ses portes à Lorcy.",
    "Le prix de ce repas solidaire est de cinq euros, selon Paul Vernay.",
])
def test_solidaire_said_of_no_actor_is_no_support(sentence):
    assert sides(sentence, "SUPPORT") is None


def test_those_who_as_whom_is_supported_takes_no_recipient_from_the_headline():
    # « ceux qui … » is anyone who does it: the clause says whom, the headline's party does not replace it
    ext = extract("Lorcanie : le Front de Lorcy défile\n« Nous sommes solidaires de tous ceux qui réclament des "
                  "salaires décents », a déclaré Paul Vernay, maire de Lorcy.\n")
    hits = events_of(ext, "SUPPORT")
    assert hits and names(ext, hits[0].target) == set()


@pytest.mark.parametrize("sentence, target", [
    # « manifester son soutien, sa solidarité »: to show it (CAMEO 051 / 018), no demonstration
    ("Le maire de Lorcy a manifesté son soutien aux cheminots.", "cheminots"),
    ("Le maire de Lorcy a manifesté sa solidarité avec les cheminots.", "cheminots"),
])
def test_showing_support_is_no_demonstration(sentence, target):
    ext = extract("Lorcy\n" + sentence + "\n")
    assert not events_of(ext, "PROTEST")
    hits = events_of(ext, "SUPPORT")
    assert hits and target in names(ext, hits[0].target)


def test_expressing_solidarity_is_one_sides_support():
    # CAMEO EXPRESS SOLIDARITY: the one « avec » names is supported, no reciprocal act
    source, target = sides("Le préfet Paul Vernay a exprimé sa solidarité avec les sinistrés de Lorcy.", "SUPPORT")
    assert source == {"Paul Vernay"} and target == {"sinistrés de Lorcy"}


@pytest.mark.parametrize("sentence, court", [
    ("Quatre syndicalistes lorcaniens comparaissent depuis lundi devant la cour d'appel de Lorcy pour dégradations.",
     {"cour d'appel"}),
    ("Le tribunal de Lorcy a ouvert son audience. Quatre syndicalistes lorcaniens ont comparu mardi pour rébellion.",
     {"tribunal de Lorcy"}),
])
def test_who_appears_before_a_court_undergoes_its_proceedings(sentence, court):
    # « comparaître », the converse of « juger » (CAMEO 115): the subject is tried (`subject_undergoes`), by the court
    # its « devant » complement names (`source_prep`), else by the court named near
    assert sides(sentence, "ACCUSE") == (court, {"syndicalistes lorcaniens"})


def test_a_witness_appearing_before_a_court_is_tried_by_no_one():
    assert sides("Le maire de Lorcy, Paul Vernay, a comparu comme témoin lundi.", "ACCUSE") is None


@pytest.mark.parametrize("sentence, by", [
    ("L'entreprise Lorcatex est sous le coup d'une plainte depuis mars.", set()),
    ("L'entreprise Lorcatex fait l'objet d'une enquête du parquet de Lorcy.", {"parquet de Lorcy"}),
])
def test_who_is_subject_to_a_procedure_undergoes_it(sentence, by):
    # « être sous le coup de » (`patient_locutions`) as « faire l'objet de »; the procedure noun's « de » complement
    # naming a court or the police conducts it (`inquiring_sectors`)
    assert sides(sentence, "ACCUSE") == (by, {"Lorcatex"})


def test_a_newspapers_inquiry_or_a_mere_mention_names_no_inquirer():
    assert sides("Selon l'enquête de la gendarmerie de Lorcy, le feu était accidentel.", "ACCUSE") is None


def test_whom_an_inquiry_is_entrusted_to_after_a_comma_conducts_it():
    got = sides("Une information judiciaire a été ouverte, confiée à la gendarmerie de Lorcy, l'unité de recherches "
                "du département.", "ACCUSE")
    assert got is not None and got[0] == {"gendarmerie de Lorcy"} and not got[1]
