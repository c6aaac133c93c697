"""Events that should not be there (issue 11): acts supposed, not told as done. Sentences written for the tests."""
import pytest

from test_events import extract, told_by

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, hypothetical", [
    # the tagger reads « menacerait » as an imperfect: its future stem says the conditional, a supposition
    ("Paul Vernay veut montrer qu'une présidence Lorcy serait un échec et menacerait les droits des femmes.",
     "menacerait", True),
    # « menaçait » is an imperfect: the threat was made
    ("En mars, Paul Vernay menaçait les syndicats de Lorcanie de sanctions.", "menaçait", False),
])
def test_conditional_read_as_imperfect_is_a_supposition(text, trigger, hypothetical):
    ext = extract(f"Titre\n{text}\n")
    found = told_by(ext, "THREATEN", trigger)
    assert found and bool(found[0].hypothetical) is hypothetical
