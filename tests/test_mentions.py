"""mentions.py: the look-ups components share — each token's sentence bounds, read from the sentence-start column as
`Doc.sents` yields them, and the mention index. Texts written for the tests, sentences set by hand (no model)."""
import spacy
from spacy.tokens import Doc, Span

from veille.nlp.mentions import mention_index, sentence_bounds


def _doc(words, starts):
    nlp = spacy.blank("fr")
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def test_sentence_bounds_are_the_sentences_doc_sents_yields():
    words = ["La", "grève", "continue", ".", "Les", "élus", "votent", ".", "Fin"]
    doc = _doc(words, [True, False, False, False, True, False, False, False, True])
    bounds = sentence_bounds(doc)
    assert bounds == [(s.start, s.end) for s in doc.sents for _ in s]
    assert bounds[0] == (0, 4) and bounds[5] == (4, 8) and bounds[8] == (8, 9)


def test_sentence_bounds_of_a_doc_without_sentences_is_one_sentence():
    doc = spacy.blank("fr")("Le maire de Lorcy signe")
    assert sentence_bounds(doc) == [(0, 5)] * 5


def test_sentence_bounds_are_read_once_per_doc():
    doc = _doc(["Un", "mot", ".", "Deux"], [True, False, False, True])
    assert sentence_bounds(doc) is sentence_bounds(doc)


def test_mention_index_maps_each_token_of_a_mention_to_its_entity():
    doc = spacy.blank("fr")("Le syndicat Force Lorcanienne appelle à la grève")
    doc.spans["veille_mentions"] = [Span(doc, 2, 4, label="e1")]
    assert mention_index(doc) == {2: "e1", 3: "e1"}
