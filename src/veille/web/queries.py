"""Read queries of the reading room, against the fixed store schema (store/migrations), on read-only connections.

Every query is parameterised; user text reaches FTS5 only through `fts_query`, which quotes each term.
An *actor* is the set of per-article entities sharing a knowledge-base id, or, for entities without one, a
name (case-insensitive): `actor_key` is the kb id when there is one, else the name; pages link with it.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Optional

# PLOVER quad categories (PLOVER manual, "Quad category" of each type): verbal and material co-operation versus
# verbal and material conflict. The network colours its edges with this split.
COOPERATION_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT"})

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Snippet markers: control characters that article text practically never holds; render.snippet_html copes
# with them anyway.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def polarity(event_type: str) -> str:
    return "cooperation" if event_type in COOPERATION_TYPES else "conflict" if event_type in CONFLICT_TYPES \
        else "other"


def connect_readonly(db_path: str | Path) -> sqlite3.Connection:
    """A read-only connection: the reading room cannot write the store, whatever a handler does."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA query_only = 1")
    # Pages jump between articles: read through the OS page cache (mmap) and keep a larger private cache.
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA cache_size = -32768")
    return conn


def fts_query(text: str) -> Optional[str]:
    """User words → an FTS5 expression of quoted terms (implicit AND); "a phrase" stays a phrase; a trailing * is
    a prefix search. Returns None when nothing searchable is left. No FTS5 syntax of the user reaches SQLite."""
    terms = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', text or ""):
        term = m.group(1) if m.group(1) is not None else m.group(2)
        prefix = term.endswith("*") and m.group(2) is not None
        term = term.rstrip("*") if prefix else term
        if not re.search(r"\w", term):
            continue
        terms.append('"' + term.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) if terms else None


def _loads(value: Optional[str]) -> list:
    try:
        out = json.loads(value) if value else []
    except ValueError:
        return []
    return out if isinstance(out, list) else []


def actor_key(kb_id: Optional[str], name: Optional[str]) -> Optional[str]:
    return kb_id or name


# ---------------------------------------------------------------------------------------------------- overview

def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            for table in ("articles", "quotes", "events", "entities")}


