"""Groups of members across articles, kept incrementally in SQL: the machinery stories, statements and events share.

A member (an article, a quote, an event) is written with its blocking keys; its candidates are the members that
share a key (one indexed lookup per key, so the cost of adding one stays flat as the corpus grows); the kind's own
test keeps the true matches, which become links; the member's group is the union of its linked members' groups.
Groups are therefore connected components of the links, the same whatever order members arrive in. When members
leave (their article deleted or replaced), a trigger marks their groups dirty and `repair` regroups them from the
links that remain: an emptied group goes, a group whose bridge left splits, no other member loses its group.
"""
from __future__ import annotations

import hashlib
import logging
import sqlite3
from typing import Iterable, Optional, Sequence

from veille.store.writer import now_utc

log = logging.getLogger(__name__)

KINDS = ("story", "statement", "event")
MAX_CANDIDATES = 64  # the members sharing the most keys; a verified match among them is what a link needs
POSTINGS_PER_KEY = 100  # the newest members read per key: what keeps the cost of a lookup flat


def key_hash(kind: str, *parts: object) -> int:
    """A signed 64-bit integer (SQLite's INTEGER) naming one blocking key of one kind."""
    raw = "\x1f".join([kind, *map(str, parts)]).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little", signed=True)


def add_member(conn: sqlite3.Connection, kind: str, article_id: str, item_id: str = "",
               signature: Optional[bytes] = None) -> int:
    """A new member in a group of its own; its id."""
    group = conn.execute("INSERT INTO crossref_groups(kind, created_at) VALUES (?, ?)", (kind, now_utc())).lastrowid
    return conn.execute("INSERT INTO crossref_members(kind, article_id, item_id, group_id, signature) "
                        "VALUES (?, ?, ?, ?, ?)", (kind, article_id, item_id, group, signature)).lastrowid


def candidates(conn: sqlite3.Connection, keys: Sequence[int], exclude: int,
               limit: int = MAX_CANDIDATES) -> list[tuple[int, int]]:
    """(member id, keys shared) of the members sharing at least one of `keys`, most shared first.

    Each key contributes its POSTINGS_PER_KEY newest members only (a range of the (key, member_id) primary key,
    read backwards): a key that many members share (a stock phrase of a frequent speaker, a common band) costs
    the same at any corpus size, and the rarer keys of the same member still find the older matches."""
    if not keys:
        return []
    keys = sorted(set(keys))
    per_key = " UNION ALL ".join(
        "SELECT * FROM (SELECT member_id FROM crossref_keys WHERE key = ? ORDER BY member_id DESC LIMIT ?)"
        for _ in keys)
    params = [x for k in keys for x in (k, POSTINGS_PER_KEY)]
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT member_id, count(*) AS shared FROM ({per_key}) WHERE member_id <> ? "
        f"GROUP BY member_id ORDER BY shared DESC, member_id LIMIT ?", (*params, exclude, limit))]


def candidate_rows(conn: sqlite3.Connection, keys: Sequence[int], exclude: int, select: str) -> list[tuple]:
    """Rows of `select` (a query whose `{members}` is replaced by the candidates' ids) for the candidates of `keys`."""
    found = candidates(conn, keys, exclude)
    if not found:
        return []
    marks = ",".join("?" * len(found))
    return conn.execute(select.format(members=marks), [m for m, _ in found]).fetchall()


def store_keys(conn: sqlite3.Connection, member_id: int, keys: Iterable[int]) -> None:
    conn.executemany("INSERT INTO crossref_keys(key, member_id) VALUES (?, ?)",
                     [(k, member_id) for k in sorted(set(keys))])


def link(conn: sqlite3.Connection, member_id: int, matches: Sequence[tuple[int, float]]) -> int:
    """Record links from `member_id` to its verified `matches` and merge their groups into one; that group's id.

    The group kept is the oldest (smallest id) so that a long-lived story or statement keeps its number."""
    conn.executemany("INSERT INTO crossref_links(member_a, member_b, score) VALUES (?, ?, ?)",
                     [(member_id, other, round(score, 4)) for other, score in matches])
    ids = [member_id, *(m for m, _ in matches)]
    marks = ",".join("?" * len(ids))
    groups = sorted({r[0] for r in conn.execute(f"SELECT group_id FROM crossref_members WHERE id IN ({marks})", ids)})
    keep, others = groups[0], groups[1:]
    if others:
        gmarks = ",".join("?" * len(others))
        conn.execute(f"UPDATE crossref_members SET group_id = ? WHERE group_id IN ({gmarks})", (keep, *others))
        conn.execute(f"DELETE FROM crossref_groups WHERE id IN ({gmarks})", others)
    return keep


def repair(conn: sqlite3.Connection) -> int:
    """Regroup the groups members left since the last repair; how many groups were looked at."""
    dirty = [r[0] for r in conn.execute("SELECT group_id FROM crossref_dirty ORDER BY group_id")]
    if not dirty:
        return 0
    for group in dirty:
        _regroup(conn, group)
    conn.execute("DELETE FROM crossref_dirty")
    return len(dirty)


def _regroup(conn: sqlite3.Connection, group: int) -> None:
    kind_row = conn.execute("SELECT kind FROM crossref_groups WHERE id = ?", (group,)).fetchone()
    members = [r[0] for r in conn.execute("SELECT id FROM crossref_members WHERE group_id = ? ORDER BY id", (group,))]
    if not members:
        conn.execute("DELETE FROM crossref_groups WHERE id = ?", (group,))
        return
    neighbours: dict[int, set[int]] = {m: set() for m in members}
    marks = ",".join("?" * len(members))
    for a, b in conn.execute(f"SELECT member_a, member_b FROM crossref_links WHERE member_a IN ({marks})", members):
        if b in neighbours:
            neighbours[a].add(b)
            neighbours[b].add(a)
    components = _components(neighbours)
    if len(components) == 1:
        return
    log.info("crossref: %s group %d splits into %d", kind_row[0] if kind_row else "?", group, len(components))
    # The component holding the oldest member keeps the group; every other one becomes a new group.
    for component in components[1:]:
        new = conn.execute("INSERT INTO crossref_groups(kind, created_at) VALUES (?, ?)",
                           (kind_row[0], now_utc())).lastrowid
        cmarks = ",".join("?" * len(component))
        conn.execute(f"UPDATE crossref_members SET group_id = ? WHERE id IN ({cmarks})", (new, *component))


def _components(neighbours: dict[int, set[int]]) -> list[list[int]]:
    """Connected components, each sorted, ordered by their smallest member."""
    seen: set[int] = set()
    out = []
    for start in sorted(neighbours):
        if start in seen:
            continue
        stack, component = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            component.append(node)
            for nxt in neighbours[node] - seen:
                seen.add(nxt)
                stack.append(nxt)
        out.append(sorted(component))
    return out
