"""Read queries over stories, statements and cross-article events: plain dicts for the CLI, the web and exports.

A report's date is its article's publication date, else the day it was ingested; reports are in time order by
(has a publication date, that date, ingest time), so a statement's first report is the earliest published one,
else the earliest ingested. `--since/--until` keep the groups with at least one report in the range.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Optional

from veille.store.crossref.wording import changed, diff_text, word_diff
from veille.names import fold as fold_name

REPORT_DATE = "COALESCE(a.published, substr(a.ingested_at, 1, 10))"
# Ties (the same day, the same second of ingest) go to the article stored first.
REPORT_ORDER = "(a.published IS NULL), a.published, a.ingested_at, a.rowid, m.item_id"


def _conn(db: Any) -> sqlite3.Connection:
    conn = getattr(db, "conn", db)
    conn.row_factory = sqlite3.Row
    return conn


def _in_range(since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    """A HAVING clause: at least one report dated in [since, until] (partial dates cover their whole period)."""
    conds, params = [], []
    if since:
        conds.append(f"{REPORT_DATE} >= ?")
        params.append(since)
    if until:
        conds.append(f"substr({REPORT_DATE}, 1, length(?)) <= ?")
        params += [until, until]
    return (f"SUM({' AND '.join(conds)}) > 0", params) if conds else ("1", [])


def _groups(conn: sqlite3.Connection, kind: str, join: str, extra_select: str, where: list[str], params: list,
            min_members: int, since: Optional[str], until: Optional[str], limit: int, offset: int) -> list[dict]:
    having, having_params = _in_range(since, until)
    sql = f"""SELECT m.group_id AS id, count(*) AS reports, count(DISTINCT a.outlet) AS outlets,
                     count(DISTINCT a.id) AS articles, MIN({REPORT_DATE}) AS first_date,
                     MAX({REPORT_DATE}) AS last_date {extra_select}
              FROM crossref_members m JOIN articles a ON a.id = m.article_id {join}
              WHERE m.kind = ? {''.join(' AND ' + w for w in where)}
              GROUP BY m.group_id HAVING count(*) >= ? AND {having}
              ORDER BY last_date DESC, reports DESC, m.group_id DESC LIMIT ? OFFSET ?"""
    return [dict(r) for r in conn.execute(sql, [kind, *params, min_members, *having_params, limit, offset])]


def _first(conn: sqlite3.Connection, group_id: int, select: str, join: str = "") -> Optional[dict]:
    row = conn.execute(f"SELECT {select} FROM crossref_members m JOIN articles a ON a.id = m.article_id {join} "
                       f"WHERE m.group_id = ? ORDER BY {REPORT_ORDER} LIMIT 1", (group_id,)).fetchone()
    return dict(row) if row else None


# -- stories -----------------------------------------------------------------------------------------------
def list_stories(db: Any, *, since: Optional[str] = None, until: Optional[str] = None, min_articles: int = 2,
                 limit: int = 50, offset: int = 0) -> list[dict]:
    """Stories (near-duplicate articles), latest first, each with its first article and its outlets."""
    conn = _conn(db)
    out = _groups(conn, "story", "", ", group_concat(DISTINCT a.outlet) AS outlet_names", [], [], min_articles,
                  since, until, limit, offset)
    for s in out:
        s["outlet_names"] = sorted(set((s["outlet_names"] or "").split(",")) - {""})
        s["first"] = _first(conn, s["id"], "a.id AS article_id, a.title, a.outlet, a.url, a.published")
    return out


def get_story(db: Any, story_id: int) -> Optional[dict]:
    conn = _conn(db)
    rows = conn.execute(f"""SELECT a.id AS article_id, a.title, a.outlet, a.url, a.published, a.ingested_at
                            FROM crossref_members m JOIN articles a ON a.id = m.article_id
                            WHERE m.group_id = ? AND m.kind = 'story' ORDER BY {REPORT_ORDER}""", (story_id,))
    articles = [dict(r) for r in rows]
    return {"id": story_id, "articles": articles} if articles else None


def story_of_articles(db: Any, article_ids: list[str]) -> dict[str, dict]:
    """article id → {"story": id, "articles": size of its story} for the articles in a story of two or more."""
    if not article_ids:
        return {}
    conn = _conn(db)
    marks = ",".join("?" * len(article_ids))
    rows = conn.execute(f"""SELECT m.article_id, m.group_id, (SELECT count(*) FROM crossref_members o
                                   WHERE o.group_id = m.group_id) AS size
                            FROM crossref_members m WHERE m.kind = 'story' AND m.article_id IN ({marks})""",
                        article_ids)
    return {r[0]: {"story": r[1], "articles": r[2]} for r in rows if r[2] > 1}


# -- statements --------------------------------------------------------------------------------------------
QUOTE_JOIN = "JOIN quotes q ON q.article_id = m.article_id AND q.id = m.item_id"


def list_statements(db: Any, *, speaker: Optional[str] = None, since: Optional[str] = None,
                    until: Optional[str] = None, min_reports: int = 2, limit: int = 50,
                    offset: int = 0) -> list[dict]:
    """Statements (one quotation, several reports), latest first, each with its first report."""
    conn = _conn(db)
    where, params = [], []
    if speaker:
        where.append("m.group_id IN (SELECT m2.group_id FROM crossref_members m2 JOIN quotes q2 ON "
                     "q2.article_id = m2.article_id AND q2.id = m2.item_id WHERE m2.kind = 'statement' AND "
                     "(q2.speaker_kb_id = ? OR veille_fold(q2.speaker_name) LIKE ? ESCAPE '\\'))")
        params += [speaker, "%" + fold_name(speaker).replace("\\", "\\\\").replace("%", "\\%")
                   .replace("_", "\\_") + "%"]
    out = _groups(conn, "statement", QUOTE_JOIN, "", where, params, min_reports, since, until, limit, offset)
    for s in out:
        s["first"] = _first(conn, s["id"], "a.id AS article_id, a.title, a.outlet, a.url, a.published, "
                            "q.id AS quote_id, q.text, q.speaker_name, q.speaker_kb_id", QUOTE_JOIN)
    return out


def _via(conn: sqlite3.Connection, article_id: str, quote_id: str) -> list[str]:
    return [r[0] or r[1] for r in conn.execute("SELECT name, entity_id FROM quote_sources WHERE article_id = ? AND "
                                               "quote_id = ? ORDER BY rowid", (article_id, quote_id))]


def get_statement(db: Any, statement_id: int) -> Optional[dict]:
    """A statement and its reports in time order, each with its relay chain and its word changes from the first."""
    conn = _conn(db)
    rows = conn.execute(f"""SELECT a.id AS article_id, a.title, a.outlet, a.url, a.published, a.ingested_at,
                                   q.id AS quote_id, q.start, q."end", q.text, q.kind, q.speaker_name,
                                   q.speaker_kb_id, q.cue_text, q.channel
                            FROM crossref_members m JOIN articles a ON a.id = m.article_id {QUOTE_JOIN}
                            WHERE m.group_id = ? AND m.kind = 'statement' ORDER BY {REPORT_ORDER}""",
                        (statement_id,))
    reports = [dict(r) for r in rows]
    if not reports:
        return None
    first = reports[0]
    for n, r in enumerate(reports):
        r["first"] = n == 0
        r["via"] = _via(conn, r["article_id"], r["quote_id"])
        r["relay"] = [r["speaker_name"] or "?", *r["via"], r["outlet"] or "?"]
        ops = word_diff(first["text"], r["text"])
        r["changed"] = changed(ops)
        r["diff"] = ops
        r["diff_text"] = diff_text(ops)
    # The statement's speaker: the earliest report that names one (an outlet may report the words unattributed).
    named = next((r for r in reports if r["speaker_name"]), first)
    return {"id": statement_id, "speaker_name": named["speaker_name"], "speaker_kb_id": named["speaker_kb_id"],
            "text": first["text"], "reports": len(reports), "outlets": len({r["outlet"] for r in reports}),
            "reworded": sum(r["changed"] for r in reports), "first_report": reports[0], "timeline": reports}


def statements_of_quotes(db: Any, article_id: str) -> dict[str, dict]:
    """quote id → {"statement": id, "reports": n, "outlets": other outlets} for an article's quotes reported
    elsewhere too (the reading room's « also reported by N outlets »)."""
    conn = _conn(db)
    rows = conn.execute("""SELECT m.item_id, m.group_id, count(o.id) AS reports,
                                  count(DISTINCT CASE WHEN a.outlet IS NOT own.outlet THEN a.outlet END) AS outlets
                           FROM crossref_members m JOIN crossref_members o ON o.group_id = m.group_id
                           JOIN articles a ON a.id = o.article_id JOIN articles own ON own.id = m.article_id
                           WHERE m.kind = 'statement' AND m.article_id = ? GROUP BY m.item_id, m.group_id""",
                        (article_id,))
    return {r[0]: {"statement": r[1], "reports": r[2], "outlets": r[3]} for r in rows if r[2] > 1}


# -- events across articles --------------------------------------------------------------------------------
EVENT_JOIN = "JOIN events e ON e.article_id = m.article_id AND e.id = m.item_id"


def list_shared_events(db: Any, *, type: Optional[str] = None, since: Optional[str] = None,
                       until: Optional[str] = None, min_reports: int = 2, limit: int = 50,
                       offset: int = 0) -> list[dict]:
    conn = _conn(db)
    where, params = ([], []) if not type else (["e.type = ?"], [type.upper()])
    out = _groups(conn, "event", EVENT_JOIN, ", MIN(e.type) AS type", where, params, min_reports, since, until,
                  limit, offset)
    for g in out:
        g["first"] = _first(conn, g["id"], "a.id AS article_id, a.title, a.outlet, a.published, e.id AS event_id, "
                            "e.type, e.date, e.trigger_text", EVENT_JOIN)
    return out


def get_shared_event(db: Any, event_group_id: int) -> Optional[dict]:
    conn = _conn(db)
    rows = conn.execute(f"""SELECT a.id AS article_id, a.title, a.outlet, a.url, a.published, e.id AS event_id,
                                   e.type, e.mode, e.date, e.trigger_text, e.negated
                            FROM crossref_members m JOIN articles a ON a.id = m.article_id {EVENT_JOIN}
                            WHERE m.group_id = ? AND m.kind = 'event' ORDER BY {REPORT_ORDER}""", (event_group_id,))
    reports = [dict(r) for r in rows]
    for r in reports:
        r["actors"] = [dict(x) for x in conn.execute(
            "SELECT role, name, kb_id, country FROM event_actors WHERE article_id = ? AND event_id = ? ORDER BY rowid",
            (r["article_id"], r["event_id"]))]
    return {"id": event_group_id, "type": reports[0]["type"], "reports": reports} if reports else None
