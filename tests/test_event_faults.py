"""Words of fault and terms of reproach in someone's words (events/faults.py): who names the act, who is blamed.
Sentences invented for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_a_word_of_fault_in_someones_words_accuses_whom_it_is_said_of():
    ext = extract("Titre\nSelon la maire Anne Roy, c'est la société Lorcy Rail qui est fautive.\n")
    blamed = events_of(ext, "ACCUSE")
    assert [(names(ext, e.source), names(ext, e.target)) for e in blamed] == [({"Anne Roy"}, {"Lorcy Rail"})]


def test_a_term_of_reproach_naming_an_act_accuses_the_act_told_before():
    ext = extract("Titre\nUn homme a incendié la mairie de Vernay mardi. Pour le préfet Marc Lorcy, il s'agit d'un "
                  "acte criminel.\n")
    blamed = events_of(ext, "ACCUSE")
    assert blamed and names(ext, blamed[0].source) == {"Marc Lorcy"} and names(ext, blamed[0].target) == {"homme"}
