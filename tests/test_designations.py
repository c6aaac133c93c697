"""Designations learnt from appositions and titles (nlp/designations.py), on invented articles."""
from __future__ import annotations

import pytest

from test_referent_chains import _run

pytestmark = pytest.mark.slow


def _learnt(text):
    doc = _run(text)
    ents = {e.id: e.name for e in doc._.veille_entities}
    return {(key, ents[eid]) for _i, key, _lemma, eid in doc._.veille_referents.designations}


def test_a_title_in_apposition_designates_the_person():
    learnt = _learnt("Budget à Lorcy\nLe ministre lorcanien des Finances, Paul Vernay, a présenté lundi son budget.\n")
    assert any(key.startswith("ministre") and name == "Paul Vernay" for key, name in learnt)


def test_a_title_right_before_the_name_designates_the_person():
    learnt = _learnt("Budget à Lorcy\nLa députée Marie Dutilleul a voté contre le budget lundi.\n")
    assert any(key.startswith("député") and name == "Marie Dutilleul" for key, name in learnt)


def test_a_person_in_a_de_complement_is_not_the_one_the_title_names():
    learnt = _learnt("Budget à Lorcy\nL'avocat de Paul Vernay a fait appel lundi.\n")
    assert not any(key.startswith("avocat") and name == "Paul Vernay" for key, name in learnt)


def test_the_complement_of_a_title_in_apposition_designates_no_one():
    # « le fils de la victime, X »: X is the son; « la victime », « la famille » told later are not X
    learnt = _learnt("Drame à Lorcy\nLe fils de la victime, Paul Vernay, a été reçu par le maire. L'avocat de la "
                     "famille, Marie Dutilleul, a dénoncé une bavure.\n")
    assert any(key.startswith("fils") and name == "Paul Vernay" for key, name in learnt)
    assert any(key.startswith("avocat") and name == "Marie Dutilleul" for key, name in learnt)
    assert not any(key.split()[0] in ("victime", "famille") for key, name in learnt)
