"""Claims of responsibility (veille.nlp.events.implicit): the claimant is the actor of the attack it claims, one event
with the attacker noun the clause names. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow

FRONT = "Front de libération de la Lorcanie"


def test_claim_of_an_attack_told_before_joins_its_actors():
    ext = extract("Titre\nSamedi, un kamikaze a fait exploser sa ceinture devant la mairie de Vernay, tuant douze "
                  f"personnes. L'attentat a été revendiqué par le {FRONT}.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and {"kamikaze", FRONT} <= names(ext, attacks[0].source)


def test_claim_in_the_active_and_no_request():
    ext = extract("Titre\nSamedi, des hommes armés ont attaqué un hôtel de Vernay. Le " + FRONT + " a revendiqué "
                  "l'attaque quelques heures plus tard.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and FRONT in names(ext, attacks[0].source)
    assert not events_of(ext, "REQUEST")


@pytest.mark.parametrize("claim", ["L'attaque n'a pas été revendiquée.", "Aucun groupe n'a revendiqué l'attaque.",
                                   f"Le {FRONT} dément avoir revendiqué l'attaque."])
def test_a_denied_claim_claims_nothing(claim):
    ext = extract(f"Titre\nSamedi, des hommes armés ont attaqué un hôtel de Vernay. {claim}\n")
    assert all(FRONT not in names(ext, e.source) for e in ext.events)


def test_claim_with_no_attack_told_is_the_claimants_attack():
    ext = extract(f"Titre\nL'attentat de Vernay, revendiqué par le {FRONT}, a fait douze morts.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and FRONT in names(ext, attacks[0].source)


def test_attackers_who_claim_to_act_for_a_group():
    ext = extract("Titre\nSamedi, deux tireurs ont ouvert le feu dans une église de Vernay. Paul Lorcy ajoute que "
                  f"les tueurs se sont réclamés du {FRONT}.\n")
    attacks = events_of(ext, "ASSAULT")
    assert len(attacks) == 1 and {"tireurs", FRONT} <= names(ext, attacks[0].source)
    assert not events_of(ext, "REQUEST")


def test_a_claim_of_an_attack_whose_author_is_named_adds_no_second_attack():
    ext = extract("Titre\nUn gendarme a été tué lundi par Marc Lorcy, 41 ans, à Vernay. Le groupe Front de Lorcanie a "
                  "revendiqué l'attentat deux heures plus tard.\n")
    assert not any(e.trigger.text == "attentat" and "Front de Lorcanie" in names(ext, e.source) for e in ext.events)
