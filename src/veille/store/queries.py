"""Read queries over the store: full-text search, actors, events, articles. SQL is always parameterised.

Every function takes a `Store` (or a bare sqlite3 connection) first and returns plain dicts, so the CLI, the
web app and exports share them. Snippets mark matched words with MARK_START/MARK_END (private-use characters:
they survive HTML escaping, then the caller swaps them for its own highlighting).
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Optional, Union

from veille.names import fold as fold_name
from veille.model import (Article, Boilerplate, Entity, Event, EventMention, Extraction, Mention, Quote,
                          TextSpan)

MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 24
# A query with more matches than this is ranked among its most recently stored matches only (see _fts_page).
MAX_RANKED_ROWS = 5_000

Db = Union["Store", sqlite3.Connection]  # noqa: F821


def _conn(db: Any) -> sqlite3.Connection:
    conn = getattr(db, "conn", db)
    conn.row_factory = sqlite3.Row
    return conn


def highlight(snippet: str, start: str, end: str) -> str:
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


# -- full-text search --------------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> Optional[str]:
    """User text → an FTS5 MATCH expression: every word must appear; "quoted phrases" stay phrases; a
    trailing * makes a prefix search. Never passes FTS5 syntax through, so any input is safe."""
    parts = []
    for m in re.finditer(r'"([^"]*)"|(\w+\*?)', text):
        if m.group(1) is not None:
            words = _WORD.findall(m.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            word = m.group(2)
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if word:
                parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def _fts_page(conn: sqlite3.Connection, fts: str, match: str, select: str, joined: str, where: list[str],
              params: list, cte: str, cte_params: list, limit: int, offset: int) -> list[sqlite3.Row]:
    """One page of ranked full-text hits.

    Ranking costs a few microseconds per match, so a query with more than MAX_RANKED_ROWS matches (words as
    common as "de la") is ranked among its MAX_RANKED_ROWS most recently stored matches, and its older matches
    follow, newest first (score NULL). Finding that window is a cheap walk of the match list by rowid."""
    where_sql = " AND ".join(where)
    base = f"{select} {joined} WHERE {where_sql}"
    args = [*cte_params, MARK_START, MARK_END, *params]
    row = conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                       (match, MAX_RANKED_ROWS - 1)).fetchone()
    if row is None:
        return conn.execute(f"{cte} {base} ORDER BY {fts}.rank LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    cutoff = row[0]
    if len(where) == 1:
        in_window = MAX_RANKED_ROWS
    else:
        in_window = conn.execute(f"{cte} SELECT count(*) {joined} WHERE {where_sql} AND {fts}.rowid >= ?",
                                 [*cte_params, *params, cutoff]).fetchone()[0]
    rows: list = []
    if offset < in_window:
        rows = conn.execute(f"{cte} {base} AND {fts}.rowid >= ? ORDER BY {fts}.rank LIMIT ? OFFSET ?",
                            [*args, cutoff, limit, offset]).fetchall()
    if len(rows) < limit:
        rows += conn.execute(f"{cte} {base.replace(f'{fts}.rank AS score', 'NULL AS score')} "
                             f"AND {fts}.rowid < ? ORDER BY {fts}.rowid DESC LIMIT ? OFFSET ?",
                             [*args, cutoff, limit - len(rows), max(0, offset - in_window)]).fetchall()
    return rows


def _date_at_least(column: str) -> str:
    # Partial dates ("2023", "2023-04") count as matching a bound inside them.
    return f"({column} >= ? OR substr(?, 1, length({column})) = {column})"


def _date_at_most(column: str) -> str:
    # ... and a partial bound ("2023-05") includes the whole period.
    return f"({column} <= ? OR substr(?, 1, length({column})) = {column} OR {column} LIKE ? || '%')"


def search_quotes(db: Db, query: str, *, speaker: Optional[str] = None, since: Optional[str] = None,
                  until: Optional[str] = None, outlet: Optional[str] = None, limit: int = 20,
                  offset: int = 0) -> list[dict]:
    """Quotes matching `query` (text or speaker name), best first (BM25), each with a snippet and its source."""
    match = fts_query(query)
    if not match:
        return []
    conn = _conn(db)
    where, params = ["quotes_fts MATCH ?"], [match]
    cte, cte_params = "", []
    if speaker:
        cte, cte_params = actor_cte(speaker)
        where.append("((q.article_id, q.speaker_id) IN (SELECT article_id, id FROM actor) "
                      "OR q.speaker_name LIKE ? ESCAPE '\\')")
        params.append("%" + _like_escape(speaker) + "%")
    _article_filters(where, params, since, until, outlet)
    select = f"""SELECT q.article_id, q.id AS quote_id, q.start, q."end", q.text, q.kind, q.speaker_id,
               q.speaker_name, q.speaker_kb_id, q.cue_text, q.channel, q.confidence,
               a.title, a.url, a.outlet, a.published,
               snippet(quotes_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet, quotes_fts.rank AS score"""
    joined = """FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id"""
    rows = _fts_page(conn, "quotes_fts", match, select, joined, where, params, cte, cte_params, limit, offset)
    out = [dict(r) for r in rows]
    _attach_via(conn, out)
    return out


def _article_filters(where: list, params: list, since: Optional[str], until: Optional[str],
                     outlet: Optional[str]) -> None:
    """The date and outlet conditions every article-level query shares (alias `a` for articles)."""
    if since:
        where.append(_date_at_least("a.published"))
        params += [since, since]
    if until:
        where.append(_date_at_most("a.published"))
        params += [until, until, until]
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)


def _attach_via(conn: sqlite3.Connection, quotes: list[dict]) -> None:
    for q in quotes:
        q["via"] = [r["name"] or r["entity_id"] for r in conn.execute(
            "SELECT entity_id, name FROM quote_sources WHERE article_id = ? AND quote_id = ?",
            (q["article_id"], q["quote_id"]))]


def search_articles(db: Db, query: str, *, since: Optional[str] = None, until: Optional[str] = None,
                    outlet: Optional[str] = None, limit: int = 20, offset: int = 0) -> list[dict]:
    match = fts_query(query)
    if not match:
        return []
    conn = _conn(db)
    where, params = ["articles_fts MATCH ?"], [match]
    _article_filters(where, params, since, until, outlet)
    select = f"""SELECT a.id AS article_id, a.title, a.url, a.outlet, a.published, a.source_path,
               snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) AS snippet, articles_fts.rank AS score"""
    joined = "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
    rows = _fts_page(conn, "articles_fts", match, select, joined, where, params, "", [], limit, offset)
    return [dict(r) for r in rows]


# -- actors ------------------------------------------------------------------------------------------------
def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def country_code(value: str) -> Optional[str]:
    """ISO alpha-3 code for an alpha-3 or alpha-2 code written in capitals ("RUS", "FR"), else None."""
    if not re.fullmatch(r"[A-Z]{2,3}", value):
        return None
    if len(value) == 3:
        return value
    try:
        import pycountry
        c = pycountry.countries.get(alpha_2=value)
        return c.alpha_3 if c else None
    except ImportError:  # pragma: no cover
        return None


def actor_cte(actor: str) -> tuple[str, list]:
    """A `WITH actor(article_id, id)` clause: the entities an actor designates.

    An actor is a kb_id, a name or alias (case-insensitive), or a country code (all actors of that country).
    A name that matches an entity linked to the knowledge base brings in every entity with the same kb_id."""
    code = country_code(actor)
    # Separate indexed lookups (kb_id, country, folded names), not one OR that would scan every entity.
    sql = """WITH direct AS (
            SELECT e.article_id, e.id, e.kb_id FROM entities e WHERE e.kb_id = ?
            UNION SELECT e.article_id, e.id, e.kb_id FROM entities e WHERE e.country = ?
            UNION SELECT e.article_id, e.id, e.kb_id FROM entity_names n
                  JOIN entities e ON e.article_id = n.article_id AND e.id = n.entity_id WHERE n.name = ?),
        actor AS (
            SELECT article_id, id FROM direct
            UNION SELECT e.article_id, e.id FROM entities e
            WHERE e.kb_id IN (SELECT kb_id FROM direct WHERE kb_id IS NOT NULL))"""
    return sql, [actor, code or "\x00", fold_name(actor)]


def find_actors(db: Db, actor: str) -> list[dict]:
    """The distinct actors `actor` designates: grouped by kb_id (else by name), with names, aliases, roles."""
    conn = _conn(db)
    cte, params = actor_cte(actor)
    rows = conn.execute(f"""{cte}
        SELECT e.*, a.published FROM entities e JOIN actor USING (article_id, id)
        JOIN articles a ON a.id = e.article_id""", params).fetchall()
    groups: dict[str, dict] = {}
    for r in rows:
        gk = r["kb_id"] or "name:" + r["name"].casefold()
        g = groups.setdefault(gk, {"kb_id": r["kb_id"], "name": r["name"], "names": {}, "aliases": set(),
                                   "types": set(), "countries": set(), "sectors": set(), "roles": {},
                                   "articles": set()})
        g["names"][r["name"]] = g["names"].get(r["name"], 0) + 1
        g["aliases"].update(json.loads(r["aliases"] or "[]"))
        for k, v in (("types", r["type"]), ("countries", r["country"]), ("sectors", r["sector"])):
            if v:
                g[k].add(v)
        if r["role"]:
            first = g["roles"].get(r["role"])
            g["roles"][r["role"]] = min(first, r["published"]) if first and r["published"] else (first or r["published"])
        g["articles"].add(r["article_id"])
    out = []
    for g in groups.values():
        names = sorted(g["names"], key=lambda n: (-g["names"][n], n))
        out.append({"kb_id": g["kb_id"], "name": names[0], "names": names,
                    "aliases": sorted(g["aliases"] - {names[0]}), "types": sorted(g["types"]),
                    "countries": sorted(g["countries"]), "sectors": sorted(g["sectors"]),
                    "roles": [{"role": k, "first_seen": v} for k, v in sorted(g["roles"].items())],
                    "articles": len(g["articles"])})
    out.sort(key=lambda g: (-g["articles"], g["name"]))
    return out


def actor_summary(db: Db, actor: str, *, limit: int = 50) -> dict:
    """Who `actor` is (names, aliases, roles), how often they appear, and a timeline of quotes and events."""
    conn = _conn(db)
    cte, params = actor_cte(actor)
    count = lambda sql: conn.execute(f"{cte} {sql}", params).fetchone()[0]  # noqa: E731
    counts = {
        "entities": count("SELECT count(*) FROM actor"),
        "articles": count("SELECT count(DISTINCT article_id) FROM actor"),
        "mentions": count("SELECT count(*) FROM mentions m JOIN actor ON m.article_id = actor.article_id "
                          "AND m.entity_id = actor.id"),
        "quotes": count("SELECT count(*) FROM quotes q JOIN actor ON q.article_id = actor.article_id "
                        "AND q.speaker_id = actor.id"),
        "events_as_source": count("SELECT count(DISTINCT ea.article_id || ' ' || ea.event_id) FROM event_actors ea "
                                  "JOIN actor ON ea.article_id = actor.article_id AND ea.entity_id = actor.id "
                                  "WHERE ea.role = 'source'"),
        "events_as_target": count("SELECT count(DISTINCT ea.article_id || ' ' || ea.event_id) FROM event_actors ea "
                                  "JOIN actor ON ea.article_id = actor.article_id AND ea.entity_id = actor.id "
                                  "WHERE ea.role = 'target'"),
    }
    quotes = [dict(r) for r in conn.execute(f"""{cte}
        SELECT 'quote' AS kind, a.published AS date, q.article_id, q.id AS quote_id, q.text, q.speaker_name,
               q.kind AS quote_kind, a.title, a.url, a.outlet
        FROM quotes q JOIN actor ON q.article_id = actor.article_id AND q.speaker_id = actor.id
        JOIN articles a ON a.id = q.article_id
        ORDER BY a.published DESC, q.article_id, q.start LIMIT ?""", [*params, limit])]
    events = list_events(conn, actor=actor, limit=limit, newest_first=True)
    for e in events:
        e["kind"] = "event"
    timeline = sorted(quotes + events, key=lambda x: x.get("date") or x.get("published") or "", reverse=True)
    return {"query": actor, "actors": find_actors(conn, actor), "counts": counts, "timeline": timeline[:limit]}


# -- events ------------------------------------------------------------------------------------------------
def list_events(db: Db, *, actor: Optional[str] = None, type: Optional[str] = None, since: Optional[str] = None,
                until: Optional[str] = None, mode: Optional[str] = None, role: Optional[str] = None,
                article_id: Optional[str] = None, include_negated: bool = True, limit: int = 100,
                offset: int = 0, newest_first: bool = False) -> list[dict]:
    """Events, dated by their own date else their article's, each with its source and target actors.

    `actor` is a name, kb_id or country code; `role` ('source'|'target') restricts which side it is on."""
    conn = _conn(db)
    cte, params = ("", [])
    where: list[str] = []
    if actor:
        cte, params = actor_cte(actor)
        # The actor's events are collected once, then matched by primary key.
        clause = ("(ev.article_id, ev.id) IN (SELECT ea.article_id, ea.event_id FROM actor JOIN event_actors ea "
                  "ON ea.article_id = actor.article_id AND ea.entity_id = actor.id")
        if role:
            clause += " WHERE ea.role = ?"
            params.append(role)
        where.append(clause + ")")
    if type:
        where.append("ev.type = ?")
        params.append(type.upper())
    if mode:
        where.append("ev.mode = ?")
        params.append(mode)
    if since:
        where.append(_date_at_least("coalesce(ev.date, a.published)"))
        params += [since, since]
    if until:
        where.append(_date_at_most("coalesce(ev.date, a.published)"))
        params += [until, until, until]
    if article_id:
        where.append("ev.article_id = ?")
        params.append(article_id)
    if not include_negated:
        where.append("ev.negated = 0 AND ev.hypothetical = 0")
    order = "DESC" if newest_first else "ASC"
    sql = f"""{cte}
        SELECT ev.*, coalesce(ev.date, a.published) AS effective_date, a.title, a.url, a.outlet, a.published
        FROM events ev JOIN articles a ON a.id = ev.article_id
        {('WHERE ' + ' AND '.join(where)) if where else ''}
        ORDER BY effective_date IS NULL, effective_date {order}, ev.article_id, ev.trigger_start
        LIMIT ? OFFSET ?"""
    out = []
    for r in conn.execute(sql, [*params, limit, offset]).fetchall():
        e = dict(r)
        e["event_date"] = e["date"]           # the event's own date, or None
        e["date"] = e.pop("effective_date")   # else its article's
        e["attributed_to"] = json.loads(e["attributed_to"] or "[]")
        e["mentions"] = json.loads(e["mentions"] or "[]")
        e["negated"], e["hypothetical"] = bool(e["negated"]), bool(e["hypothetical"])
        actors = conn.execute("SELECT entity_id, role, name, kb_id, country FROM event_actors "
                              "WHERE article_id = ? AND event_id = ?", (e["article_id"], e["id"])).fetchall()
        e["source"] = [dict(a) for a in actors if a["role"] == "source"]
        e["target"] = [dict(a) for a in actors if a["role"] == "target"]
        out.append(e)
    return out


# -- articles ----------------------------------------------------------------------------------------------
def list_articles(db: Db, *, since: Optional[str] = None, until: Optional[str] = None,
                  outlet: Optional[str] = None, limit: int = 50, offset: int = 0) -> list[dict]:
    conn = _conn(db)
    where, params = [], []
    _article_filters(where, params, since, until, outlet)
    sql = f"""SELECT a.id, a.key, a.url, a.source_path, a.outlet, a.title, a.published, a.language,
              a.pipeline_version, a.ingested_at,
              (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
              (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS events
        FROM articles a {('WHERE ' + ' AND '.join(where)) if where else ''}
        ORDER BY a.published DESC, a.ingested_at DESC LIMIT ? OFFSET ?"""
    return [dict(r) for r in conn.execute(sql, [*params, limit, offset])]


def get_article(db: Db, article_id: str) -> Optional[dict]:
    """An article's row (text included) with its record counts, or None."""
    conn = _conn(db)
    r = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if r is None:
        return None
    d = dict(r)
    d["authors"] = json.loads(d["authors"] or "[]")
    for t in ("entities", "quotes", "events", "boilerplate"):
        d[f"n_{t}"] = conn.execute(f"SELECT count(*) FROM {t} WHERE article_id = ?", (article_id,)).fetchone()[0]
    return d


def _span(start, end, text) -> Optional[TextSpan]:
    return TextSpan(start, end, text) if start is not None else None


def get_extraction(db: Db, article_id: str) -> Optional[Extraction]:
    """The stored records of one article, rebuilt as the Extraction that was written."""
    conn = _conn(db)
    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    art = Article(text=a["text"], title=a["title"], published=a["published"], url=a["url"], outlet=a["outlet"],
                  authors=json.loads(a["authors"] or "[]"), language=a["language"], source_path=a["source_path"],
                  external_id=a["external_id"], body_start=a["body_start"] or 0)
    ents: dict[str, Entity] = {}
    for r in conn.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY rowid", (article_id,)):
        ents[r["id"]] = Entity(id=r["id"], name=r["name"], type=r["type"], kb_id=r["kb_id"], country=r["country"],
                               sector=r["sector"], role=r["role"], aliases=json.loads(r["aliases"] or "[]"))
    for r in conn.execute('SELECT * FROM mentions WHERE article_id = ? ORDER BY rowid', (article_id,)):
        if r["entity_id"] in ents:
            ents[r["entity_id"]].mentions.append(Mention(r["start"], r["end"], r["text"]))
    via: dict[str, list[str]] = {}
    for r in conn.execute("SELECT * FROM quote_sources WHERE article_id = ? ORDER BY rowid", (article_id,)):
        via.setdefault(r["quote_id"], []).append(r["entity_id"])
    quotes = [Quote(id=r["id"], start=r["start"], end=r["end"], text=r["text"], kind=r["kind"],
                    speaker=r["speaker_id"],
                    speaker_mention=_span(r["speaker_mention_start"], r["speaker_mention_end"],
                                          r["speaker_mention_text"]),
                    cue=_span(r["cue_start"], r["cue_end"], r["cue_text"]), via=via.get(r["id"], []),
                    channel=r["channel"], confidence=r["confidence"] or 0.0)
              for r in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY rowid", (article_id,))]
    sides: dict[tuple[str, str], list[str]] = {}
    for r in conn.execute("SELECT * FROM event_actors WHERE article_id = ? ORDER BY rowid", (article_id,)):
        sides.setdefault((r["event_id"], r["role"]), []).append(r["entity_id"])
    events = []
    for r in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,)):
        mentions = [EventMention(TextSpan(**m["trigger"]), TextSpan(**m["sentence"]))
                    for m in json.loads(r["mentions"] or "[]")]
        events.append(Event(
            id=r["id"], type=r["type"], mode=r["mode"], date=r["date"], date_text=r["date_text"],
            trigger=_span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
            sentence=_span(r["sentence_start"], r["sentence_end"],
                           art.text[r["sentence_start"]:r["sentence_end"]] if r["sentence_start"] is not None
                           else None),
            source=sides.get((r["id"], "source"), []), target=sides.get((r["id"], "target"), []),
            quote=r["quote_id"], attributed_to=json.loads(r["attributed_to"] or "[]"),
            negated=bool(r["negated"]), hypothetical=bool(r["hypothetical"]), confidence=r["confidence"] or 0.0,
            mentions=mentions))
    bps = [Boilerplate(r["start"], r["end"], r["text"], r["reason"])
           for r in conn.execute("SELECT * FROM boilerplate WHERE article_id = ? ORDER BY rowid", (article_id,))]
    return Extraction(article=art, language=a["language"] or "fr", entities=list(ents.values()), quotes=quotes,
                      events=events, boilerplate=bps, pipeline_version=a["pipeline_version"] or "")


def corpus_stats(db: Db) -> dict:
    conn = _conn(db)
    from veille.store.writer import TABLES
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    out["pipeline_versions"] = {r[0] or "": r[1] for r in conn.execute(
        "SELECT pipeline_version, count(*) FROM articles GROUP BY pipeline_version")}
    return out
