"""Clause readings of the events (veille.nlp.events.clauses) on parses built by hand: what a wrong parse would
say, and what French grammar says instead. No model needed."""
import spacy
from spacy.tokens import Doc

from veille.nlp.events.clauses import ClauseReader


def _doc(words, heads, deps, morphs):
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, morphs=morphs)


def test_an_infinitive_has_no_subject_after_it():
    # « après avoir quitté Liwa Vernay », the name read by the parse as an inverted subject
    doc = _doc(["après", "avoir", "quitté", "Liwa", "Vernay"], [2, 2, 2, 2, 3],
               ["mark", "aux:tense", "ROOT", "nsubj", "flat:name"],
               ["", "VerbForm=Inf", "Tense=Past|VerbForm=Part", "", ""])
    verb = doc[2]
    assert ClauseReader.expressed_subjects(verb, [doc[3]]) == []


def test_a_finite_verb_keeps_its_inverted_subject():
    # « … , a déclaré Paul Marin »
    doc = _doc(["a", "déclaré", "Paul", "Marin"], [1, 1, 1, 2], ["aux:tense", "ROOT", "nsubj", "flat:name"],
               ["VerbForm=Fin", "Tense=Past|VerbForm=Part", "", ""])
    assert ClauseReader.expressed_subjects(doc[1], [doc[2]]) == [doc[2]]
