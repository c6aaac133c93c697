"""Actors: who a name, kb id or country code designates, and the summary of one actor (names, roles, quotes,
events, counterparts).

A summary reads the actor's entity rows and its event sides once each (packed by SQLite into one JSON array: see
base.packed_rows) and aggregates them here: a much-cited actor has a few thousand rows, which costs less than one
more query per figure (or than SQLite's GROUP BY over them, measured)."""
from __future__ import annotations

import functools
import json
import sqlite3
from collections import Counter
from typing import Any, Optional

from veille.query import base
from veille.query.base import ACTOR_CTE, Db, actor_entities, polarity
from veille.query.events import events_at
from veille.query.search import QUOTE_COLUMNS, attach_quote_extras

MAX_GROUPS = 50          # distinct actors listed for a country code or an ambiguous name
MAX_COUNTERPARTS = 30

# Entity row columns, in order (rows are plain lists: a summary reads thousands of them).
# PUBLISHED, the article's date, is read for the rows with a role only (the one use of it): a few of them.
ENTITY_COLUMNS = "g, kb_id, name, aliases, type, country, sector, role, article_id, published, n_mentions, n_quotes, id"
G, KB_ID, NAME, ALIASES, TYPE, COUNTRY, SECTOR, ROLE, ARTICLE_ID, PUBLISHED, N_MENTIONS, N_QUOTES, ID = range(13)


@functools.lru_cache(maxsize=4096)  # the same alias lists recur on every row of an actor
def _aliases(value: Optional[str]) -> tuple[str, ...]:
    return tuple(x for x in base.loads_list(value) if isinstance(x, str))


def _entity_rows(conn: sqlite3.Connection, entities: str) -> list[list]:
    return base.packed_rows(conn, f"""{ACTOR_CTE}
        SELECT coalesce(e.kb_id, 'name:' || lower(e.name)) AS g, e.kb_id, e.name, e.aliases, e.type, e.country,
               e.sector, e.role, e.article_id,
               CASE WHEN e.role <> '' THEN (SELECT p.published FROM articles p WHERE p.id = e.article_id) END
                   AS published,
               (SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.id) AS n_mentions,
               (SELECT count(*) FROM quotes q WHERE q.article_id = e.article_id AND q.speaker_id = e.id) AS n_quotes,
               e.id
        FROM actor JOIN entities e ON e.article_id = actor.article_id AND e.id = actor.id
        JOIN articles a ON a.id = e.article_id""", ENTITY_COLUMNS, (entities,))


def _groups(rows: list[list]) -> list[dict]:
    """Entity rows grouped by kb_id (else by name), most cited first."""
    groups: dict[str, dict] = {}
    for r in rows:
        g = groups.get(r[G])
        if g is None:
            g = groups[r[G]] = {"kb_id": r[KB_ID], "names": Counter(), "aliases": set(), "types": set(),
                                "countries": set(), "sectors": set(), "roles": {}, "articles": set()}
        g["names"][r[NAME]] += 1
        if r[ALIASES]:
            g["aliases"].update(_aliases(r[ALIASES]))
        if r[TYPE]:
            g["types"].add(r[TYPE])
        if r[COUNTRY]:
            g["countries"].add(r[COUNTRY])
        if r[SECTOR]:
            g["sectors"].add(r[SECTOR])
        if r[ROLE]:
            first, published = g["roles"].get(r[ROLE]), r[PUBLISHED]
            g["roles"][r[ROLE]] = min(first, published) if first and published else (first or published)
        g["articles"].add(r[ARTICLE_ID])
    out = []
    for g in groups.values():
        names = sorted(g["names"], key=lambda n: (-g["names"][n], n))
        out.append({"kb_id": g["kb_id"], "key": base.actor_key(g["kb_id"], names[0]), "name": names[0],
                    "names": names, "aliases": sorted(g["aliases"] - {names[0]}), "types": sorted(g["types"]),
                    "countries": sorted(g["countries"]), "sectors": sorted(g["sectors"]),
                    "roles": [{"role": k, "first_seen": v} for k, v in sorted(g["roles"].items())],
                    "articles": len(g["articles"])})
    out.sort(key=lambda g: (-g["articles"], g["name"]))
    return out


