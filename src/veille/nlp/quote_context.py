"""One article as quotation extraction sees it: the doc, its text, the entity registry, boilerplate and quoted
ranges, and the sentence helpers every stage shares. Also the record a found quotation grows into."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from veille.names import fold
from veille.nlp.entities import EntityRegistry, get_kb
from veille.nlp.extensions import doc_text
from veille.nlp.quote_lexicon import SENTENCE_END, Lexicon


@dataclass
class FoundQuote:
    start: int            # char offsets in the doc
    end: int
    kind: str
    cue: Optional[Token] = None
    cue_end: Optional[Token] = None
    speaker: Optional[str] = None
    speaker_span: Optional[Span] = None
    via: list = field(default_factory=list)
    channel: Optional[str] = None
    confidence: float = 0.0


class QuoteContext:
    """The per-article state shared by the stages (built once per Doc)."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: read it once
        self.lex = lex
        self.registry = EntityRegistry(doc)
        self.kb = get_kb()
        self.bp = [(s.start_char, s.end_char) for s in doc.spans.get("veille_boilerplate", [])]
        self.quoted_ranges: list[tuple[int, int]] = []  # char ranges inside quote marks (speech only)

    def source_phrase_end(self, prep: Token, sent: Span) -> int:
        """Where the phrase of « selon X » / « d'après X » ends: at the first comma outside a parenthesis (« d'après X
        (NDLR : …), »), or the sentence end. When the words after that comma name some of X (« selon certains
        experts, dont Paul Marin, directeur de …, »), the phrase runs on to the last comma before the verb of the
        sentence's own clause."""
        doc = self.doc
        end, depth = sent.end, 0
        for x in doc[prep.i + 1:sent.end]:
            depth += (x.text == "(") - (x.text == ")")
            if depth <= 0 and x.text in (",", ":", ";"):
                end = x.i
                break
        if end + 1 < sent.end and doc[end].text == "," and \
                doc[end + 1].lower_ in self.lex.cues["source_inclusions"]:
            root = sent.root
            if root.i > end + 1 and root.pos_ in ("VERB", "AUX"):
                end = max((x.i for x in doc[end:root.i] if x.text == ","), default=end)
        return end

    def in_bp(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.bp)

    def in_quotes(self, char: int) -> bool:
        # quoted ranges are sorted and disjoint (outermost quotations only): binary search
        i = bisect.bisect_right(self._quote_starts, char) - 1
        return i >= 0 and char < self.quoted_ranges[i][1]

    @property
    def quoted_ranges(self) -> list[tuple[int, int]]:
        return self._quoted_ranges

    @quoted_ranges.setter
    def quoted_ranges(self, ranges: list[tuple[int, int]]) -> None:
        self._quoted_ranges = sorted(ranges)
        self._quote_starts = [a for a, _ in self._quoted_ranges]

    def ent_type(self, eid: Optional[str]) -> Optional[str]:
        e = self.registry.get(eid)
        return e.type if e else None

    @functools.cached_property
    def generic_org_nouns(self) -> set:
        return {w.lower() for w in self.lex.outlets.get("generic_org_nouns", [])}

    @functools.cached_property
    def outlet_nouns(self) -> set:
        return {w.lower() for w in self.lex.outlets["outlet_nouns"]}

    @functools.cached_property
    def outlet_name_words(self) -> set:
        """The media words that make a name an outlet's (« Vernay TV »), folded as names are."""
        return {fold(w) for w in self.lex.outlets.get("outlet_name_words", [])}

    @functools.cached_property
    def org_nouns(self) -> set:
        return {w.lower() for w in self.lex.outlets["org_nouns"]} | {w.lower() for w in self.lex.outlets["outlet_nouns"]}

    def closes_sentence(self, i: int) -> bool:
        """Token i is a closing quotation mark after end punctuation, and a capitalised word follows: « … bon. »
        Selon … — the quoted sentence ended the reporting sentence too."""
        doc = self.doc
        t = doc[i]
        if t.text not in self.lex.pairs.values() and t.text not in self.lex.symmetric:
            return False
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        k = i + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        return j >= 0 and doc[j].text in SENTENCE_END and k < len(doc) and doc[k].text[:1].isupper()

    def context(self, char_start: int, char_end: int) -> tuple[list[Token], list[Token]]:
        """Tokens of the sentence around a quotation: before its opening mark and after its closing mark."""
        doc = self.doc
        left_tok = doc.char_span(char_start, char_start + 1, alignment_mode="expand")
        right_tok = doc.char_span(char_end - 1, char_end, alignment_mode="expand")
        if left_tok is None or right_tok is None:
            return [], []
        left = []
        i = left_tok.start - 1
        while i >= 0:
            t = doc[i]
            if "\n" in t.text or (t.text in SENTENCE_END and not self.in_quotes(t.idx)) or self.closes_sentence(i):
                break
            left.append(t)
            i -= 1
        left.reverse()
        right = []
        i = right_tok.end
        while i < len(doc):
            t = doc[i]
            if "\n" in t.text or (t.text in SENTENCE_END and not self.in_quotes(t.idx)):
                break
            right.append(t)
            i += 1
        return left, right

    def outside(self, toks: list[Token]) -> list[Token]:
        """The tokens outside quotations, without quote marks."""
        return [t for t in toks if not self.in_quotes(t.idx) and t.text not in self.lex.pairs
                and t.text not in self.lex.pairs.values() and t.text not in self.lex.symmetric]

    def sentence(self, tok: Token) -> Span:
        """The sentence around a token, bounded by end punctuation outside quotations or a line break (each
        boundary token closes its sentence); the bounds are read once per Doc."""
        # read afresh once the quotations are known (an end mark inside one ends no sentence)
        known, bounds = self.__dict__.get("_sentence_bounds", (None, None))
        if known != len(self.quoted_ranges):
            doc, bounds, start = self.doc, [], 0
            for t in doc:
                if "\n" in t.text or (t.text in SENTENCE_END and not self.in_quotes(t.idx)) or t.i == len(doc) - 1:
                    bounds.extend([(start, t.i + 1)] * (t.i + 1 - start))
                    start = t.i + 1
            self._sentence_bounds = (len(self.quoted_ranges), bounds)
        a, b = bounds[tok.i]
        return self.doc[a:b]

    def sentences_between(self, start_char: int, end_char: int) -> int:
        """Sentence ends between two offsets, outside quotations: a long quotation is one turn of the reporting
        text, however many sentences it holds."""
        text = self.text[start_char:end_char]
        # an initial or « M. » is no sentence end
        return sum(1 for m in re.finditer(r"(?<!\b[A-Z])[.!?…](?:\s|$)|\n", text)
                   if not self.in_quotes(start_char + m.start()))
