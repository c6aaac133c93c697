"""News outlets the NER misses: a run of capitalised words holding a media word (« Presse de Lorcy », « Vernay
TV », « Radio Aldania Info ») names an outlet, wherever it stands and whatever the tagger made of its words."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from veille.names import fold


def media_names(doc: Doc, media_words: set[str], particles: set[str], taken: set[int]) -> list[Span]:
    """ORG spans for the runs of two or more capitalised words (particles allowed inside) that hold one of
    `media_words` and no token of `taken`."""
    out = []
    i, n = 0, len(doc)
    while i < n:
        if not _capitalised(doc[i]) or i in taken:
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and (_capitalised(doc[j]) or (
                doc[j].lower_ in particles and j + 1 < n and _capitalised(doc[j + 1]))):
            j += 1
        while j > i and not _capitalised(doc[j - 1]):
            j -= 1
        words = {fold(t.text) for t in doc[i:j]}
        if j - i >= 2 and words & media_words and all(doc[k].whitespace_ for k in range(i, j - 1)):
            out.append(Span(doc, i, j, label="ORG"))
        i = max(j, i + 1)
    return out


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start or (
        tok.is_alpha and tok.text[:1].isupper() and tok.is_sent_start and tok.nbor(1).text[:1].isupper()
        if tok.i + 1 < len(tok.doc) else False)
