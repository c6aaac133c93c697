"""Extraction → table rows, and the one transaction that puts an article's rows in the store.

The row layout here is the schema of migrations/0001_initial.sql; exports and outside tools rely on the
table and column names.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from typing import Any, Optional

from veille.model import Article, Extraction
from veille.names import fold

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "key", "url", "source_path", "external_id", "outlet", "title", "published", "authors",
                 "language", "text", "body_start", "pipeline_version", "ingested_at"),
    "entities": ("article_id", "id", "name", "type", "kb_id", "country", "sector", "role", "aliases"),
    "mentions": ("article_id", "entity_id", "start", "end", "text"),
    "quotes": ("article_id", "id", "start", "end", "text", "kind", "speaker_id", "speaker_name", "speaker_kb_id",
               "cue_start", "cue_end", "cue_text", "speaker_mention_start", "speaker_mention_end",
               "speaker_mention_text", "channel", "confidence"),
    "quote_sources": ("article_id", "quote_id", "entity_id", "name"),
    "events": ("article_id", "id", "type", "mode", "date", "date_text", "trigger_start", "trigger_end",
               "trigger_text", "sentence_start", "sentence_end", "quote_id", "attributed_to", "negated",
               "hypothetical", "confidence", "mentions", "target_from", "source_from", "place", "place_name"),
    "event_actors": ("article_id", "event_id", "entity_id", "role", "name", "kb_id", "country"),
    "boilerplate": ("article_id", "start", "end", "text", "reason"),
}
TABLES = tuple(COLUMNS)
# Derived rows the store keeps for lookups (not part of exports): every entity name and alias, folded.
DERIVED: dict[str, tuple[str, ...]] = {"entity_names": ("article_id", "entity_id", "name")}


def article_key(article: Article) -> str:
    """Identity of an article across ingests: its URL, else its source path (plus the record id inside a
    multi-article file), else its content hash."""
    if article.url:
        return article.url
    if article.source_path:
        path = os.path.abspath(article.source_path)
        return f"{path}#{article.external_id}" if article.external_id else path
    if article.external_id:
        return f"id:{article.external_id}"
    return article.id


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> Optional[str]:
    return json.dumps(value, ensure_ascii=False) if value is not None else None


def extraction_rows(ext: Extraction, key: Optional[str] = None,
                    ingested_at: Optional[str] = None) -> dict[str, list[tuple]]:
    """Every row one extraction adds, per table, in COLUMNS order."""
    a = ext.article
    aid = a.id
    rows: dict[str, list[tuple]] = {t: [] for t in (*TABLES, *DERIVED)}
    rows["articles"].append((
        aid, key or article_key(a), a.url, a.source_path, a.external_id, a.outlet, a.title, a.published,
        _json(list(a.authors or [])), ext.language or a.language, a.text, a.body_start or 0, ext.pipeline_version,
        ingested_at or now_utc()))
    by_id = {e.id: e for e in ext.entities}
    for e in ext.entities:
        rows["entities"].append((aid, e.id, e.name, e.type, e.kb_id, e.country, e.sector, e.role,
                                 _json(list(e.aliases or []))))
        for m in e.mentions:
            rows["mentions"].append((aid, e.id, m.start, m.end, m.text))
        names = {fold(n) for n in [e.name, *(e.aliases or [])] if n}
        rows["entity_names"].extend((aid, e.id, n) for n in sorted(names) if n)
    for q in ext.quotes:
        sp = by_id.get(q.speaker) if q.speaker else None
        cue, sm = q.cue, q.speaker_mention
        rows["quotes"].append((
            aid, q.id, q.start, q.end, q.text, q.kind, q.speaker, sp.name if sp else None, sp.kb_id if sp else None,
            cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
            sm.start if sm else None, sm.end if sm else None, sm.text if sm else None,
            q.channel, q.confidence))
        for eid in q.via:
            src = by_id.get(eid)
            rows["quote_sources"].append((aid, q.id, eid, src.name if src else None))
    for v in ext.events:
        mentions = [{"trigger": {"start": m.trigger.start, "end": m.trigger.end, "text": m.trigger.text},
                     "sentence": {"start": m.sentence.start, "end": m.sentence.end, "text": m.sentence.text}}
                    for m in v.mentions]
        rows["events"].append((
            aid, v.id, v.type, v.mode, v.date, v.date_text,
            v.trigger.start if v.trigger else None, v.trigger.end if v.trigger else None,
            v.trigger.text if v.trigger else None,
            v.sentence.start if v.sentence else None, v.sentence.end if v.sentence else None,
            v.quote, _json(list(v.attributed_to or [])), int(bool(v.negated)), int(bool(v.hypothetical)),
            v.confidence, _json(mentions), v.target_from, v.source_from, v.place,
            by_id[v.place].name if v.place in by_id else None))
        for role, ids in (("source", v.source), ("target", v.target)):
            for eid in ids:
                ent = by_id.get(eid)
                rows["event_actors"].append((aid, v.id, eid, role, ent.name if ent else None,
                                             ent.kb_id if ent else None, ent.country if ent else None))
    for b in ext.boilerplate:
        rows["boilerplate"].append((aid, b.start, b.end, b.text, b.reason))
    return rows


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({cols}) VALUES ({marks})"


INSERT_SQL = {t: _insert_sql(t, cols) for t, cols in {**COLUMNS, **DERIVED}.items()}


def insert_rows(conn: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    """Insert within the caller's transaction; articles first (the foreign keys point at it)."""
    for table in (*TABLES, *DERIVED):
        if rows.get(table):
            conn.executemany(INSERT_SQL[table], rows[table])


def extraction_to_record(ext: Extraction) -> dict[str, Any]:
    """A JSON-able dict that gives back the same Extraction (contract fields plus text and identity)."""
    d = ext.to_dict(include_text=True)
    d["external_id"] = ext.article.external_id
    d["body_start"] = ext.article.body_start
    return d


def record_to_extraction(d: dict[str, Any]) -> Extraction:
    ext = Extraction.from_dict(d)
    ext.article.external_id = d.get("external_id")
    ext.article.body_start = d.get("body_start") or 0
    return ext
