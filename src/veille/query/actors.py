"""Actors: who a name, kb id or country code designates, and the summary of one actor (names, roles, quotes,
events, counterparts)."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Optional

from veille.query import base
from veille.query.base import ACTOR_CTE, Db, actor_entities, polarity
from veille.query.events import list_events
from veille.query.search import QUOTE_COLUMNS, attach_quote_extras

MAX_GROUPS = 50          # distinct actors listed for a country code or an ambiguous name


def find_actors(db: Db, actor: str, *, entities: Optional[str] = None) -> list[dict]:
    """The distinct actors `actor` designates, most cited first: grouped by kb_id (else by name), with their
    names, aliases, types, countries, sectors, roles (first seen) and article counts."""
    conn = base.connection(db)
    entities = entities if entities is not None else actor_entities(conn, actor)
    rows = conn.execute(f"""{ACTOR_CTE}
        SELECT coalesce(e.kb_id, 'name:' || lower(e.name)) AS g, e.kb_id, e.name, e.aliases, e.type, e.country,
               e.sector, e.role, e.article_id, a.published
        FROM actor JOIN entities e ON e.article_id = actor.article_id AND e.id = actor.id
        JOIN articles a ON a.id = e.article_id""", (entities,)).fetchall()
    groups: dict[str, dict] = {}
    for r in rows:
        g = groups.setdefault(r["g"], {"kb_id": r["kb_id"], "names": Counter(), "aliases": set(), "types": set(),
                                       "countries": set(), "sectors": set(), "roles": {}, "articles": set()})
        g["names"][r["name"]] += 1
        g["aliases"].update(x for x in base.loads_list(r["aliases"]) if isinstance(x, str))
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


def actor_summary(db: Db, actor: str, *, limit: int = 50) -> Optional[dict[str, Any]]:
    """Who `actor` is and what it said and did; None when it designates no entity. Shape in docs/queries.md."""
    conn = base.connection(db)
    entities = actor_entities(conn, actor)
    if entities == "[]":
        return None
    p = (entities,)
    one = lambda sql: conn.execute(f"{ACTOR_CTE} {sql}", p).fetchone()  # noqa: E731
    ent_join = "FROM actor JOIN entities e ON e.article_id = actor.article_id AND e.id = actor.id"
    names = Counter({r[0]: r[1] for r in conn.execute(
        f"{ACTOR_CTE} SELECT e.name, count(DISTINCT e.article_id) {ent_join} GROUP BY e.name", p)})
    name = names.most_common(1)[0][0]
    aliases: set[str] = set()
    for (value,) in conn.execute(f"{ACTOR_CTE} SELECT DISTINCT e.aliases {ent_join} LIMIT 200", p):
        aliases.update(x for x in base.loads_list(value) if isinstance(x, str))
    roles = [{"role": r[0], "first": r[1], "last": r[2], "articles": r[3]} for r in conn.execute(
        f"""{ACTOR_CTE} SELECT e.role, min(a.published), max(a.published), count(DISTINCT e.article_id)
            {ent_join} JOIN articles a ON a.id = e.article_id WHERE e.role IS NOT NULL GROUP BY e.role""", p)]
    kb_ids = [r[0] for r in conn.execute(
        f"{ACTOR_CTE} SELECT DISTINCT e.kb_id {ent_join} WHERE e.kb_id IS NOT NULL ORDER BY 1", p)]

    def common(col: str) -> Optional[str]:
        row = one(f"SELECT e.{col} {ent_join} WHERE e.{col} IS NOT NULL GROUP BY e.{col} "
                  f"ORDER BY count(*) DESC LIMIT 1")
        return row[0] if row else None

    quote_join = "FROM actor JOIN quotes q ON q.article_id = actor.article_id AND q.speaker_id = actor.id"
    quotes = [dict(r) for r in conn.execute(
        f"""{ACTOR_CTE} SELECT {QUOTE_COLUMNS} {quote_join} JOIN articles a ON a.id = q.article_id
            ORDER BY a.published DESC, q.article_id, q.start LIMIT ?""", (entities, limit))]
    attach_quote_extras(conn, quotes)
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"source": 0, "target": 0})
    for t, role, n in conn.execute(
            f"""{ACTOR_CTE} SELECT ev.type, x.role, count(DISTINCT x.article_id || ' ' || x.event_id)
                FROM actor JOIN event_actors x ON x.article_id = actor.article_id AND x.entity_id = actor.id
                JOIN events ev ON ev.article_id = x.article_id AND ev.id = x.event_id
                GROUP BY ev.type, x.role""", p):
        by_type[t][role] = n
    counts = {
        "articles": one("SELECT count(DISTINCT article_id) FROM actor")[0],
        "mentions": one("SELECT count(*) FROM actor JOIN mentions m ON m.article_id = actor.article_id "
                        "AND m.entity_id = actor.id")[0],
        "quotes": one(f"SELECT count(*) {quote_join}")[0],
        "events": one("SELECT count(DISTINCT x.article_id || ' ' || x.event_id) FROM actor JOIN event_actors x "
                      "ON x.article_id = actor.article_id AND x.entity_id = actor.id")[0],
        "events_as_source": sum(c["source"] for c in by_type.values()),
        "events_as_target": sum(c["target"] for c in by_type.values()),
    }
    counterparts = [{"key": k, "name": n, "events": c} for k, n, c in conn.execute(
        f"""{ACTOR_CTE} SELECT coalesce(o.kb_id, o.name) AS k, max(o.name),
                   count(DISTINCT o.article_id || ' ' || o.event_id) AS c
            FROM actor JOIN event_actors x ON x.article_id = actor.article_id AND x.entity_id = actor.id
            JOIN event_actors o ON o.article_id = x.article_id AND o.event_id = x.event_id AND o.role != x.role
            WHERE k IS NOT NULL AND (o.article_id, o.entity_id) NOT IN actor
            GROUP BY k ORDER BY c DESC, k LIMIT 30""", p) if n not in names]
    groups = find_actors(conn, actor, entities=entities)
    return {
        "query": actor, "key": kb_ids[0] if len(kb_ids) == 1 else actor, "name": name, "kb_ids": kb_ids,
        "type": common("type"), "country": common("country"), "sector": common("sector"),
        "names": [{"name": n, "articles": c} for n, c in names.most_common()],
        "aliases": sorted(aliases - {name}),
        "roles": sorted(roles, key=lambda d: (d["first"] or "", d["role"])),
        "counts": counts,
        "event_types": [{"type": t, **c, "polarity": polarity(t)} for t, c in
                        sorted(by_type.items(), key=lambda kv: (-(kv[1]["source"] + kv[1]["target"]), kv[0]))],
        "counterparts": counterparts,
        "actors": groups[:MAX_GROUPS], "n_actors": len(groups),
        "quotes": quotes,
        "events": list_events(conn, actor=actor, limit=limit, entities=entities),
    }
