"""Across articles: stories (near-duplicate articles), statements (one quotation, many reports) and events told by
several articles, kept incrementally in the store as each article is written (see groups.py for the machinery).

The store's single writer calls `index_article` after it inserted an article's rows (in the same transaction) and
`repair` after a delete; nothing here reads the corpus as a whole, so adding an article costs the same at any size.
"""
from __future__ import annotations

import sqlite3

from veille.model import Extraction
from veille.store.crossref import groups, statements, stories, story_events

__all__ = ["index_article", "repair", "ENABLED"]

ENABLED = True  # benchmarks switch it off to measure an ingest without it


def index_article(conn: sqlite3.Connection, ext: Extraction) -> None:
    """Regroup what a replaced version left, then put the article, its quotes and its events in their groups."""
    if not ENABLED:
        return
    groups.repair(conn)
    stories.index(conn, ext)
    statements.index(conn, ext)
    story_events.index(conn, ext)


def repair(conn: sqlite3.Connection) -> int:
    return groups.repair(conn) if ENABLED else 0
