"""Actors: who a name, kb id or country code designates, and the summary of one actor (names, roles, quotes,
events, counterparts).

A summary reads the actor's entity rows and its event sides once each and aggregates them here: a much-cited actor
has a few thousand rows, which costs less than one more query per figure."""
from __future__ import annotations

import functools
import sqlite3
from collections import Counter, defaultdict
from typing import Any, Optional

from veille.query import base
from veille.query.base import ACTOR_CTE, Db, actor_entities, polarity
from veille.query.events import list_events
from veille.query.search import QUOTE_COLUMNS, attach_quote_extras

MAX_GROUPS = 50          # distinct actors listed for a country code or an ambiguous name


@functools.lru_cache(maxsize=4096)  # the same alias lists recur on every row of an actor
def _aliases(value: Optional[str]) -> tuple[str, ...]:
    return tuple(x for x in base.loads_list(value) if isinstance(x, str))


def _entity_rows(conn: sqlite3.Connection, entities: str) -> list[sqlite3.Row]:
    return conn.execute(f"""{ACTOR_CTE}
        SELECT coalesce(e.kb_id, 'name:' || lower(e.name)) AS g, e.kb_id, e.name, e.aliases, e.type, e.country,
               e.sector, e.role, e.article_id, a.published,
               (SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.id) AS n_mentions,
               (SELECT count(*) FROM quotes q WHERE q.article_id = e.article_id AND q.speaker_id = e.id) AS n_quotes
        FROM actor JOIN entities e ON e.article_id = actor.article_id AND e.id = actor.id
        JOIN articles a ON a.id = e.article_id""", (entities,)).fetchall()


def _groups(rows: list[sqlite3.Row]) -> list[dict]:
    """Entity rows grouped by kb_id (else by name), most cited first."""
    groups: dict[str, dict] = {}
    for r in rows:
        g = groups.setdefault(r["g"], {"kb_id": r["kb_id"], "names": Counter(), "aliases": set(), "types": set(),
                                       "countries": set(), "sectors": set(), "roles": {}, "articles": set()})
        g["names"][r["name"]] += 1
        g["aliases"].update(_aliases(r["aliases"]))
        for k, v in (("types", r["type"]), ("countries", r["country"]), ("sectors", r["sector"])):
            if v:
                g[k].add(v)
        if r["role"]:
            first = g["roles"].get(r["role"])
            g["roles"][r["role"]] = min(first, r["published"]) if first and r["published"] else (
                first or r["published"])
        g["articles"].add(r["article_id"])
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


def _identity(rows: list[sqlite3.Row]) -> dict[str, Any]:
    """Name (the most used), names with their article counts, aliases, kb ids, commonest type, country and
    sector, roles with their first and last article dates."""
    names: dict[str, set] = defaultdict(set)
    aliases: set[str] = set()
    roles: dict[str, dict] = {}
    common = {k: Counter() for k in ("type", "country", "sector")}
    for r in rows:
        names[r["name"]].add(r["article_id"])
        aliases.update(_aliases(r["aliases"]))
        for k, counter in common.items():
            if r[k]:
                counter[r[k]] += 1
        if r["role"]:
            role = roles.setdefault(r["role"], {"role": r["role"], "first": None, "last": None, "articles": set()})
            if r["published"]:
                role["first"] = min(role["first"] or r["published"], r["published"])
                role["last"] = max(role["last"] or r["published"], r["published"])
            role["articles"].add(r["article_id"])
    ranked = sorted(names, key=lambda n: (-len(names[n]), n))
    return {
        "name": ranked[0], "kb_ids": sorted({r["kb_id"] for r in rows if r["kb_id"]}),
        **{k: (c.most_common(1)[0][0] if c else None) for k, c in common.items()},
        "names": [{"name": n, "articles": len(names[n])} for n in ranked],
        "aliases": sorted(aliases - {ranked[0]}),
        "roles": sorted(({**r, "articles": len(r["articles"])} for r in roles.values()),
                        key=lambda d: (d["first"] or "", d["role"])),
    }


def _event_sides(conn: sqlite3.Connection, entities: str, own: set[str]) -> tuple[list, dict, list]:
    """Events by type and side of the actor, the event counts, and its counterparts (the actors on the other
    side of its events, most frequent first, the actor's own names and kb ids left out), from one read of the
    actor's event sides."""
    by_type: dict[str, dict[str, set]] = defaultdict(lambda: {"source": set(), "target": set()})
    others: dict[str, dict] = {}
    for article_id, event_id, role, event_type, kb_id, name in conn.execute(
            f"""{ACTOR_CTE} SELECT x.article_id, x.event_id, x.role, ev.type, o.kb_id, o.name
                FROM actor JOIN event_actors x ON x.article_id = actor.article_id AND x.entity_id = actor.id
                JOIN events ev ON ev.article_id = x.article_id AND ev.id = x.event_id
                LEFT JOIN event_actors o ON o.article_id = x.article_id AND o.event_id = x.event_id
                     AND o.role != x.role""", (entities,)):
        by_type[event_type][role].add((article_id, event_id))
        key = kb_id or name
        if key is not None and key not in own and name not in own:
            other = others.setdefault(key, {"key": key, "name": name, "events": set()})
            other["name"] = max(other["name"] or "", name or "") or None
            other["events"].add((article_id, event_id))
    every = set().union(*(s for sides in by_type.values() for s in sides.values()))
    types = [{"type": t, "source": len(s["source"]), "target": len(s["target"]), "polarity": polarity(t)}
             for t, s in by_type.items()]
    types.sort(key=lambda d: (-(d["source"] + d["target"]), d["type"]))
    counterparts = sorted(({**o, "events": len(o["events"])} for o in others.values()),
                          key=lambda o: (-o["events"], o["key"]))[:30]
    return types, {"events": len(every), "events_as_source": sum(d["source"] for d in types),
                   "events_as_target": sum(d["target"] for d in types)}, counterparts


def actor_summary(db: Db, actor: str, *, limit: int = 50) -> Optional[dict[str, Any]]:
    """Who `actor` is and what it said and did; None when it designates no entity. Shape in docs/queries.md."""
    conn = base.connection(db)
    entities = actor_entities(conn, actor)
    if entities == "[]":
        return None
    rows = _entity_rows(conn, entities)
    identity = _identity(rows)
    quotes = [dict(r) for r in conn.execute(
        f"""{ACTOR_CTE} SELECT {QUOTE_COLUMNS}
            FROM actor JOIN quotes q ON q.article_id = actor.article_id AND q.speaker_id = actor.id
            JOIN articles a ON a.id = q.article_id
            ORDER BY a.published DESC, q.article_id, q.start LIMIT ?""", (entities, limit))]
    attach_quote_extras(conn, quotes)
    own = set(identity["kb_ids"]) | {n["name"] for n in identity["names"]}
    event_types, event_counts, counterparts = _event_sides(conn, entities, own)
    counts = {"articles": len({r["article_id"] for r in rows}), "mentions": sum(r["n_mentions"] for r in rows),
              "quotes": sum(r["n_quotes"] for r in rows), **event_counts}
    groups = _groups(rows)
    return {
        "query": actor, "key": identity["kb_ids"][0] if len(identity["kb_ids"]) == 1 else actor, **identity,
        "counts": counts, "event_types": event_types, "counterparts": counterparts,
        "actors": groups[:MAX_GROUPS], "n_actors": len(groups),
        "quotes": quotes, "events": list_events(conn, actor=actor, limit=limit, entities=entities),
    }
