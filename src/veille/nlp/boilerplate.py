"""`veille_boilerplate`: lines inside the body that are not the article (photo credits, 'read also' headlines of
other stories, share and newsletter prompts). Decided from a line's form and its context, not from lists of
sentences: cue words at the start of the line (lang/fr/boilerplate.json), or an orphan headline — a short line with
no sentence punctuation, between prose paragraphs, that shares almost no content words with its neighbours.

Writes doc.spans["veille_boilerplate"] (label = reason). Runs first: it needs only the text and tokens.
"""
from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

import veille.nlp.extensions  # noqa: F401
from veille.nlp.extensions import doc_text
from veille.lang import read_json

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SHORT = 4  # words this short are not content words (articles, prepositions, pronouns)


@functools.lru_cache(maxsize=None)
def _rules(lang: str):
    data = read_json(lang, "boilerplate.json")
    cues = [(re.compile(p, re.IGNORECASE), reason) for p, reason in data["line_cues"]]
    return cues, data["headline"]


def _lines(text: str, start: int = 0):
    """(start, end) of each non-empty line, stripped of surrounding spaces."""
    for m in re.finditer(r"[^\r\n]+", text[start:]):
        s, e = m.start() + start, m.end() + start
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            yield s + ls, s + rs


def _content_words(line: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(line) if len(w) > _SHORT}


def _is_prose(line: str, end_punct: str) -> bool:
    return line.rstrip()[-1:] in end_punct


def find_boilerplate(text: str, body_start: int, lang: str = "fr") -> list[tuple[int, int, str]]:
    cues, hl = _rules(lang)
    lines = list(_lines(text, body_start))
    out = []
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        reason = next((r for rx, r in cues if rx.search(line)), None)
        if reason is None and _looks_like_orphan_headline(text, lines, i, hl):
            reason = "related-link"
        if reason:
            out.append((s, e, reason))
    return out


def _looks_like_orphan_headline(text: str, lines, i: int, hl: dict) -> bool:
    s, e = lines[i]
    line = text[s:e]
    words = _WORD.findall(line)
    if not (hl["min_words"] <= len(words) <= hl["max_words"]):
        return False
    if not line[:1].isupper() or _is_prose(line, hl["end_punctuation"]):
        return False
    if any(c in line for c in "«»“”\"—–"):  # quotations, attribution dashes, datelines
        return False
    if i == 0 or i == len(lines) - 1:
        return False
    prev, nxt = text[slice(*lines[i - 1])], text[slice(*lines[i + 1])]
    if not (_is_prose(prev, hl["end_punctuation"]) and _is_prose(nxt, hl["end_punctuation"])):
        return False
    # A subtitle introduces what follows; another story's headline shares (almost) nothing with its neighbours.
    shared = _content_words(line) & (_content_words(prev) | _content_words(nxt))
    return len(shared) <= hl["max_shared_content_words"]


@Language.factory("veille_boilerplate", assigns=["doc.spans"], requires=[], default_config={"lang": "fr"})
def make_boilerplate(nlp: Language, name: str, lang: str):
    return BoilerplateFinder(lang)


class BoilerplateFinder:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.veille_article
        offset = doc._.veille_offset or 0
        body_start = max(0, (art.body_start if art is not None else 0) - offset)
        spans = []
        for s, e, reason in find_boilerplate(doc_text(doc), body_start, self.lang):
            span = doc.char_span(s, e, label=reason, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["veille_boilerplate"] = spans
        mark_paragraph_starts(doc)
        return doc


def mark_paragraph_starts(doc: Doc) -> None:
    """A paragraph always starts a sentence: the parser then never hangs one paragraph on another."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if ("\n" in prev.text or "\n" in prev.whitespace_) and not tok.is_space:
            tok.is_sent_start = True
