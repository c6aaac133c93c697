"""Statements: one quotation reported by several articles, each report kept with its article, offsets, attributed
speaker and wording.

Blocking: a quote's keys are (speaker surname, bigram of content words) pairs, for a hash-chosen third of its
bigrams (all of them when the quote is short). Because the choice depends on the bigram alone, a trimmed excerpt
and its full version choose the same bigrams where they overlap, and a new quote finds its earlier reports with a
few indexed lookups — the cost stays flat however many quotes the speaker has. A long quotation (LONG_WORDS content
words or more) also gets speaker-free keys, trigrams of content words chosen the same way.

Matching, on the candidates only:
- same speaker (same KB id when both have one, else the same folded surname): the folded wording (reporters'
  incises removed) is close by rapidfuzz — token_set_ratio, which takes a cut or reordered clause in its stride,
  and partial_ratio for an excerpt — with enough content words in common that a stock phrase (« c'est
  inacceptable ») or a shared frame (« nous devons mener … par tous les moyens ») does not tie two statements;
- speakers that differ, or a report without one: only long, near-identical wording. Two people rarely say the same
  long sentence; when an outlet attributes it to someone else (or to no one), that is a report the fact-checker
  wants to see on the statement's timeline, with the speaker that report gives.
"""
from __future__ import annotations

import sqlite3
from typing import Optional

from rapidfuzz import fuzz

from veille.model import Extraction, Quote
from veille.store.crossref import groups
from veille.store.crossref.wording import content_words, words
from veille.names import fold as fold_name

KIND = "statement"
SAMPLE_MOD = 3          # keep the n-grams whose hash is 0 modulo this …
ALL_NGRAMS_UNDER = 12   # … unless the quote has fewer n-grams than this: then keep them all
MIN_CONTENT_WORDS = 2   # a quotation of fewer content words is too slight to call the same statement
MIN_SHARED_WORDS = 3    # … and two reports share this many (or all the shorter one has)
MIN_CONTAINMENT = 0.7   # share of the shorter report's content words found in the other
THRESHOLD = 80.0        # rapidfuzz score (0–100), measured on tests/data/statements (see its README)
LONG_WORDS = 6          # across speakers: the shorter report has this many content words …
LONG_CONTAINMENT = 0.9  # … nearly all found in the other …
LONG_THRESHOLD = 95.0   # … and a near-identical wording
TITLES = frozenset({"m", "mme", "mr", "dr", "pr", "me", "mgr"})
ANY_SPEAKER = "*"


def speaker_key(name: Optional[str]) -> Optional[str]:
    """A speaker as blocked on: the folded surname (« M. Vladimir Poutine », « Poutine » → "poutine")."""
    tokens = [t for t in fold_name(name or "").replace(".", " ").split() if t not in TITLES]
    return tokens[-1] if tokens else None


def _sampled(scope: str, ngrams: list[str]) -> list[int]:
    keys = [groups.key_hash(KIND, scope, g) for g in ngrams]
    return keys if len(ngrams) < ALL_NGRAMS_UNDER else [k for k in keys if k % SAMPLE_MOD == 0]


def quote_keys(surname: Optional[str], tokens: list[str]) -> list[int]:
    """Blocking keys of a quote's content words: by speaker (bigrams), and speaker-free (trigrams) when long."""
    keys = []
    if surname:
        keys += _sampled(surname, [f"{a} {b}" for a, b in zip(tokens, tokens[1:])] or tokens)
    if len(tokens) >= LONG_WORDS:
        keys += _sampled(ANY_SPEAKER, [" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2)])
    return keys


def wording(text: str) -> str:
    return " ".join(words(text))


def same_wording(a: str, b: str, *, min_words: int = 0, containment: float = MIN_CONTAINMENT) -> float:
    """0–100: how surely two wordings (already folded by `wording`) are the same statement; 0 under the floor."""
    ca, cb = set(content_words(a.split())), set(content_words(b.split()))
    shared, shorter = len(ca & cb), min(len(ca), len(cb))
    if shorter < min_words or shared < min(MIN_SHARED_WORDS, shorter) or shared < containment * shorter:
        return 0.0  # « nous devons mener la guerre … par tous les moyens » is not « … le combat … »
    score = fuzz.token_set_ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 0.3 * len(long_):  # an excerpt: its words in order inside the longer report
        score = max(score, fuzz.partial_ratio(short, long_))
    return score


def same_speaker(surname: Optional[str], kb: Optional[str], other_name: Optional[str],
                 other_kb: Optional[str]) -> bool:
    if surname is None or speaker_key(other_name) != surname:
        return False
    return not (kb and other_kb and kb != other_kb)


def index_quote(conn: sqlite3.Connection, ext: Extraction, quote: Quote, speaker_name: Optional[str],
                speaker_kb: Optional[str]) -> Optional[int]:
    """Put one stored quote in its statement; the statement's id (None for a quote too slight to match)."""
    surname = speaker_key(speaker_name)
    text = wording(quote.text)
    tokens = content_words(text.split())
    if len(tokens) < (MIN_CONTENT_WORDS if surname else LONG_WORDS):
        return None
    member = groups.add_member(conn, KIND, ext.article.id, quote.id)
    keys = quote_keys(surname, tokens)
    matches = []
    rows = groups.candidate_rows(
        conn, keys, member, "SELECT m.id, q.text, q.speaker_name, q.speaker_kb_id FROM crossref_members m "
        "JOIN quotes q ON q.article_id = m.article_id AND q.id = m.item_id WHERE m.id IN ({members})")
    for other, other_text, other_name, other_kb in rows:
        if same_speaker(surname, speaker_kb, other_name, other_kb):
            score = same_wording(text, wording(other_text))
            threshold = THRESHOLD
        else:
            score = same_wording(text, wording(other_text), min_words=LONG_WORDS, containment=LONG_CONTAINMENT)
            threshold = LONG_THRESHOLD
        if score >= threshold:
            matches.append((other, score / 100))
    groups.store_keys(conn, member, keys)
    return groups.link(conn, member, sorted(matches))


def index(conn: sqlite3.Connection, ext: Extraction) -> None:
    by_id = {e.id: e for e in ext.entities}
    for quote in ext.quotes:
        speaker = by_id.get(quote.speaker) if quote.speaker else None
        index_quote(conn, ext, quote, speaker.name if speaker else None, speaker.kb_id if speaker else None)
