"""The Doc helpers of veille.nlp.extensions: the text read once, morphological fields read once per analysis."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from veille.nlp.extensions import doc_text, morph_values


def _doc():
    return Doc(Vocab(), words=["Elles", "seraient", "parties", "hier"],
               morphs=["Gender=Fem|Number=Plur|Person=3", "Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
                       "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part", ""])


def test_morph_values_reads_what_morph_get_reads():
    doc = _doc()
    for tok in doc:
        for field in ("Number", "Gender", "Mood", "Tense", "VerbForm", "PronType"):
            assert morph_values(tok, field) == tok.morph.get(field)


def test_morph_values_gives_a_fresh_list_each_time():
    tok = _doc()[1]
    first = morph_values(tok, "Mood")
    first.append("Ind")
    assert morph_values(tok, "Mood") == ["Cnd"]


def test_doc_text_is_the_text():
    doc = _doc()
    assert doc_text(doc) == doc.text
