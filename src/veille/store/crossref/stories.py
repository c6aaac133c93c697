"""Stories: near-duplicate articles (a wire dispatch copied by several sites, an updated version, the same dispatch
under another title) grouped by MinHash over word shingles, with the LSH bands kept in SQL.

An article's body (boilerplate spans removed) becomes folded 5-word shingles; datasketch's MinHash gives
NUM_PERM values, cut into BANDS bands of ROWS values; each band is a blocking key in crossref_keys. Articles
sharing a band are candidates; a candidate whose estimated Jaccard similarity (from the signature stored with the
member) reaches THRESHOLD is linked. With ROWS = 3 and BANDS = 24, a pair at Jaccard 0.5 shares a band with
probability 1 - (1 - 0.5³)²⁴ = 0.96, at 0.6 0.995, at 0.2 0.18 (then rejected by the threshold).

THRESHOLD = 0.5 (measured in benchmarks/stories.py and tests/test_crossref_stories.py): a copy with another title,
another lead and one paragraph of eight cut keeps ~0.7 of its shingles; two different articles on the same
running story share under 0.05 (their names and stock phrases, not 5-word runs).
"""
from __future__ import annotations

import sqlite3
import zlib
from functools import lru_cache
from typing import Optional

import numpy as np

from veille.model import Extraction
from veille.store.crossref import groups
from veille.store.crossref.wording import content_words, shingles, words

KIND = "story"
SHINGLE_WORDS = 4   # of content words: « de la » and « a déclaré » runs are shared by unrelated articles
NUM_PERM = 64
ROWS = 2
BANDS = NUM_PERM // ROWS
THRESHOLD = 0.25
MIN_WORDS = 20     # content words: shorter bodies (a brief, a caption) are no evidence of a shared dispatch
SEED = 14
SCHEME = "affine32"  # stored signatures are only comparable under one datasketch scheme: pinned


def shingle_hash(data: bytes) -> int:
    """CRC-32 of a shingle: stable across processes and several times faster than datasketch's SHA-1, which
    was a third of the cost of a story; the scheme's random affine permutations then spread the values."""
    return zlib.crc32(data)


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    # Drawn once: MinHash() draws its permutations on every call.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def body_text(ext: Extraction) -> str:
    """The article's body with its boilerplate spans (credits, newsletter calls, related links) blanked out."""
    text = ext.article.text
    start = ext.article.body_start or 0
    spans = sorted((b.start, b.end) for b in ext.boilerplate)
    out, pos = [], start
    for s, e in spans:
        if e <= pos:
            continue
        if s > pos:
            out.append(text[pos:s])
        pos = max(pos, e)
    out.append(text[pos:])
    return " ".join(out)


def signature(text: str) -> Optional[np.ndarray]:
    """MinHash signature (uint32 × NUM_PERM) of a text's word shingles; None if it is too short to tell."""
    from datasketch import MinHash

    tokens = content_words(words(text, incises=False))
    if len(tokens) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME, hashfunc=shingle_hash)
    m.update_batch([s.encode("utf-8") for s in shingles(tokens, SHINGLE_WORDS)])
    return m.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    return [groups.key_hash(KIND, b, sig[b * ROWS:(b + 1) * ROWS].tobytes().hex()) for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values."""
    return float(np.count_nonzero(a == b)) / len(a)


def index(conn: sqlite3.Connection, ext: Extraction) -> int:
    """Put one stored article in its story; the story's id."""
    sig = signature(body_text(ext))
    member = groups.add_member(conn, KIND, ext.article.id, "", sig.tobytes() if sig is not None else None)
    if sig is None:
        return conn.execute("SELECT group_id FROM crossref_members WHERE id = ?", (member,)).fetchone()[0]
    keys = band_keys(sig)
    matches = []
    for other, blob in groups.candidate_rows(conn, keys, member, "SELECT id, signature FROM crossref_members "
                                             "WHERE id IN ({members}) AND signature IS NOT NULL"):
        score = similarity(sig, np.frombuffer(blob, dtype=np.uint32))
        if score >= THRESHOLD:
            matches.append((other, score))
    groups.store_keys(conn, member, keys)
    return groups.link(conn, member, sorted(matches))
