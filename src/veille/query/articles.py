"""Articles: listings, one article with all its records, the Extraction it was stored from; store totals."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any, Optional

from veille.model import (Article, Boilerplate, Entity, Event, EventMention, Extraction, Mention, Quote,
                          TextSpan)
from veille.query import base
from veille.query.base import Db, loads_list


def counts(db: Db) -> dict[str, int]:
    conn = base.connection(db)
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
            for table in ("articles", "quotes", "events", "entities")}


def recent_articles(db: Db, *, limit: int = 50, offset: int = 0) -> list[dict]:
    """Article rows newest first (then last stored first: the published index walked backwards, no sort), with
    their quote and event counts."""
    conn = base.connection(db)
    return [dict(r) for r in conn.execute(
        """SELECT a.id AS article_id, a.title, a.url, a.outlet, a.published, a.ingested_at,
                  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes,
                  (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events
           FROM articles a ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?""", (limit, offset))]


def outlets(db: Db) -> list[str]:
    conn = base.connection(db)
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet LIMIT 500")]


def resolve_article(db: Db, article_id: str) -> Optional[str]:
    """The id of the article `article_id` names, whole or as a unique prefix of 8 characters or more."""
    conn = base.connection(db)
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
        return article_id
    if 8 <= len(article_id) < 64 and all(c in "0123456789abcdef" for c in article_id):
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                                          (article_id, article_id + "g"))]
        if len(ids) == 1:
            return ids[0]
    return None


def get_article(db: Db, article_id: str) -> Optional[dict[str, Any]]:
    """One article with all its records, in the shape of the output contract plus `id`, `text` and the names of
    the actors (entities, quote relays, event sides), or None."""
    conn = base.connection(db)
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    art = dict(row)
    art["authors"] = loads_list(art.get("authors"))
    aid = art["id"]
    mentions: dict[str, list] = defaultdict(list)
    for m in conn.execute('SELECT entity_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start',
                          (aid,)):
        mentions[m["entity_id"]].append({"start": m["start"], "end": m["end"], "text": m["text"]})
    entities = []
    for e in conn.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY id", (aid,)):
        d = dict(e)
        d.pop("article_id", None)
        d["aliases"] = loads_list(d.get("aliases"))
        d["mentions"] = mentions.get(d["id"], [])
        entities.append(d)
    via: dict[str, list] = defaultdict(list)
    for s in conn.execute("SELECT quote_id, entity_id, name FROM quote_sources WHERE article_id = ?", (aid,)):
        via[s["quote_id"]].append({"id": s["entity_id"], "name": s["name"]})
    quotes = [{
        "id": q["id"], "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
        "speaker": q["speaker_id"], "speaker_name": q["speaker_name"], "speaker_kb_id": q["speaker_kb_id"],
        "speaker_mention": _span(q, "speaker_mention"), "cue": _span(q, "cue"),
        "via": [v["id"] for v in via.get(q["id"], [])], "via_names": [v["name"] for v in via.get(q["id"], [])],
        "channel": q["channel"], "confidence": q["confidence"],
    } for q in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY start", (aid,))]
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
            "quote": v["quote_id"], "attributed_to": loads_list(v["attributed_to"]),
            "negated": bool(v["negated"]), "hypothetical": bool(v["hypothetical"]),
            "confidence": v["confidence"], "mentions": loads_list(v["mentions"]), "target_from": v["target_from"],
            "source_from": v["source_from"],
            "place": {"id": v["place"], "name": v["place_name"]} if v["place"] else None,
        })
    boilerplate = [dict(b) for b in conn.execute(
        'SELECT start, "end", text, reason FROM boilerplate WHERE article_id = ? ORDER BY start', (aid,))]
    art.update(text_sha256=aid, entities=entities, quotes=quotes, events=events, boilerplate=boilerplate)
    return art


def _span(row: sqlite3.Row, prefix: str) -> Optional[dict]:
    if row[f"{prefix}_start"] is None:
        return None
    return {"start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"], "text": row[f"{prefix}_text"]}


def _text_span(start, end, text) -> Optional[TextSpan]:
    return TextSpan(start, end, text) if start is not None else None


def get_extraction(db: Db, article_id: str) -> Optional[Extraction]:
    """The stored records of one article, rebuilt as the Extraction that was written."""
    conn = base.connection(db)
    a = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    art = Article(text=a["text"], title=a["title"], published=a["published"], url=a["url"], outlet=a["outlet"],
                  authors=loads_list(a["authors"]), language=a["language"], source_path=a["source_path"],
                  external_id=a["external_id"], body_start=a["body_start"] or 0)
    ents: dict[str, Entity] = {}
    for r in conn.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY rowid", (article_id,)):
        ents[r["id"]] = Entity(id=r["id"], name=r["name"], type=r["type"], kb_id=r["kb_id"], country=r["country"],
                               sector=r["sector"], role=r["role"], aliases=loads_list(r["aliases"]))
    for r in conn.execute('SELECT * FROM mentions WHERE article_id = ? ORDER BY rowid', (article_id,)):
        if r["entity_id"] in ents:
            ents[r["entity_id"]].mentions.append(Mention(r["start"], r["end"], r["text"]))
    via: dict[str, list[str]] = {}
    for r in conn.execute("SELECT * FROM quote_sources WHERE article_id = ? ORDER BY rowid", (article_id,)):
        via.setdefault(r["quote_id"], []).append(r["entity_id"])
    quotes = [Quote(id=r["id"], start=r["start"], end=r["end"], text=r["text"], kind=r["kind"],
                    speaker=r["speaker_id"],
                    speaker_mention=_text_span(r["speaker_mention_start"], r["speaker_mention_end"],
                                               r["speaker_mention_text"]),
                    cue=_text_span(r["cue_start"], r["cue_end"], r["cue_text"]), via=via.get(r["id"], []),
                    channel=r["channel"], confidence=r["confidence"] or 0.0)
              for r in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY rowid", (article_id,))]
    sides: dict[tuple[str, str], list[str]] = {}
    for r in conn.execute("SELECT * FROM event_actors WHERE article_id = ? ORDER BY rowid", (article_id,)):
        sides.setdefault((r["event_id"], r["role"]), []).append(r["entity_id"])
    events = []
    for r in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,)):
        mentions = [EventMention(TextSpan(**m["trigger"]), TextSpan(**m["sentence"]))
                    for m in loads_list(r["mentions"])]
        events.append(Event(
            id=r["id"], type=r["type"], mode=r["mode"], date=r["date"], date_text=r["date_text"],
            trigger=_text_span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
            sentence=_text_span(r["sentence_start"], r["sentence_end"],
                                art.text[r["sentence_start"]:r["sentence_end"]] if r["sentence_start"] is not None
                                else None),
            source=sides.get((r["id"], "source"), []), target=sides.get((r["id"], "target"), []),
            quote=r["quote_id"], attributed_to=loads_list(r["attributed_to"]),
            negated=bool(r["negated"]), hypothetical=bool(r["hypothetical"]), confidence=r["confidence"] or 0.0,
            mentions=mentions, target_from=r["target_from"], source_from=r["source_from"], place=r["place"]))
    bps = [Boilerplate(r["start"], r["end"], r["text"], r["reason"])
           for r in conn.execute("SELECT * FROM boilerplate WHERE article_id = ? ORDER BY rowid", (article_id,))]
    return Extraction(article=art, language=a["language"] or "fr", entities=list(ents.values()), quotes=quotes,
                      events=events, boilerplate=bps, pipeline_version=a["pipeline_version"] or "")


def feeds(db: Db) -> list[dict[str, Any]]:
    """Watched feeds and their state (veille watch), or nothing when the store has never watched a feed."""
    conn = base.connection(db)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feeds'").fetchone():
        return []
    return [dict(r) for r in conn.execute(
        "SELECT id, url, kind, title, every_seconds, last_checked, last_ok, last_new, last_error, error_count,"
        " items_seen, articles_ingested FROM feeds ORDER BY id")]
