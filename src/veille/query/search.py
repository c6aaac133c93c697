"""Full-text search over quotes and articles, and the quote listing by speaker and filters."""
from __future__ import annotations

import sqlite3
from typing import Optional

from veille.query import base
from veille.query.base import ACTOR_CTE, MARK_END, MARK_START, SNIPPET_TOKENS, Db, actor_entities, actor_key

# Ranking costs a few microseconds per match, so a query with more matches than this is ranked among its most
# recently stored matches only, and its older matches follow, newest first (score None). See fts_page.
MAX_RANKED_ROWS = 1_000

# The quote row (docs/queries.md): the quote, its speaker, its article.
QUOTE_COLUMNS = """q.article_id, q.id AS quote_id, q.start, q."end", q.text, q.kind, q.speaker_id, q.speaker_name,
    q.speaker_kb_id, q.cue_text, q.channel, q.confidence, a.title, a.url, a.outlet, a.published"""


def fts_page(conn: sqlite3.Connection, fts: str, match: str, select: str, joined: str, where: list[str],
             params: list, limit: int, offset: int) -> list[sqlite3.Row]:
    """One page of ranked full-text hits (`select` ends with `{fts}.rank AS score`, its snippet markers are the
    first two parameters).

    A query with more than MAX_RANKED_ROWS matches (words as common as "de la") is ranked among its
    MAX_RANKED_ROWS most recently stored matches, and its older matches follow, newest first. Finding that
    window is a cheap walk of the match list by rowid."""
    where = [f"{fts} MATCH ?", *where]
    params = [match, *params]
    where_sql = " AND ".join(where)
    base_sql = f"{select} {joined} WHERE {where_sql}"
    args = [MARK_START, MARK_END, *params]
    row = conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                       (match, MAX_RANKED_ROWS - 1)).fetchone()
    if row is None:
        return conn.execute(f"{base_sql} ORDER BY {fts}.rank LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    cutoff = row[0]
    in_window = MAX_RANKED_ROWS if len(where) == 1 else conn.execute(
        f"SELECT count(*) {joined} WHERE {where_sql} AND {fts}.rowid >= ?", [*params, cutoff]).fetchone()[0]
    rows: list = []
    if offset < in_window:
        rows = conn.execute(f"{base_sql} AND {fts}.rowid >= ? ORDER BY {fts}.rank LIMIT ? OFFSET ?",
                            [*args, cutoff, limit, offset]).fetchall()
    if len(rows) < limit:
        rows += conn.execute(f"{base_sql.replace(f'{fts}.rank AS score', 'NULL AS score')} "
                             f"AND {fts}.rowid < ? ORDER BY {fts}.rowid DESC LIMIT ? OFFSET ?",
                             [*args, cutoff, limit - len(rows), max(0, offset - in_window)]).fetchall()
    return rows


def search_quotes(db: Db, query: Optional[str] = None, *, speaker: Optional[str] = None,
                  event_type: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                  outlet: Optional[str] = None, limit: int = 20, offset: int = 0) -> list[dict]:
    """Quotes matching words (over quote text and speaker name) and filters, as quote rows with `snippet` and
    `score`. Words alone: best match first (BM25). With a speaker (an actor: name, alias, kb id or country code):
    that speaker's matching quotes, newest first. No words: the filtered quotes, newest first.
    `event_type` keeps quotes of articles that report an event of that type."""
    conn = base.connection(db)
    match = base.fts_query(query)
    if query is not None and not match:  # words given, nothing searchable in them
        return []
    where, params = base.article_filters(conn, since, until, outlet, event_type, "q.article_id")
    if speaker:
        where.insert(0, "(q.article_id, q.speaker_id) IN actor")
        params.insert(0, actor_entities(conn, speaker))
    if match and not speaker:
        select = f"""SELECT {QUOTE_COLUMNS}, snippet(quotes_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet,
                   quotes_fts.rank AS score"""
        joined = "FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id"
        rows = [dict(r) for r in fts_page(conn, "quotes_fts", match, select, joined, where, params, limit, offset)]
    else:
        # A speaker's quotes are few: start from them (indexed), keep those the words match, newest first.
        cte = ACTOR_CTE if speaker else ""
        if match:
            # One FTS5 seek per candidate quote, not the whole list of matches (common words match thousands).
            where.append("EXISTS (SELECT 1 FROM quotes_fts f WHERE quotes_fts MATCH ? AND f.rowid = q.rowid)")
            params.append(match)
        rows = [dict(r) for r in conn.execute(
            f"""{cte} SELECT {QUOTE_COLUMNS}, q.rowid AS rowid_, NULL AS snippet, NULL AS score
                FROM quotes q JOIN articles a ON a.id = q.article_id
                {'WHERE ' + ' AND '.join(where) if where else ''}
                ORDER BY a.published DESC, a.rowid DESC, q.start LIMIT ? OFFSET ?""", [*params, limit, offset])]
        rowids = [r.pop("rowid_") for r in rows]
        if match and rows:
            snippets = dict(conn.execute(
                f"""SELECT rowid, snippet(quotes_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}) FROM quotes_fts
                    WHERE quotes_fts MATCH ? AND rowid IN ({','.join('?' * len(rowids))})""",
                [MARK_START, MARK_END, match, *rowids]))
            for r, rowid in zip(rows, rowids):
                r["snippet"] = snippets.get(rowid)
    attach_quote_extras(conn, rows)
    return rows


def attach_quote_extras(conn: sqlite3.Connection, quotes: list[dict]) -> None:
    """Every quote row's `speaker_key` and `via` (the names of the relays the words came through)."""
    via: dict[tuple, list] = {}
    for r in base.rows_of_pairs(conn, "quote_sources", "article_id, quote_id, entity_id, name",
                                ("article_id", "quote_id"), {(q["article_id"], q["quote_id"]) for q in quotes}):
        via.setdefault((r[0], r[1]), []).append(r[3] or r[2])
    for q in quotes:
        q["speaker_key"] = actor_key(q["speaker_kb_id"], q["speaker_name"])
        q["via"] = via.get((q["article_id"], q["quote_id"]), [])


def search_articles(db: Db, query: Optional[str] = None, *, speaker: Optional[str] = None,
                    event_type: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                    outlet: Optional[str] = None, limit: int = 20, offset: int = 0) -> list[dict]:
    """Articles matching words (over title and text) and filters, best first, as article rows with `snippet` and
    `score`; no words: the filtered articles, newest first. `speaker` keeps articles where that actor is quoted."""
    conn = base.connection(db)
    match = base.fts_query(query)
    if query is not None and not match:  # words given, nothing searchable in them
        return []
    where, params = base.article_filters(conn, since, until, outlet, event_type)
    cte = ""
    if speaker:
        cte = ACTOR_CTE
        where.insert(0, "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id "
                        "AND (q.article_id, q.speaker_id) IN actor)")
        params.insert(0, actor_entities(conn, speaker))
    cols = "a.id AS article_id, a.title, a.url, a.outlet, a.published"
    if match:
        select = f"""{cte} SELECT {cols}, snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet,
                   articles_fts.rank AS score"""
        if cte:  # the CTE's parameter comes before the snippet markers
            rows = conn.execute(
                f"""{select} FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                    WHERE articles_fts MATCH ? AND {' AND '.join(where)} ORDER BY a.published DESC
                    LIMIT ? OFFSET ?""", [params[0], MARK_START, MARK_END, match, *params[1:], limit, offset])
        else:
            rows = fts_page(conn, "articles_fts", match, select,
                            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid", where, params,
                            limit, offset)
        return [dict(r) for r in rows]
    return [dict(r) for r in conn.execute(
        f"""{cte} SELECT {cols}, NULL AS snippet, NULL AS score FROM articles a
            {'WHERE ' + ' AND '.join(where) if where else ''}
            ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?""", [*params, limit, offset])]
