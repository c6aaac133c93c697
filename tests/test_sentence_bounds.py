"""veille_sentence_bounds: no sentence may start right after a plain word on the same line; after a line break or a
sentence-final mark the parser decides. Sentences written for the tests."""
import pytest
import spacy

from veille.nlp.sentence_bounds import SentenceBounds


def _marked(text):
    nlp = spacy.blank("fr")
    doc = SentenceBounds("fr")(nlp(text))
    return {t.text: t.is_sent_start for t in doc}


def test_no_start_after_a_plain_word_or_a_comma():
    marks = _marked("Le maire et la préfète de Lorcy, hier, ont signé.")
    assert marks["et"] is False and marks["la"] is False and marks["hier"] is False and marks["ont"] is False


def test_the_parser_decides_after_a_full_stop_a_colon_or_a_line_break():
    marks = _marked("Lorcy : la grève continue.\nLes élus ont voté. Vernay reste")
    assert marks["la"] is None and marks["Les"] is None and marks["Vernay"] is None


@pytest.mark.slow
def test_a_headline_line_does_not_cut_the_clause_that_follows():
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp()("Vernay\nLa Lorcanie et la Belgique se sont opposées à la France.\n")
    assert [s.text.strip() for s in doc.sents][-1] == "La Lorcanie et la Belgique se sont opposées à la France."
