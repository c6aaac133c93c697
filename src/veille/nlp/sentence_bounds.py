"""Sentence bounds the parser may not cross. spaCy's French parser splits sentences as it parses; on news text it
sometimes starts a new sentence in the middle of a clause, after a plain word (« La France | et l'Allemagne | se
sont opposées … »), mostly in the paragraph right after a headline line. Every later stage reads one sentence at a
time, so a subject cut from its verb is lost to all of them.

Before the parser runs, this component marks each token that follows a plain word on the same line as no sentence
start (`is_sent_start = False`, which spaCy's parser respects); after a line break or a sentence-final mark
(`lang/<lang>/sentences.json`) the parser decides as before."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import read_json


@Language.factory("veille_sentence_bounds", assigns=["token.is_sent_start"], requires=[], default_config={"lang": "fr"})
def make_sentence_bounds(nlp: Language, name: str, lang: str):
    return SentenceBounds(lang)


class SentenceBounds:
    """The `veille_sentence_bounds` component: no sentence start inside a clause."""

    def __init__(self, lang: str = "fr"):
        self.enders = frozenset(read_json(lang, "sentences.json")["sentence_enders"])

    def __call__(self, doc: Doc) -> Doc:
        enders = self.enders
        for prev, tok in zip(doc, doc[1:]):
            if not (prev.is_space or tok.is_space or "\n" in prev.whitespace_ or prev.text in enders):
                tok.is_sent_start = False
        return doc
