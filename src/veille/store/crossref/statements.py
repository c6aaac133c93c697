"""Statements: one quotation reported by several articles, each report kept with its article, offsets and wording.

Blocking: a quote's keys are (speaker surname, bigram of content words) pairs, for a hash-chosen third of its
bigrams (all of them when the quote is short). Because the choice depends on the bigram alone, a trimmed
excerpt and its full version choose the same bigrams where they overlap, and a new quote finds its earlier
reports with a few indexed lookups — the cost stays flat however many quotes the speaker has.

Matching, on the candidates only: the speakers agree (same KB id when both have one, else the same folded
surname), and the folded wording (reporters' incises removed) is close by rapidfuzz — token_set_ratio, which
takes a cut or reordered clause in its stride, and partial_ratio for an excerpt — with enough content words in
common that a stock phrase (« c'est inacceptable ») does not tie two statements together.
"""
from __future__ import annotations

import sqlite3
from typing import Optional

from rapidfuzz import fuzz

from veille.model import Entity, Extraction, Quote
from veille.store.crossref import groups
from veille.store.crossref.wording import content_words, words
from veille.store.writer import fold_name

KIND = "statement"
SAMPLE_MOD = 3          # keep the bigrams whose hash is 0 modulo this …
ALL_BIGRAMS_UNDER = 12  # … unless the quote has fewer bigrams than this: then keep them all
MIN_CONTENT_WORDS = 2   # a quotation of fewer content words is too slight to call the same statement
MIN_SHARED_WORDS = 3    # … and two reports share this many (or all the shorter one has)
MIN_CONTAINMENT = 0.7   # share of the shorter report's content words found in the other
THRESHOLD = 80.0        # rapidfuzz score (0–100), measured on tests/data/statements (see its README)
TITLES = frozenset({"m", "mme", "mr", "dr", "pr", "me", "mgr"})


def speaker_key(name: Optional[str]) -> Optional[str]:
    """A speaker as blocked on: the folded surname (« M. Vladimir Poutine », « Poutine » → "poutine")."""
    tokens = [t for t in fold_name(name or "").replace(".", " ").split() if t not in TITLES]
    return tokens[-1] if tokens else None


def quote_keys(surname: str, tokens: list[str]) -> list[int]:
    bigrams = [f"{a} {b}" for a, b in zip(tokens, tokens[1:])] or tokens
    keys = [groups.key_hash(KIND, surname, g) for g in bigrams]
    if len(bigrams) < ALL_BIGRAMS_UNDER:
        return keys
    return [k for k in keys if k % SAMPLE_MOD == 0]


def wording(text: str) -> str:
    return " ".join(words(text))


def same_wording(a: str, b: str) -> float:
    """0–100: how surely two wordings (already folded by `wording`) are the same statement; 0 under the floor."""
    ca, cb = set(content_words(a.split())), set(content_words(b.split()))
    shared = len(ca & cb)
    if shared < min(MIN_SHARED_WORDS, len(ca), len(cb)) or shared < MIN_CONTAINMENT * min(len(ca), len(cb)):
        return 0.0  # « nous devons mener la guerre … par tous les moyens » is not « … le combat … »
    score = fuzz.token_set_ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 0.3 * len(long_):  # an excerpt: its words in order inside the longer report
        score = max(score, fuzz.partial_ratio(short, long_))
    return score


def same_speaker(kb_a: Optional[str], kb_b: Optional[str]) -> bool:
    return not (kb_a and kb_b and kb_a != kb_b)


def index_quote(conn: sqlite3.Connection, ext: Extraction, quote: Quote, speaker: Entity) -> Optional[int]:
    """Put one stored quote in its statement; the statement's id (None for a quote too slight to match)."""
    surname = speaker_key(speaker.name)
    text = wording(quote.text)
    tokens = content_words(text.split())
    if surname is None or len(tokens) < MIN_CONTENT_WORDS:
        return None
    member = groups.add_member(conn, KIND, ext.article.id, quote.id)
    keys = quote_keys(surname, tokens)
    matches = []
    rows = groups.candidate_rows(
        conn, keys, member, "SELECT m.id, q.text, q.speaker_name, q.speaker_kb_id FROM crossref_members m "
        "JOIN quotes q ON q.article_id = m.article_id AND q.id = m.item_id WHERE m.id IN ({members})")
    for other, other_text, other_name, other_kb in rows:
        if speaker_key(other_name) != surname or not same_speaker(speaker.kb_id, other_kb):
            continue
        score = same_wording(text, wording(other_text))
        if score >= THRESHOLD:
            matches.append((other, score / 100))
    groups.store_keys(conn, member, keys)
    return groups.link(conn, member, sorted(matches))


def index(conn: sqlite3.Connection, ext: Extraction) -> None:
    by_id = {e.id: e for e in ext.entities}
    for quote in ext.quotes:
        speaker = by_id.get(quote.speaker) if quote.speaker else None
        if speaker is not None:
            index_quote(conn, ext, quote, speaker)
