"""Quotation marks: pairing every typographic style, nesting and paragraph continuation."""
from __future__ import annotations

from dataclasses import dataclass

from veille.nlp.quote_lexicon import Lexicon


@dataclass
class MarkPair:
    open: int     # index of the opening mark
    close: int    # index of the closing mark
    depth: int


def find_quote_marks(text: str, lex: Lexicon) -> list[MarkPair]:
    """Pair quotation marks. Unclosed marks at a paragraph end continue when the next paragraph opens with one."""
    out: list[MarkPair] = []
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    closers = {c for c in lex.pairs.values()}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if i in skip:
            i += 1
            continue
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and text[j] in lex.continuation and stack[0][0] not in lex.symmetric:
                    skip.add(j)  # the next paragraph continues the quotation
                else:
                    stack.clear()
            i += 1
            continue
        if c in lex.symmetric:
            if _unit_mark(text, i, bool(stack and stack[-1][0] == c)):
                pass        # « 9"81 », « 10" »: a double prime (seconds, inches), no quotation mark
            elif stack and stack[-1][0] == c:
                o = stack.pop()
                out.append(MarkPair(o[1], i, len(stack)))
            elif _opens_symmetric(text, i):
                stack.append((c, i))
            i += 1
            continue
        if stack and c == lex.pairs.get(stack[-1][0]):
            o = stack.pop()
            out.append(MarkPair(o[1], i, len(stack)))
        elif c in lex.pairs and not (c in closers and any(lex.pairs.get(s[0]) == c for s in stack)):
            # a stray '»' never opens: the reversed German style (» … «) is too rare to risk in French text
            if c != "»":
                stack.append((c, i))
        elif c in closers:
            for k in range(len(stack) - 1, -1, -1):
                if lex.pairs.get(stack[k][0]) == c:
                    o = stack[k]
                    del stack[k:]
                    out.append(MarkPair(o[1], i, len(stack)))
                    break
        i += 1
    out.sort(key=lambda m: m.open)
    return out


def _unit_mark(text: str, i: int, open_before: bool) -> bool:
    """A straight double quote right after a digit is a double prime (« 9"81 », « 3'32"89 », « 10" »): always when
    a digit follows too, and when no such quote is open for it to close (none opens glued to a number)."""
    if not i or not text[i - 1].isdigit():
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return nxt.isdigit() or not open_before


def _opens_symmetric(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace() or prev.isspace() or prev in "(:[,"

