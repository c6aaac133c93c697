"""Votes and polls are no acts (veille.nlp.events.votes): PLOVER codes neither elections nor opinion counts.
Sentences written for the tests."""
import pytest

from test_events import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", [
    "Dimanche, les électeurs lorcaniens ont approuvé l'indépendance à 92,7 %.",
    "Selon un sondage, 68 % des électeurs soutiennent le maire Paul Vernay.",
])
def test_a_count_of_votes_or_opinions_is_no_act(sentence):
    assert not [e for e in extract(f"Titre\n{sentence}\n").events if e.type in ("AGREE", "SUPPORT")]


def test_giving_up_a_race_is_a_yielding_not_a_vote():
    ext = extract("Titre\nLe maire Paul Vernay renonce à se présenter à l'élection municipale de Lorcy.\n")
    assert [e.type for e in ext.events if e.type in ("CONCEDE", "RETREAT")]
