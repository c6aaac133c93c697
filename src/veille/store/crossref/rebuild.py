"""Group the articles a store held before it had stories and statements (or while crossref was switched off)."""
from __future__ import annotations

import logging

from veille.store import crossref

log = logging.getLogger(__name__)

BATCH = 200  # articles per transaction: other writers wait for one batch at most


def index_missing(store) -> int:
    """Put every stored article that is in no story into its story, statements and shared events; how many."""
    from veille.query import get_extraction

    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM crossref_members WHERE kind = 'story') "
        "ORDER BY published IS NULL, published, ingested_at, id")]
    for start in range(0, len(ids), BATCH):
        with store.transaction() as conn:
            for article_id in ids[start:start + BATCH]:
                ext = get_extraction(conn, article_id)
                if ext is not None:
                    crossref.index_article(conn, ext)
        log.info("crossref: %d/%d articles grouped", min(start + BATCH, len(ids)), len(ids))
    return len(ids)
