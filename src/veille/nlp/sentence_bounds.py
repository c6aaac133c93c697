"""Sentence bounds the parser may not cross. spaCy's French parser splits sentences as it parses; on news text it
sometimes starts a new sentence in the middle of a clause, after a plain word (« La France | et l'Allemagne | se
sont opposées … »), mostly in the paragraph right after a headline line. Every later stage reads one sentence at a
time, so a subject cut from its verb is lost to all of them.

Before the parser runs, this component marks each token that follows a plain word on the same line as no sentence
start (`is_sent_start = False`, which spaCy's parser respects); after a line break or a sentence-final mark
(`lang/<lang>/sentences.json`) the parser decides as before."""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
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
        self._ender_ids: numpy.ndarray | None = None

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        if self._ender_ids is None:     # the marks' string ids, once (the vocab's string store is shared)
            self._ender_ids = numpy.array([doc.vocab.strings.add(m) for m in self.enders], dtype="uint64")
        # read and written as the Doc's arrays: a Token per word costs as much as a small pipeline stage
        cols = doc.to_array([IS_SPACE, ORTH, SENT_START]).astype("int64")
        space, orth = cols[:, 0].astype(bool), cols[:, 1]
        free = space[:-1] | space[1:] | numpy.isin(orth[:-1].astype("uint64"), self._ender_ids)
        # the starts already set (a paragraph's first word, veille_boilerplate) stay; -1: no sentence starts here
        starts = cols[:, 2:3].copy()
        starts[1:, 0][~free] = -1
        doc.from_array([SENT_START], starts.astype("uint64"))   # (-1 as spaCy stores it)
        return doc
