"""`veille.nlp.impersonal`: the one reading of the impersonal « il » that quotes and events share."""
from __future__ import annotations

import pytest

from veille.nlp.impersonal import impersonal_subject
from veille.nlp.pipeline import get_nlp

pytestmark = pytest.mark.slow


def _il(sentence: str):
    """The first « il » of the sentence, parsed."""
    doc = get_nlp()(sentence)
    return next(t for t in doc if t.lower_ == "il")


@pytest.mark.parametrize("sentence", [
    "Il faut reconstruire le pont de Lorcy avant l'hiver.",
    "Il y a eu des tirs près de la mairie de Vernay.",
    "Il s'agit d'une décision du conseil municipal.",
    "Il se peut que la réunion de Lorcy soit reportée.",
    "Il est clair que le budget sera voté.",
    "Il semble que le maire ait changé d'avis.",
])
def test_an_impersonal_il_is_no_one(sentence):
    assert impersonal_subject(_il(sentence))


@pytest.mark.parametrize("sentence", [
    "Paul Vernay a quitté Lorcy. Il a dénoncé la fermeture de l'usine.",
    "Marie Dutilleul est arrivée lundi. Il l'a reçue à la mairie.",
    # « s'il »: the elided « si » is a conjunction, not a reflexive clitic
    "Paul Vernay a prévenu : s'il gagne, il réformera la police.",
])
def test_a_personal_il_is_someone(sentence):
    assert not impersonal_subject(_il(sentence))


def test_quotes_and_events_read_the_same_words():
    # one source for the impersonal words: no copy left in the quote or event lexicons
    from veille.lang import read_json
    assert "impersonal_markers" not in read_json("fr", "speakers.json")
    assert not {k for k in read_json("fr", "event_arguments.json") if k.lstrip("_").startswith("impersonal")}
