"""Signed quotations: a paragraph followed by a « — Name, function » line is that person's statement.

News sites set a statement apart as a block and sign it on the next line. The signature names the speaker of the
block when the block is a quotation standing alone (a paragraph that is one « … » quotation), or a first-person
text with no quote marks (an open letter, a statement read out). A signature after an ordinary third-person
paragraph signs a quotation box the text does not hold, and is left alone.
"""
from __future__ import annotations

import re
from typing import Optional

from veille.nlp.quote_context import FoundQuote
from veille.nlp.quote_lexicon import SIGNATURE_DASHES, FIRST_PERSON_WORDS

_WORD = re.compile(r"\w+['’]?")


def signed_blocks(run, found: list[FoundQuote]) -> list[FoundQuote]:
    """Quotations signed by a dash line: speakers set on the found ones, new ones for unmarked first-person blocks."""
    text = run.text
    added = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for n, (ls, le) in enumerate(lines):
        line = text[ls:le].strip()
        if n == 0 or not line or line[0] not in SIGNATURE_DASHES or len(line.split()) > 25:
            continue
        name = _signature_speaker(run, ls + text[ls:le].index(line[0]) + 1, le)
        if name is None:
            continue
        bs, be = lines[n - 1]
        inside = [f for f in found if f.start >= bs and f.end <= be]
        block = text[bs:be].strip()
        if inside and len(inside) == 1 and (inside[0].end - inside[0].start) >= 0.8 * len(block) - 4:
            inside[0].speaker, inside[0].confidence = name, 0.8
            continue
        # an unmarked first-person block: the paragraphs before the signature, back to the narration
        first = n
        while first > 0 and _unmarked_first_person(run, text, lines[first - 1], found):
            first -= 1
        if first < n:
            s, e = lines[first][0], lines[n - 1][1]
            while text[s].isspace():
                s += 1
            while text[e - 1].isspace():
                e -= 1
            added.append(FoundQuote(s, e, "direct", speaker=name, confidence=0.7))
    return added


def _unmarked_first_person(run, text: str, line: tuple[int, int], found: list[FoundQuote]) -> bool:
    block = text[line[0]:line[1]].strip()
    return bool(block) and block[0] not in SIGNATURE_DASHES and not any(c in block for c in run.lex.pairs) \
        and not any(f.start < line[1] and f.end > line[0] for f in found) and _first_person(block)


def _signature_speaker(run, start: int, end: int) -> Optional[str]:
    """The entity a signature line names first (« — Odile Carrec, maire de Vernay »)."""
    span = run.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.is_space or tok.is_punct:
            continue
        if tok.pos_ in ("PROPN", "NOUN") or tok.text[:1].isupper():
            eid, _, _ = run.referents.resolve_mention(tok)
            return eid
        return None
    return None


def _first_person(block: str) -> bool:
    words = [w.lower() for w in _WORD.findall(block)]
    return len(words) >= 6 and sum(w in FIRST_PERSON_WORDS for w in words) >= 2
