"""Events across articles: the same happening (PLOVER type, actors, date within a window) told by several articles.

Blocking keys are (type, actor, day) for each actor of the event on its date (the event's own date, else its
article's publication day); a new event looks up the same keys on every day of the window. Matching: the same
type and negation, source actors that overlap, target actors that overlap when both name some. Actors are
compared by KB id, else by folded name.
"""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Optional

from veille.model import Event, Extraction
from veille.store.crossref import groups
from veille.names import fold as fold_name

KIND = "event"
WINDOW_DAYS = 2   # the same strike reported the next day, or dated by two outlets a day apart


def actor_key(kb_id: Optional[str], name: Optional[str]) -> Optional[str]:
    if kb_id:
        return kb_id
    folded = fold_name(name or "")
    return f"name:{folded}" if folded else None


def event_day(event: Event, published: Optional[str]) -> Optional[date]:
    for value in (event.date, published):
        try:
            return date.fromisoformat((value or "")[:10])
        except ValueError:
            continue
    return None


def event_keys(type_: str, actors: set[str], day: date, spread: int) -> list[int]:
    return [groups.key_hash(KIND, type_, a, (day + timedelta(days=d)).isoformat())
            for a in sorted(actors) for d in range(-spread, spread + 1)]


def _actors(conn: sqlite3.Connection, article_id: str, event_id: str) -> tuple[set[str], set[str]]:
    src, tgt = set(), set()
    for role, kb, name in conn.execute("SELECT role, kb_id, name FROM event_actors WHERE article_id = ? AND "
                                       "event_id = ?", (article_id, event_id)):
        key = actor_key(kb, name)
        if key:
            (src if role == "source" else tgt).add(key)
    return src, tgt


def same_event(src: set[str], tgt: set[str], other_src: set[str], other_tgt: set[str]) -> float:
    """0–1: shared actors over all actors; 0 when the sources do not overlap or named targets differ."""
    if not (src & other_src):
        return 0.0
    if tgt and other_tgt and not (tgt & other_tgt):
        return 0.0
    union = (src | tgt) | (other_src | other_tgt)
    return len((src | tgt) & (other_src | other_tgt)) / len(union)


def index_event(conn: sqlite3.Connection, ext: Extraction, event: Event) -> Optional[int]:
    day = event_day(event, ext.article.published)
    src, tgt = _actors(conn, ext.article.id, event.id)
    if day is None or not src:
        return None  # an undated or actorless event is no evidence of a shared happening
    member = groups.add_member(conn, KIND, ext.article.id, event.id)
    matches = []
    rows = groups.candidate_rows(
        conn, event_keys(event.type, src, day, WINDOW_DAYS), member,
        "SELECT m.id, m.article_id, m.item_id, e.type, e.negated FROM crossref_members m "
        "JOIN events e ON e.article_id = m.article_id AND e.id = m.item_id WHERE m.id IN ({members})")
    for other, article_id, event_id, type_, negated in rows:
        if type_ != event.type or bool(negated) != bool(event.negated):
            continue
        score = same_event(src, tgt, *_actors(conn, article_id, event_id))
        if score > 0:
            matches.append((other, score))
    groups.store_keys(conn, member, event_keys(event.type, src, day, 0))
    return groups.link(conn, member, sorted(matches))


def index(conn: sqlite3.Connection, ext: Extraction) -> None:
    for event in ext.events:
        index_event(conn, ext, event)
