"""The phrase a pronoun takes up in its own sentence (veille.nlp.taken_up): a relative's noun, a left dislocation,
the nearest phrase of its gender for « celui-ci » / « ce dernier ». Sentences written for the tests."""
from __future__ import annotations

import pytest

from test_referent_chains import _referents

pytestmark = pytest.mark.slow


def test_the_phrase_a_relative_or_a_dislocated_pronoun_takes_up():
    text = ("Vernay\nLes associations de riverains, elles, réclament un pont. Paul Marin, qui dirige la mairie, a "
            "répondu lundi.\n")
    doc, ref, _ = _referents(text)
    elles = next(t for t in doc if t.text == "elles")
    qui = next(t for t in doc if t.text == "qui")
    # « X, elles, … »: the phrase before the commas, whatever the parser hung it on
    assert ref.dislocated_phrase(elles).text == "associations"
    assert ref.relative_head(qui).text == "Paul"
    assert ref.relative_head(elles) is None and ref.dislocated_phrase(qui) is None


def test_the_latter_takes_up_the_nearest_phrase_of_its_gender_not_a_bare_qualifier():
    text = ("Vernay\nLa directrice Anne Sorel a reçu un père de famille. Celle-ci a promis une aide.\n")
    doc, ref, _ = _referents(text)
    celle = next(t for t in doc if t.text == "Celle-ci")
    # « père de famille »: « famille » after a bare « de » qualifies the noun, names no one
    assert ref.latter_phrase(celle).text in ("directrice", "Anne", "Sorel")


def test_the_plural_latter_takes_up_the_nearest_plural_phrase():
    text = "Vernay\nLes militants ont interpellé la ministre et les élus. Ces derniers ont quitté la salle.\n"
    doc, ref, _ = _referents(text)
    ces = next(t for t in doc if t.text == "derniers")
    # « ces derniers »: a plural phrase (the masculine plural, any gender), never the singular one nearer
    assert ref.latter_phrase(ces, plural=True).text == "élus"
    singular = ref.latter_phrase(ces, gender="M")
    assert singular is None or singular.text != "élus"
