"""Words as compared across articles: folded tokens, reporters' incises removed, content words, word diffs.

Reporters change a quotation on its way: « a-t-il dit » moved or dropped, an ellipsis for a cut, typographic
quotes and apostrophes, a word dropped. Comparisons are made on folded words (case and accents removed, by the
the one name folding, veille.names.fold) with those incises and punctuation taken out.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from veille.names import fold as fold_name

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
# « …, a-t-il dit, … », « …, estime-t-elle, … », « …, selon lui, … »: the reporter's words inside a quotation.
INCISE = re.compile(
    r"\b(?:a|avait|aurait|ont|avaient)[-‐]t[-‐](?:il|elle|ils|elles|on)\s+[^\W\d_]+"
    r"|\b[^\W\d_]+[-‐](?:t[-‐])?(?:il|elle|ils|elles|on)\b"
    r"|\bselon (?:lui|elle|eux)\b",
    re.IGNORECASE | re.UNICODE)
# French function words: they carry no wording of their own, and would make blocking keys every quote shares.
STOPWORDS = frozenset("""
a au aux avec ce ces cet cette c ça d dans de des du elle elles en est et eux il ils j je l la le les leur leurs
lui m ma mais me mes moi mon n ne ni nos notre nous on ont ou où par pas pour qu que qui s sa se ses si son sur t
ta te tes toi ton tu un une vos votre vous y été être avoir ai as avons avez sont suis es sommes êtes était
plus très aussi tout tous toute toutes contre sans sous entre vers chez dont
""".split())
FOLDED_STOPWORDS = frozenset(fold_name(w) for w in STOPWORDS)


COMBINING = re.compile(r"[\u0300-\u036f]")
APOSTROPHES = re.compile(r"['’]")
INNER_HYPHEN = re.compile(r"(?<=[^\W_])[-‐](?=[^\W_])")
TOKEN = re.compile(r"[^\W_]+")


def fold_text(text: str) -> str:
    """Case and accents removed, like the the one name folding, veille.names.fold but for whole texts (fold_name caches its names)."""
    return COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def words(text: str, incises: bool = True) -> list[str]:
    """Folded words of a text, with reporters' incises removed (unless `incises` is False: a whole article's
    incises are part of its wording), elided articles (l', d', qu') split off and hyphens dropped
    (« anti-slovaques » and « antislovaques » are one word)."""
    folded = fold_text(INCISE.sub(" ", text or "") if incises else text or "")
    return TOKEN.findall(INNER_HYPHEN.sub("", APOSTROPHES.sub(" ", folded)))


def content_words(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in FOLDED_STOPWORDS and len(t) > 1]


def shingles(tokens: list[str], size: int) -> set[str]:
    """Word n-grams; a text shorter than `size` words is one shingle."""
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def display_words(text: str) -> list[str]:
    """The words of a quotation as printed (punctuation dropped, case kept): what a diff shows."""
    return [m.group(0) for m in WORD.finditer(text or "")]


def word_diff(before: str, after: str) -> list[dict]:
    """The word changes from `before` to `after`: [{"op": "equal|delete|insert|replace", "before", "after"}].

    Compared on folded words, shown in their printed form; an incise the reporter moved counts as a change."""
    a, b = display_words(before), display_words(after)
    fa, fb = [fold_name(w) for w in a], [fold_name(w) for w in b]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes():
        out.append({"op": op, "before": " ".join(a[i1:i2]), "after": " ".join(b[j1:j2])})
    return out


def diff_text(ops: list[dict]) -> str:
    """A diff as one line: unchanged words as is, [-removed-] and {+added+}."""
    parts = []
    for o in ops:
        if o["op"] == "equal":
            parts.append(o["before"])
            continue
        if o["before"]:
            parts.append(f"[-{o['before']}-]")
        if o["after"]:
            parts.append(f"{{+{o['after']}+}}")
    return " ".join(parts)


def changed(ops: list[dict]) -> bool:
    return any(o["op"] != "equal" for o in ops)
