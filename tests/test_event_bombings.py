"""Bombings told by their explosion (CAMEO 183, PLOVER ASSAULT): a device's explosion is an attack whose author is
the group it is attributed to or that claims it, and whose recipient is the body its place belongs to, never a
town (veille.nlp.events.devices, implicit.blast_targets). Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow

FRONT = "Front de libération de la Lorcanie"


def test_a_car_bomb_attributed_to_a_group_is_its_attack_on_the_body_at_its_place():
    ext = extract(f"Titre\nSamedi, une voiture piégée, attribuée aux rebelles du {FRONT}, a explosé devant le quartier "
                  "général de la police à Vernay.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and names(ext, attacks[0].source) & {"rebelles", FRONT}
    assert "police" in names(ext, attacks[0].target) and "Vernay" not in names(ext, attacks[0].target)


def test_a_bomb_claimed_afterwards_near_an_army_bus():
    ext = extract("Titre\nSamedi, une bombe a explosé près d'un bus de l'armée à Vernay. La responsabilité de "
                  f"l'attaque est attribuée au {FRONT}.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and FRONT in names(ext, attacks[0].source) and "armée" in names(ext, attacks[0].target)


def test_a_bomb_in_a_town_with_no_author_and_no_body_hit_is_no_event():
    ext = extract("Titre\nSamedi, une bombe a explosé dans le centre de Vernay.\n")
    assert not events_of(ext, "ASSAULT")


@pytest.mark.parametrize("sentence", ["Samedi, une explosion de gaz a détruit un immeuble de Vernay.",
                                      "Les ventes de la marque ont explosé cette année à Vernay."])
def test_no_device_no_bombing(sentence):
    assert not events_of(extract(f"Titre\n{sentence}\n"), "ASSAULT")


def test_a_car_that_explodes_is_a_car_bomb_claimed_afterwards():
    # CAMEO's CAR BOMB: a car exploding in front of a hotel is the attack the claim names; in an accident it is none
    ext = extract(f"Titre\nSamedi, deux voitures ont explosé devant le Grand Hôtel de Vernay. L'opération, qui a fait "
                  f"douze morts, a été revendiquée par le {FRONT}.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and FRONT in names(ext, attacks[0].source) and "explosé" in attacks[0].trigger.text
    ext = extract("Titre\nUne voiture a explosé lundi sur l'autoroute de Vernay après un accident avec un camion.\n")
    assert not events_of(ext, "ASSAULT")


def test_setting_off_explosives_is_the_attackers_attack():
    ext = extract("Titre\nSamedi, les assaillants ont fait sauter des explosifs avant d'ouvrir le feu à Vernay.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and "assaillants" in names(ext, attacks[0].source)
    assert not events_of(ext, "MOBILIZE")


def test_a_suicide_bomber_and_a_nuclear_test():
    ext = extract("Titre\nSamedi, un kamikaze s'est fait exploser dans une gare de Vernay.\n")
    assert any("kamikaze" in names(ext, e.source) for e in events_of(ext, "ASSAULT"))
    ext = extract("Titre\nSamedi, le régime de Paul Vernay a fait exploser une bombe à hydrogène.\n")
    assert events_of(ext, "MOBILIZE") and not events_of(ext, "ASSAULT")


def test_the_victims_are_never_the_suicide_bomber():
    ext = extract("Titre\nDix personnes sont mortes lorsqu'un homme, attribué au Front de Lorcanie, s'est fait exploser "
                  "dans une gare de Vernay.\n")
    assert not any("personnes" in names(ext, e.source) for e in ext.events)


def test_a_suicide_bomber_in_a_subordinate_clause_is_its_author():
    # the parse hangs « un homme » on the main clause and « s'est fait exploser » on its predicate: the finite
    # verb group has its own subject, read from word order over the aside between commas
    ext = extract("Titre\nHuit passants ont été blessés lorsqu'un homme, proche du Front de Lorcanie, s'est fait "
                  "exploser devant la mairie de Vernay.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and any(n.startswith("homme") for n in names(ext, attacks[0].source))


def test_an_explosion_in_the_news_of_an_attack_is_that_attack():
    """« une explosion est survenue …, tuant six personnes » with a bomb named in the article (`attack_article`):
    the attack, done to those the participle of harm names; with no device nor attack told, no event."""
    ext = extract("Lorcanie\nUne explosion est survenue samedi dans un bus de Lorcy, tuant six personnes. Un engin "
                  "explosif a aussi été découvert près de la gare.\n")
    blasts = [e for e in events_of(ext, "ASSAULT") if e.trigger.text == "explosion"]
    assert blasts and names(ext, blasts[0].target) == {"personnes"}
    ext = extract("Lorcanie\nUne explosion est survenue samedi dans une usine de Lorcy, tuant deux ouvriers. La "
                  "direction a ouvert une enquête.\n")
    assert not events_of(ext, "ASSAULT")


def test_those_who_died_in_an_attack_are_whom_it_hit():
    # « X sont morts dans un attentat », « ont trouvé la mort dans une attaque »: the attack is told by its outcome,
    # the dead (the subject of the predicate of dying it frames) are its recipient, its author the attacker named
    ext = extract("Titre\nDix civils sont morts dans un attentat mardi à Lorcy. Trois soldats belges ont trouvé la "
                  "mort dans une attaque jeudi. Un kamikaze a été identifié.\n")
    hits = events_of(ext, "ASSAULT")
    assert any("civils" in names(ext, e.target) for e in hits)
    assert any("soldats belges" in names(ext, e.target) for e in hits)


def test_hostages_taken_are_the_recipients_of_the_abduction():
    ext = extract("Titre\nDes rebelles ont pris en otage trois policiers hongrois près de Lorcy.\n")
    taken = [e for e in ext.events if e.trigger.text == "ont pris"]
    assert taken and taken[0].type in ("ASSAULT", "COERCE") and names(ext, taken[0].source) == {"rebelles"}
    assert "policiers" in " ".join(names(ext, taken[0].target))
