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


def test_an_act_named_an_offence_in_someones_words_accuses_its_author():
    # CAMEO's &CRIME nouns (« REGARD (AS &CRIME) » 1121, « (AS {HUMAN RIGHTS VIOLATION}) » 1122)
    ext = extract("Titre\nLa milice de Vernay a saisi les terres du village. Selon la ministre Anne Roy, il s'agit "
                  "d'une violation de la loi.\n")
    blamed = events_of(ext, "ACCUSE")
    assert blamed and names(ext, blamed[0].source) == {"Anne Roy"}


def _accusations(text: str) -> list:
    ext = extract("Titre\n" + text + "\n")
    return [(names(ext, e.source), names(ext, e.target)) for e in events_of(ext, "ACCUSE")]


def test_a_wrong_said_done_by_an_actor_in_someones_words_accuses_him():
    # (CAMEO 112x: an allegation of lying, fraud or betrayal; the passive's agent did it; denied, no one is accused)
    assert _accusations("Le maire de Lorcy, Paul Vernay, a présidé la séance. Selon lui, le ministre Jean Morel a "
                        "menti aux électeurs.") == [({"Paul Vernay"}, {"Jean Morel"})]
    assert _accusations("La société Lorcy Rail a confirmé que son ancien patron Paul Vernay a dissimulé des primes à "
                        "ses actionnaires.") == [({"Lorcy Rail"}, {"Paul Vernay"})]
    blamed = _accusations("« Nous avons été trompés par le gouvernement », a affirmé la syndicaliste Anne Morel.")
    assert blamed and blamed[0][0] == {"Anne Morel"} and "gouvernement" in blamed[0][1]
    assert not _accusations("Selon la sénatrice Anne Morel, le Parti socialiste n'a pas truqué le scrutin. Le "
                            "ministre Jean Morel a menti aux électeurs.")


def test_an_act_judged_by_its_adjective_in_someones_words_judges_its_author():
    assert _accusations("« Nous attaquerons devant le tribunal l'arrêté injuste et illégal du maire Morel », a "
                        "déclaré Paul Vernay, le président de l'association.") == [({"Paul Vernay"}, {"Morel"})]
    assert not _accusations("« La situation dramatique du pays inquiète », a déclaré Paul Vernay.")