def recent_articles(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> list[dict]:
    rows = conn.execute(
        """SELECT id, title, outlet, published, url, ingested_at,
                  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes,
                  (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events
           FROM articles a ORDER BY published DESC, ingested_at DESC LIMIT ? OFFSET ?""",
        (limit, offset)).fetchall()
    return [dict(r) for r in rows]


def outlets(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet LIMIT 500")]


# ----------------------------------------------------------------------------------------------------- article

def get_article(conn: sqlite3.Connection, article_id: str) -> Optional[dict[str, Any]]:
    """One article with all its records, in the shape of the output contract (plus `text`)."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    art = dict(row)
    art["authors"] = _loads(art.get("authors"))
    aid = art["id"]
    mentions: dict[str, list] = defaultdict(list)
    for m in conn.execute('SELECT entity_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start',
                          (aid,)):
        mentions[m["entity_id"]].append({"start": m["start"], "end": m["end"], "text": m["text"]})
    entities = []
    for e in conn.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY id", (aid,)):
        d = dict(e)
        d.pop("article_id", None)
        d["aliases"] = _loads(d.get("aliases"))
        d["mentions"] = mentions.get(d["id"], [])
        entities.append(d)
    via: dict[str, list] = defaultdict(list)
    for s in conn.execute("SELECT quote_id, entity_id, name FROM quote_sources WHERE article_id = ?", (aid,)):
        via[s["quote_id"]].append({"id": s["entity_id"], "name": s["name"]})
    quotes = []
    for q in conn.execute('SELECT * FROM quotes WHERE article_id = ? ORDER BY start', (aid,)):
        quotes.append({
            "id": q["id"], "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
            "speaker": q["speaker_id"], "speaker_name": q["speaker_name"], "speaker_kb_id": q["speaker_kb_id"],
            "speaker_mention": _span(q, "speaker_mention"), "cue": _span(q, "cue"),
            "via": [v["id"] for v in via.get(q["id"], [])], "via_names": [v["name"] for v in via.get(q["id"], [])],
            "channel": q["channel"], "confidence": q["confidence"],
        })
    actors: dict[str, dict[str, list]] = defaultdict(lambda: {"source": [], "target": []})
    for a in conn.execute("SELECT event_id, entity_id, role, name, kb_id, country FROM event_actors "
                          "WHERE article_id = ? ORDER BY rowid", (aid,)):
        actors[a["event_id"]][a["role"]].append({"id": a["entity_id"], "name": a["name"], "kb_id": a["kb_id"],
                                                 "country": a["country"]})
    events = []
    for v in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY sentence_start, trigger_start",
                          (aid,)):
        act = actors.get(v["id"], {"source": [], "target": []})
        events.append({
            "id": v["id"], "type": v["type"], "mode": v["mode"],
            "source": [a["id"] for a in act["source"]], "target": [a["id"] for a in act["target"]],
            "source_actors": act["source"], "target_actors": act["target"],
            "date": v["date"], "date_text": v["date_text"],
            "trigger": {"start": v["trigger_start"], "end": v["trigger_end"], "text": v["trigger_text"]},
            "sentence": {"start": v["sentence_start"], "end": v["sentence_end"]},
            "quote": v["quote_id"], "attributed_to": _loads(v["attributed_to"]),
            "negated": bool(v["negated"]), "hypothetical": bool(v["hypothetical"]),
            "confidence": v["confidence"], "mentions": _loads(v["mentions"]),
        })
    boilerplate = [dict(b) for b in conn.execute(
        'SELECT start, "end", text, reason FROM boilerplate WHERE article_id = ? ORDER BY start', (aid,))]
    art.update(text_sha256=aid, entities=entities, quotes=quotes, events=events, boilerplate=boilerplate)
    return art


def _span(row: sqlite3.Row, prefix: str) -> Optional[dict]:
    if row[f"{prefix}_start"] is None:
        return None
    return {"start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"], "text": row[f"{prefix}_text"]}


# ------------------------------------------------------------------------------------------------------- actor

def _resolve_actor(conn: sqlite3.Connection, key: str) -> tuple[list[str], list[str]]:
    """The kb ids and the names (for entities without kb id) that make up the actor `key`."""
    kb_ids = sorted({r[0] for r in conn.execute("SELECT DISTINCT kb_id FROM entities WHERE kb_id = ?", (key,))})
    if not kb_ids:
        kb_ids = sorted({r[0] for r in conn.execute(
            "SELECT DISTINCT kb_id FROM entities WHERE name = ? COLLATE NOCASE AND kb_id IS NOT NULL LIMIT 20",
            (key,))})
    names = {key}
    if kb_ids:
        # Entities left unlinked elsewhere but named like this actor are this actor too.
        names |= {r[0] for r in conn.execute(
            f"SELECT DISTINCT name FROM entities WHERE kb_id IN ({','.join('?' * len(kb_ids))}) LIMIT 20",
            kb_ids)}
    return kb_ids, sorted(names)


def _actor_filter(conn: sqlite3.Connection, key: str, table_alias: str = "",
                  kb_col: str = "kb_id", name_col: str = "name", country_col: Optional[str] = None,
                  resolved: Optional[tuple[list[str], list[str]]] = None) -> tuple[str, list]:
    """SQL condition (and its parameters) selecting the rows of one actor, given its key (kb id or name).

    With `country_col`, an ISO alpha-3 code that names no entity ("RUS") selects every actor of that country.
    `resolved` is `_resolve_actor(conn, key)` when the caller already has it."""
    p = f"{table_alias}." if table_alias else ""
    if country_col and re.fullmatch(r"[A-Z]{3}", key) and not conn.execute(
            "SELECT 1 FROM entities WHERE kb_id = ? OR name = ? LIMIT 1", (key, key)).fetchone():
        return f"{p}{country_col} = ?", [key]
    kb_ids, names = resolved or _resolve_actor(conn, key)
    clauses, params = [], []
    if kb_ids:
        clauses.append(f"{p}{kb_col} IN ({','.join('?' * len(kb_ids))})")
        params.extend(kb_ids)
    for name in names:
        clauses.append(f"({p}{kb_col} IS NULL AND {p}{name_col} = ? COLLATE NOCASE)")
        params.append(name)
    return "(" + " OR ".join(clauses) + ")", params


def actor_summary(conn: sqlite3.Connection, key: str, limit: int = 100) -> Optional[dict[str, Any]]:
    """Names, aliases, roles over time, quotes, events and counts of one actor; None when unknown."""
    resolved = _resolve_actor(conn, key)
    cond, params = _actor_filter(conn, key, "e", resolved=resolved)
    # Aggregated in SQL: a much-cited actor has thousands of entity rows.
    names = Counter({r[0]: r[1] for r in conn.execute(
        f"SELECT e.name, count(*) FROM entities e WHERE {cond} GROUP BY e.name", params)})
    if not names:
        return None
    name = names.most_common(1)[0][0]
    aliases: set[str] = set()
    for (value,) in conn.execute(f"SELECT DISTINCT e.aliases FROM entities e WHERE {cond} LIMIT 200", params):
        aliases.update(x for x in _loads(value) if isinstance(x, str))
    aliases -= {name}
    roles = [{"role": r[0], "first": r[1], "last": r[2], "articles": r[3]} for r in conn.execute(
        f"""SELECT e.role, min(a.published), max(a.published), count(DISTINCT e.article_id)
            FROM entities e JOIN articles a ON a.id = e.article_id WHERE {cond} AND e.role IS NOT NULL
            GROUP BY e.role""", params)]
    kb_ids = [r[0] for r in conn.execute(
        f"SELECT DISTINCT e.kb_id FROM entities e WHERE {cond} AND e.kb_id IS NOT NULL ORDER BY 1", params)]
    n_articles = conn.execute(f"SELECT count(DISTINCT e.article_id) FROM entities e WHERE {cond}",
                              params).fetchone()[0]

    def common(col: str) -> Optional[str]:
        row = conn.execute(f"SELECT e.{col} FROM entities e WHERE {cond} AND e.{col} IS NOT NULL "
                           f"GROUP BY e.{col} ORDER BY count(*) DESC LIMIT 1", params).fetchone()
        return row[0] if row else None

    qcond, qparams = _actor_filter(conn, key, "q", "speaker_kb_id", "speaker_name", resolved=resolved)
    quotes = [dict(r) for r in conn.execute(
        f"""SELECT q.article_id, q.id, q.text, q.kind, q.channel, q.confidence, q.cue_text, q.speaker_name,
                   a.title, a.published, a.outlet
            FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {qcond}
            ORDER BY a.published DESC, q.article_id, q.start LIMIT ?""", qparams + [limit])]
    n_quotes = conn.execute(f"SELECT count(*) FROM quotes q WHERE {qcond}", qparams).fetchone()[0]
    events = list_events(conn, actor=key, limit=limit, resolved=resolved)
    xcond, xparams = _actor_filter(conn, key, "x", resolved=resolved)
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"source": 0, "target": 0})
    for t, role, n in conn.execute(
            f"""SELECT e.type, x.role, count(DISTINCT x.article_id || ' ' || x.event_id) FROM event_actors x
                JOIN events e ON e.article_id = x.article_id AND e.id = x.event_id
                WHERE {xcond} GROUP BY e.type, x.role""", xparams):
        by_type[t][role] = n
    n_events = conn.execute(f"SELECT count(DISTINCT x.article_id || ' ' || x.event_id) FROM event_actors x "
                            f"WHERE {xcond}", xparams).fetchone()[0]
    counterparts = [{"key": k, "name": n, "events": c} for k, n, c in conn.execute(
        f"""SELECT coalesce(o.kb_id, o.name) AS k, max(o.name), count(DISTINCT o.article_id || ' ' || o.event_id) AS c
            FROM event_actors x JOIN event_actors o ON o.article_id = x.article_id AND o.event_id = x.event_id
            AND o.role != x.role WHERE {xcond} AND k IS NOT NULL AND k != ?
            GROUP BY k ORDER BY c DESC, k LIMIT 30""", xparams + [key]) if n not in names]
    return {
        "key": key, "name": name, "kb_ids": kb_ids, "type": common("type"), "country": common("country"),
        "sector": common("sector"), "names": [{"name": n, "articles": c} for n, c in names.most_common()],
        "aliases": sorted(aliases), "articles": n_articles,
        "roles": sorted(roles, key=lambda d: (d["first"] or "", d["role"])),
        "quotes": quotes, "n_quotes": n_quotes, "events": events, "n_events": n_events,
        "event_types": [{"type": t, **c, "polarity": polarity(t)} for t, c in
                        sorted(by_type.items(), key=lambda kv: -(kv[1]["source"] + kv[1]["target"]))],
        "counterparts": counterparts,
    }


# ------------------------------------------------------------------------------------------------------ events

def _date_clause(col: str, since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    clauses, params = [], []
    if since:
        # A partial date ("2023", "2023-04") counts as on or after a bound inside it.
        clauses.append(f"({col} >= ? OR substr(?, 1, length({col})) = {col})")
        params.extend([since, since])
    if until:
        # "2023-04" as an upper bound includes every day of April 2023.
        clauses.append(f"substr({col}, 1, ?) <= ?")
        params.extend([len(until), until])
    return " AND ".join(clauses), params


def list_events(conn: sqlite3.Connection, actor: Optional[str] = None, type: Optional[str] = None,
                since: Optional[str] = None, until: Optional[str] = None, outlet: Optional[str] = None,
                role: Optional[str] = None, mode: Optional[str] = None,
                limit: int = 100, offset: int = 0,
                resolved: Optional[tuple[list[str], list[str]]] = None) -> list[dict[str, Any]]:
    """Events newest first (event date, else the article's publication date), with their actors.

    `actor` is a kb id, a name or a country code; `role` ('source'|'target') says on which side it must be."""
    where, params = [], []
    actor_roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    if actor:
        cond, p = _actor_filter(conn, actor, "x", country_col=None if resolved else "country", resolved=resolved)
        if role in ("source", "target"):
            cond, p = f"({cond} AND x.role = ?)", p + [role]
        # Driven by the actor's (indexed) event_actors rows, not by a scan of every event.
        where.append(f"(e.article_id, e.id) IN (SELECT x.article_id, x.event_id FROM event_actors x WHERE {cond})")
        params += p
        for r in conn.execute(f"SELECT x.article_id, x.event_id, x.role FROM event_actors x WHERE {cond}", p):
            if r[2] not in actor_roles[(r[0], r[1])]:
                actor_roles[(r[0], r[1])].append(r[2])
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if mode:
        where.append("e.mode = ? COLLATE NOCASE")
        params.append(mode)
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    clause, p = _date_clause("coalesce(e.date, a.published)", since, until)
    if clause:
        where.append(clause)
        params += p
    sql = f"""SELECT e.article_id, e.id, e.type, e.mode, e.date, e.date_text, e.trigger_text, e.quote_id,
                     e.negated, e.hypothetical, e.confidence, e.attributed_to,
                     a.title, a.published, a.outlet, coalesce(e.date, a.published) AS when_
              FROM events e JOIN articles a ON a.id = e.article_id
              {'WHERE ' + ' AND '.join(where) if where else ''}
              ORDER BY when_ DESC, e.article_id, e.trigger_start LIMIT ? OFFSET ?"""
    rows = conn.execute(sql, params + [limit, offset]).fetchall()
    actors: dict[tuple[str, str], list] = defaultdict(list)
    article_ids = sorted({v["article_id"] for v in rows})
    for chunk in range(0, len(article_ids), 500):
        ids = article_ids[chunk:chunk + 500]
        for a in conn.execute(
                "SELECT article_id, event_id, entity_id, role, name, kb_id, country FROM event_actors "
                f"WHERE article_id IN ({','.join('?' * len(ids))}) ORDER BY rowid", ids):
            actors[(a["article_id"], a["event_id"])].append(a)
    out = []
    for v in rows:
        acts = actors.get((v["article_id"], v["id"]), [])
        out.append({
            "article_id": v["article_id"], "id": v["id"], "type": v["type"], "mode": v["mode"],
            "polarity": polarity(v["type"]), "date": v["date"], "date_text": v["date_text"], "when": v["when_"],
            "trigger_text": v["trigger_text"], "quote": v["quote_id"], "negated": bool(v["negated"]),
            "hypothetical": bool(v["hypothetical"]), "confidence": v["confidence"],
            "attributed_to": _loads(v["attributed_to"]),
            "source": [_actor_row(a) for a in acts if a["role"] == "source"],
            "target": [_actor_row(a) for a in acts if a["role"] == "target"],
            "roles_of_actor": actor_roles.get((v["article_id"], v["id"]), []),
            "article": {"title": v["title"], "published": v["published"], "outlet": v["outlet"]},
        })
    return out


def _actor_row(a: sqlite3.Row) -> dict:
    return {"id": a["entity_id"], "name": a["name"], "kb_id": a["kb_id"], "country": a["country"],
            "key": actor_key(a["kb_id"], a["name"])}


# ------------------------------------------------------------------------------------------------------ search

# BM25 ranking costs time in proportion to the number of matches; past this many, a word is so common that
# relevance says little, and results come newest-stored first instead (cheap: FTS5 walks rowids backwards).
RANK_MAX_MATCHES = 2000


def _fts_order(conn: sqlite3.Connection, table: str, match: str) -> str:
    n = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
                     (match, RANK_MAX_MATCHES + 1)).fetchone()[0]
    return "rank" if n <= RANK_MAX_MATCHES else f"{table}.rowid DESC"

def search_quotes(conn: sqlite3.Connection, q: Optional[str] = None, speaker: Optional[str] = None,
                  event_type: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                  outlet: Optional[str] = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes matching words (FTS5 over quote text and speaker name) and filters; best match first, or newest
    first without words. `event_type` keeps quotes from articles that report an event of that type."""
    where, params = [], []
    match = fts_query(q) if q else None
    if speaker:
        cond, p = _actor_filter(conn, speaker, "qq", "speaker_kb_id", "speaker_name")
        where.append(cond)
        params += p
    if event_type:
        where.append("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = qq.article_id AND ev.type = ?)")
        params.append(event_type.upper())
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    clause, p = _date_clause("a.published", since, until)
    if clause:
        where.append(clause)
        params += p
    cols = """qq.article_id, qq.id, qq.text, qq.kind, qq.speaker_name, qq.speaker_kb_id, qq.cue_text, qq.channel,
              qq.confidence, a.title, a.published, a.outlet"""
    if match and speaker:
        # One speaker's quotes are few: start from them (indexed) and keep those the words match, newest first.
        sql = f"""SELECT {cols}, qq.rowid AS rowid_ FROM quotes qq JOIN articles a ON a.id = qq.article_id
                  WHERE {' AND '.join(where)}
                  AND qq.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)
                  ORDER BY a.published DESC, qq.article_id, qq.start LIMIT ? OFFSET ?"""
        rows = [dict(r) for r in conn.execute(sql, params + [match, limit, offset])]
        if rows:
            ids = [r["rowid_"] for r in rows]
            snippets = dict(conn.execute(
                f"""SELECT rowid, snippet(quotes_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) FROM quotes_fts
                    WHERE quotes_fts MATCH ? AND rowid IN ({','.join('?' * len(ids))})""", [match] + ids))
            for r in rows:
                r["snippet"] = snippets.get(r.pop("rowid_"))
        return [{**r, "speaker_key": actor_key(r["speaker_kb_id"], r["speaker_name"])} for r in rows]
    if match:
        sql = f"""SELECT {cols}, snippet(quotes_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) AS snippet
                  FROM quotes_fts JOIN quotes qq ON qq.rowid = quotes_fts.rowid
                  JOIN articles a ON a.id = qq.article_id
                  WHERE quotes_fts MATCH ? {''.join(' AND ' + w for w in where)}
                  ORDER BY {_fts_order(conn, "quotes_fts", match)} LIMIT ? OFFSET ?"""
        params = [match] + params
    elif q:
        return []
    else:
        sql = f"""SELECT {cols}, NULL AS snippet FROM quotes qq JOIN articles a ON a.id = qq.article_id
                  {'WHERE ' + ' AND '.join(where) if where else ''}
                  ORDER BY a.published DESC, qq.article_id, qq.start LIMIT ? OFFSET ?"""
    rows = conn.execute(sql, params + [limit, offset]).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["speaker_key"] = actor_key(d["speaker_kb_id"], d["speaker_name"])
        out.append(d)
    return out


def search_articles(conn: sqlite3.Connection, q: Optional[str] = None, speaker: Optional[str] = None,
                    event_type: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                    outlet: Optional[str] = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching words (FTS5 over title and text) and filters, with a snippet of the text."""
    where, params = [], []
    match = fts_query(q) if q else None
    if speaker:
        cond, p = _actor_filter(conn, speaker, "qq", "speaker_kb_id", "speaker_name")
        where.append(f"EXISTS (SELECT 1 FROM quotes qq WHERE qq.article_id = a.id AND {cond})")
        params += p
    if event_type:
        where.append("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = ?)")
        params.append(event_type.upper())
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    clause, p = _date_clause("a.published", since, until)
    if clause:
        where.append(clause)
        params += p
    cols = "a.id, a.title, a.outlet, a.published, a.url"
    if match:
        sql = f"""SELECT {cols}, snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 32) AS snippet
                  FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                  WHERE articles_fts MATCH ? {''.join(' AND ' + w for w in where)}
                  ORDER BY {_fts_order(conn, "articles_fts", match)} LIMIT ? OFFSET ?"""
        params = [match] + params
    elif q:
        return []
    else:
        sql = f"""SELECT {cols}, substr(a.text, 1, 240) AS snippet FROM articles a
                  {'WHERE ' + ' AND '.join(where) if where else ''}
                  ORDER BY a.published DESC LIMIT ? OFFSET ?"""
    return [dict(r) for r in conn.execute(sql, params + [limit, offset]).fetchall()]


# ----------------------------------------------------------------------------------------------------- network

def network(conn: sqlite3.Connection, since: Optional[str] = None, until: Optional[str] = None,
            type: Optional[str] = None, max_edges: int = 300) -> dict[str, list]:
    """Actors as nodes, (source, target, type) event counts as edges, strongest edges first."""
    where, params = ["e.negated = 0"], []
    clause, p = _date_clause("coalesce(e.date, a.published)", since, until)
    if clause:
        where.append(clause)
        params += p
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    rows = conn.execute(
        f"""SELECT coalesce(s.kb_id, s.name) AS s_key, max(s.name) AS s_name, max(s.kb_id) AS s_kb,
                   coalesce(t.kb_id, t.name) AS t_key, max(t.name) AS t_name, max(t.kb_id) AS t_kb,
                   e.type AS type, count(*) AS n
            FROM events e {"JOIN articles a ON a.id = e.article_id" if clause else ""}
            JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id AND s.role = 'source'
            JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id AND t.role = 'target'
            WHERE {' AND '.join(where)}
            GROUP BY s_key, t_key, e.type HAVING s_key IS NOT NULL AND t_key IS NOT NULL
            ORDER BY n DESC LIMIT ?""", params + [max_edges * 2]).fetchall()
    # An entity without kb id whose name is, elsewhere, linked to exactly one kb id is that actor.
    linked: dict[str, str] = {}
    for name in {r["s_key"] for r in rows if not r["s_kb"]} | {r["t_key"] for r in rows if not r["t_kb"]}:
        kb = [k for (k,) in conn.execute("SELECT DISTINCT kb_id FROM entities WHERE name = ? COLLATE NOCASE "
                                         "AND kb_id IS NOT NULL LIMIT 2", (name,))]
        if len(kb) == 1:
            linked[name] = kb[0]
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    for r in rows:
        s_key, t_key = linked.get(r["s_key"], r["s_key"]), linked.get(r["t_key"], r["t_key"])
        if s_key == t_key:
            continue
        for k, n in ((s_key, r["s_name"]), (t_key, r["t_name"])):
            node = nodes.setdefault(k, {"id": k, "label": n or k, "events": 0})
            node["events"] += r["n"]
        edge = edges.setdefault((s_key, t_key, r["type"]), {
            "id": f"{s_key}|{t_key}|{r['type']}", "source": s_key, "target": t_key, "type": r["type"],
            "count": 0, "polarity": polarity(r["type"])})
        edge["count"] += r["n"]
    kept = sorted(edges.values(), key=lambda e: -e["count"])[:max_edges]
    used = {e["source"] for e in kept} | {e["target"] for e in kept}
    return {"nodes": [n for n in nodes.values() if n["id"] in used], "edges": kept}


def feeds(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Watched feeds and their state (veille watch), or nothing when the store has never watched a feed."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feeds'").fetchone()
    if not has:
        return []
    rows = conn.execute(
        "SELECT id, url, kind, title, every_seconds, last_checked, last_ok, last_new, last_error, error_count,"
        " items_seen, articles_ingested FROM feeds ORDER BY id").fetchall()
    return [dict(r) for r in rows]