def find_actors(db: Db, actor: str) -> list[dict]:
    """The distinct actors `actor` designates, most cited first: grouped by kb_id (else by name), with their
    names, aliases, types, countries, sectors, roles (first seen) and article counts."""
    conn = base.connection(db)
    return _groups(_entity_rows(conn, actor_entities(conn, actor)))


def _identity(rows: list[list]) -> dict[str, Any]:
    """Name (the most used), names with their article counts, aliases, kb ids, commonest type, country and
    sector, roles with their first and last article dates."""
    names: dict[str, set] = {}
    aliases: set[str] = set()
    roles: dict[str, dict] = {}
    kb_ids: set[str] = set()
    common = {k: Counter() for k in ("type", "country", "sector")}
    types, countries, sectors = common["type"], common["country"], common["sector"]
    for r in rows:
        articles = names.get(r[NAME])
        if articles is None:
            articles = names[r[NAME]] = set()
        articles.add(r[ARTICLE_ID])
        if r[ALIASES]:
            aliases.update(_aliases(r[ALIASES]))
        if r[KB_ID]:
            kb_ids.add(r[KB_ID])
        if r[TYPE]:
            types[r[TYPE]] += 1
        if r[COUNTRY]:
            countries[r[COUNTRY]] += 1
        if r[SECTOR]:
            sectors[r[SECTOR]] += 1
        if r[ROLE]:
            role = roles.get(r[ROLE])
            if role is None:
                role = roles[r[ROLE]] = {"role": r[ROLE], "first": None, "last": None, "articles": set()}
            published = r[PUBLISHED]
            if published:
                role["first"] = min(role["first"] or published, published)
                role["last"] = max(role["last"] or published, published)
            role["articles"].add(r[ARTICLE_ID])
    ranked = sorted(names, key=lambda n: (-len(names[n]), n))
    return {
        "name": ranked[0], "kb_ids": sorted(kb_ids),
        **{k: (c.most_common(1)[0][0] if c else None) for k, c in common.items()},
        "names": [{"name": n, "articles": len(names[n])} for n in ranked],
        "aliases": sorted(aliases - {ranked[0]}),
        "roles": sorted(({**r, "articles": len(r["articles"])} for r in roles.values()),
                        key=lambda d: (d["first"] or "", d["role"])),
    }


_EVENT_SIDES_SQL = f"""{ACTOR_CTE} SELECT x.article_id, x.event_id, x.role, ev.type, o.kb_id, o.name,
           ev.rowid AS event_rowid,
           coalesce(ev.date, (SELECT a.published FROM articles a WHERE a.id = x.article_id)) AS date, ev.trigger_start
    FROM actor JOIN event_actors x ON x.article_id = actor.article_id AND x.entity_id = actor.id
    JOIN events ev ON ev.article_id = x.article_id AND ev.id = x.event_id
    LEFT JOIN event_actors o ON o.article_id = x.article_id AND o.event_id = x.event_id AND o.role != x.role"""


