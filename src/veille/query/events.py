"""Events by actor, type, mode and dates, and the actor network they draw."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any, Optional

from veille.query import base
from veille.query.base import ACTOR_CTE, Db, actor_entities, actor_key, polarity


# The order of event lists: newest first (an event's own date, else its article's), then article and trigger.
ORDER = "effective_date IS NULL, effective_date DESC, ev.article_id, ev.trigger_start"


def list_events(db: Db, *, actor: Optional[str] = None, type: Optional[str] = None, since: Optional[str] = None,
                until: Optional[str] = None, outlet: Optional[str] = None, mode: Optional[str] = None,
                role: Optional[str] = None, article_id: Optional[str] = None, include_negated: bool = True,
                limit: int = 100, offset: int = 0, entities: Optional[str] = None) -> list[dict[str, Any]]:
    """Event rows newest first, dated by their own date else their article's, with their source and target
    actors. `actor` is a name, kb id or country code; `role` ('source'|'target') is the side it must be on.
    `entities` is `actor_entities(conn, actor)` when the caller already has it."""
    conn = base.connection(db)
    if actor:  # the actor's events are few: filter them by date
        where, params = base.date_filters("coalesce(ev.date, a.published)", since, until)
    elif since or until:
        window, params = base.event_window(since, until, type)
        where = [window]
    else:
        where, params = [], []
    cte = ""
    if actor:
        cte = ACTOR_CTE
        clause = ("(ev.article_id, ev.id) IN (SELECT x.article_id, x.event_id FROM actor JOIN event_actors x "
                  "ON x.article_id = actor.article_id AND x.entity_id = actor.id")
        if role:
            clause += " WHERE x.role = ?"
        where.insert(0, clause + ")")
        params = [entities if entities is not None else actor_entities(conn, actor)] + ([role] if role else []) \
            + params
    if type:
        where.append("ev.type = ?")
        params.append(type.upper())
    if mode:
        where.append("ev.mode = ? COLLATE NOCASE")
        params.append(mode)
    w, p = base.outlet_filter(conn, outlet)
    where += w
    params += p
    if article_id:
        where.append("ev.article_id = ?")
        params.append(article_id)
    if not include_negated:
        where.append("ev.negated = 0 AND ev.hypothetical = 0")
    # The page is chosen on narrow rows (the sort keys), then its events are read whole: an actor with thousands
    # of events sorts their dates, not their records.
    page = conn.execute(
        f"""{cte} SELECT ev.rowid AS event_rowid, coalesce(ev.date, a.published) AS effective_date
            FROM events ev JOIN articles a ON a.id = ev.article_id
            {('WHERE ' + ' AND '.join(where)) if where else ''}
            ORDER BY {ORDER} LIMIT ? OFFSET ?""", [*params, limit, offset]).fetchall()
    return events_at(conn, [tuple(r) for r in page])


def events_at(conn: sqlite3.Connection, page: list[tuple[int, Optional[str]]]) -> list[dict[str, Any]]:
    """The event rows of a page of (events.rowid, effective date) pairs, in that order, with their actors."""
    cur = conn.cursor()
    cur.row_factory = None   # plain tuples made dicts: a Row looks each name up along its columns
    cur.execute(
        """WITH page(n, event_rowid, effective_date) AS (SELECT key, value ->> 0, value ->> 1 FROM json_each(?))
           SELECT ev.*, page.effective_date, a.title, a.url, a.outlet, a.published
           FROM page JOIN events ev ON ev.rowid = page.event_rowid JOIN articles a ON a.id = ev.article_id
           ORDER BY page.n""", (json.dumps(page, ensure_ascii=False),))
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    actors: dict[tuple[str, str], list] = defaultdict(list)
    for a in base.rows_of_pairs(conn, "event_actors", "article_id, event_id, entity_id, role, name, kb_id, country",
                                ("article_id", "event_id"), {(r["article_id"], r["id"]) for r in rows}):
        actors[(a["article_id"], a["event_id"])].append(a)
    return [event_row(r, actors.get((r["article_id"], r["id"]), [])) for r in rows]


def event_row(r, acts: list) -> dict[str, Any]:
    """The event row of docs/queries.md from an `events` row joined to its article, and its actor rows."""
    side = lambda role: [{"id": a["entity_id"], "name": a["name"], "kb_id": a["kb_id"],  # noqa: E731
                          "country": a["country"], "key": actor_key(a["kb_id"], a["name"])}
                         for a in acts if a["role"] == role]
    return {
        "article_id": r["article_id"], "id": r["id"], "type": r["type"], "mode": r["mode"],
        "polarity": polarity(r["type"]), "date": r["effective_date"], "event_date": r["date"],
        "date_text": r["date_text"],
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"]},
        "quote_id": r["quote_id"], "attributed_to": base.loads_list(r["attributed_to"]),
        "negated": bool(r["negated"]), "hypothetical": bool(r["hypothetical"]), "confidence": r["confidence"],
        "mentions": base.loads_list(r["mentions"]), "source": side("source"), "target": side("target"),
        "target_from": r["target_from"], "source_from": r["source_from"],
        "place": {"id": r["place"], "name": r["place_name"]} if r["place"] else None,
        "title": r["title"], "url": r["url"], "outlet": r["outlet"], "published": r["published"],
    }


def network(db: Db, *, since: Optional[str] = None, until: Optional[str] = None, type: Optional[str] = None,
            max_edges: int = 300) -> dict[str, list]:
    """Actors as nodes, (source, target, type) event counts as edges, strongest edges first; negated events
    left out."""
    conn = base.connection(db)
    where, params = ["e.negated = 0"], []
    if since or until:
        window, params = base.event_window(since, until, type)
        where.append(window.replace("ev.rowid", "e.rowid", 1))
    elif type:
        where.append("e.type = ?")
        params.append(type.upper())
    rows = conn.execute(
        f"""SELECT coalesce(s.kb_id, s.name) AS s_key, max(s.name) AS s_name, max(s.kb_id) AS s_kb,
                   coalesce(t.kb_id, t.name) AS t_key, max(t.name) AS t_name, max(t.kb_id) AS t_kb,
                   e.type AS type, count(*) AS n
            FROM events e
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
