"""Event nouns told by a predicate that only says the act exists, goes on or had an outcome (« ont eu lieu »,
« sont en cours », « a éclaté », « a fait douze morts »: `occurrence_*` in event_arguments.json). Sentences written
for the tests."""
import pytest

from test_events import events_of, extract, names, told_by

pytestmark = pytest.mark.slow

FRONT = "Front de libération de la Lorcanie"


def test_meeting_going_on_with_one_side_takes_the_topic_before():
    ext = extract("Titre\nLe gouvernement lorcanien a reçu les syndicats mardi. Des négociations avec les syndicats "
                  "sont en cours.\n")
    talks = told_by(ext, "CONSULT", "négociations")
    assert talks and {"syndicats", "gouvernement lorcanien"} <= names(ext, talks[0].source)


@pytest.mark.parametrize("text, type_, actor", [
    # a meeting held names its parties by a participle of coming together
    ("Une réunion s'est tenue mardi à la mairie de Lorcy réunissant le ministre Paul Vernay et trois délégués "
     "syndicaux.", "CONSULT", "Paul Vernay"),
    # an attack told by its outcome, claimed by no one, is the attackers' the article names
    ("Une fusillade a éclaté samedi dans un bar de Vernay. Les assaillants ont pris la fuite.", "ASSAULT",
     "assaillants"),
])
def test_act_told_by_its_occurrence_names_its_actors(text, type_, actor):
    ext = extract(f"Titre\n{text}\n")
    found = events_of(ext, type_)
    assert found and actor in names(ext, found[0].source)


def test_attack_told_by_its_outcome_is_its_claimants():
    ext = extract(f"Titre\nUne attaque a fait douze morts samedi à Vernay. L'attentat a été revendiqué par le "
                  f"{FRONT}.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and FRONT in names(ext, attacks[0].source)


def test_attack_told_by_a_harm_verb_is_its_claimants():
    # « deux attentats ont tué X » tells the attack by its outcome, as « ont fait douze morts » does: the victims
    # are its recipients, the group that claims it its actor
    ext = extract(f"Titre\nDeux attentats à la bombe ont tué douze personnes samedi à Vernay. Le {FRONT} a revendiqué "
                  f"l'attaque dimanche.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and FRONT in names(ext, attacks[0].source)
    assert "personnes" in names(ext, attacks[0].target)


def test_an_attack_at_a_match_is_still_told_by_its_occurrence():
    # a sports article keeps the attacks that kill or wound (`harm_words`), also when told by their occurrence: the
    # claim names the author of the attack the lead tells
    ext = extract(f"Titre\nUn attentat-suicide à la bombe s'est produit vendredi lors d'un match de football de jeunes "
                  f"à Vernay. Lors de la remise des trophées, un adolescent actionne sa ceinture d'explosifs au milieu "
                  f"de la foule. L'attentat est revendiqué par le {FRONT}. Le président de la fédération de football "
                  f"se dit choqué.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and FRONT in names(ext, attacks[0].source) and attacks[0].sentence.text.startswith("Un attentat")


@pytest.mark.parametrize("text", ["Une attaque a fait douze morts samedi à Vernay.",
                                  "En 2015, une attaque avait fait cinq morts à Vernay. Samedi, un kamikaze s'est fait "
                                  "exploser devant la mairie."])
def test_attack_with_no_author_found_stays_no_event(text):
    ext = extract(f"Titre\n{text}\n")
    assert not told_by(ext, "ASSAULT", "attaque")


def test_a_protest_gathering_named_people_is_theirs():
    # not the opposition named before: the participle of coming together names who marched
    ext = extract("Vernay\nL'opposition lorcanienne dénonce le régime. La manifestation réunissant hier des milliers "
                  "de militants du parti Lorcy Unie a eu lieu à Vernay.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].source) == {"Lorcy Unie"}


@pytest.mark.parametrize("noun", ["des affrontements ont", "une bagarre a"])
def test_a_clash_between_two_sides_names_both_when_the_second_hangs_inside_the_first(noun):
    ext = extract(f"Titre\nSamedi soir, {noun} éclaté à Lorcy entre des militants du Front de Lorcanie et des "
                  "policiers.\n")
    fights = events_of(ext, "ASSAULT")
    assert fights and {"militants", "policiers"} <= names(ext, fights[0].source) & names(ext, fights[0].target)


def test_attack_told_by_the_vehicle_driven_into_people_is_its_drivers():
    # a vehicle as the subject of a verb of force (CAMEO RAM): the driver the article names did it
    ext = extract("Lorcy\nUne camionnette a foncé mardi sur des passants à Vernay. Le conducteur, Paul Marin, a été "
                  "interpellé par la police.\n")
    rammed = [e for e in events_of(ext, "ASSAULT") if "foncé" in e.trigger.text]
    assert rammed and names(ext, rammed[0].source) == {"Paul Marin"} and "passants" in names(ext, rammed[0].target)
    # with no driver nor attacker named, the one rammed is still hit, by no one named
    ext = extract("Lorcy\nUn camion a foncé mardi sur la foule à Vernay.\n")
    rammed = [e for e in events_of(ext, "ASSAULT") if "foncé" in e.trigger.text]
    assert rammed and not rammed[0].source