def _event_sides(conn: sqlite3.Connection, entities: str, own: set[str],
                 articles: set[str], limit: int) -> tuple[list, dict, list, list]:
    """Events by type and side of the actor, the event counts, its counterparts (the actors on the other side of
    its events, most frequent first, the actor's own names and kb ids left out) and its `limit` newest events,
    from one read of the actor's event sides (packed: an actor may have thousands). `articles` are the
    actor's articles."""
    by_type: dict[tuple[str, str], set] = {}   # events as sets of events.rowid
    others: dict[str, list] = {}               # key -> [name, events]
    dated: dict[int, tuple] = {}
    for article_id, event_id, role, event_type, kb_id, name, rowid, date, trigger_start in base.packed_rows(
            conn, _EVENT_SIDES_SQL, "article_id, event_id, role, type, kb_id, name, event_rowid, date, trigger_start",
            (entities,)):
        if rowid not in dated and article_id in articles:
            dated[rowid] = (rowid, date, article_id, trigger_start, event_id)
        side = by_type.get((event_type, role))
        if side is None:
            side = by_type[(event_type, role)] = set()
        side.add(rowid)
        key = kb_id or name
        if key is not None and key not in own and name not in own:
            other = others.get(key)
            if other is None:
                other = others[key] = [name, set()]
            elif (name or "") > (other[0] or ""):
                other[0] = name
            other[1].add(rowid)
    sides: dict[str, dict[str, int]] = {}
    for (event_type, role), events in by_type.items():
        sides.setdefault(event_type, {"source": 0, "target": 0})[role] = len(events)
    types = [{"type": t, "source": s["source"], "target": s["target"], "polarity": polarity(t)}
             for t, s in sides.items()]
    types.sort(key=lambda d: (-(d["source"] + d["target"]), d["type"]))
    counterparts = sorted(({"key": k, "name": o[0] or None, "events": len(o[1])} for k, o in others.items()),
                          key=lambda o: (-o["events"], o["key"]))[:MAX_COUNTERPARTS]
    every = set().union(*by_type.values())
    return types, {"events": len(every), "events_as_source": sum(d["source"] for d in types),
                   "events_as_target": sum(d["target"] for d in types)}, counterparts, _newest(dated.values(), limit)


def _newest(events, limit: int) -> list[tuple[int, Optional[str]]]:
    """The (rowid, effective date) of the `limit` first events in the order of events.ORDER, ties in event id
    order (the order list_events reads them in), from (rowid, effective date, article, trigger start, id)."""
    events = sorted(events, key=lambda e: (e[2], e[3] is not None, e[3] if e[3] is not None else 0, e[4]))
    events.sort(key=lambda e: (e[1] is not None, e[1] or ""), reverse=True)   # stable: ties keep the order above
    return [(e[0], e[1]) for e in (events[:limit] if limit >= 0 else events)]   # LIMIT -1: all, as in SQL


def actor_summary(db: Db, actor: str, *, limit: int = 50) -> Optional[dict[str, Any]]:
    """Who `actor` is and what it said and did; None when it designates no entity. Shape in docs/queries.md."""
    conn = base.connection(db)
    entities = actor_entities(conn, actor)
    if entities == "[]":
        return None
    rows = _entity_rows(conn, entities)
    identity = _identity(rows)
    speakers = [[r[ARTICLE_ID], r[ID]] for r in rows if r[N_QUOTES]]   # the entities that have quotes
    # The page of newest quotes is chosen on their sort keys (indexed), then only its quotes are read whole.
    quotes = [dict(r) for r in conn.execute(
        f"""{ACTOR_CTE}, page AS (
                SELECT q.rowid AS quote_rowid, a.published AS published, q.article_id AS article_id, q.start AS start
                FROM actor JOIN quotes q ON q.article_id = actor.article_id AND q.speaker_id = actor.id
                JOIN articles a ON a.id = q.article_id
                ORDER BY a.published DESC, q.article_id, q.start LIMIT ?)
            SELECT {QUOTE_COLUMNS} FROM page JOIN quotes q ON q.rowid = page.quote_rowid
            JOIN articles a ON a.id = q.article_id
            ORDER BY page.published DESC, page.article_id, page.start""",
        (json.dumps(speakers, ensure_ascii=False), limit))] if speakers else []
    attach_quote_extras(conn, quotes)
    own = set(identity["kb_ids"]) | {n["name"] for n in identity["names"]}
    articles = {r[ARTICLE_ID] for r in rows}
    event_types, event_counts, counterparts, newest = _event_sides(
        conn, entities, own, articles, limit)
    counts = {"articles": len(articles), "mentions": sum(r[N_MENTIONS] for r in rows),
              "quotes": sum(r[N_QUOTES] for r in rows), **event_counts}
    groups = _groups(rows)
    return {
        "query": actor, "key": identity["kb_ids"][0] if len(identity["kb_ids"]) == 1 else actor, **identity,
        "counts": counts, "event_types": event_types, "counterparts": counterparts,
        "actors": groups[:MAX_GROUPS], "n_actors": len(groups),
        "quotes": quotes, "events": events_at(conn, newest),
    }
