"""Exports: every table as JSONL, CSV or Parquet (one file per table), and events as PLOVER JSON.

Rows are streamed from SQLite in chunks, so exports of any size run in flat memory. Table and column names are
the store's (see migrations/0001_initial.sql); JSON-valued columns (aliases, attributed_to, mentions, authors) are
decoded in JSONL and Parquet and left as JSON text in CSV.
"""
from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence, Union

from veille.store.writer import COLUMNS, TABLES

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "plover")
JSON_COLUMNS = {"authors", "aliases", "attributed_to", "mentions"}
CHUNK = 2000


def _conn(db):
    return getattr(db, "conn", db)


def _rows(db, table: str, article_id: Optional[str] = None) -> Iterator[tuple]:
    if table not in COLUMNS:
        raise ValueError(f"unknown table: {table} (one of {', '.join(TABLES)})")
    cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
    sql, params = f"SELECT {cols} FROM {table}", []
    if article_id:
        sql += " WHERE " + ("id" if table == "articles" else "article_id") + " = ?"
        params.append(article_id)
    cur = _conn(db).execute(sql + " ORDER BY rowid", params)
    while True:
        chunk = cur.fetchmany(CHUNK)
        if not chunk:
            return
        yield from (tuple(r) for r in chunk)


def _decoded(table: str, row: tuple) -> dict[str, Any]:
    d = dict(zip(COLUMNS[table], row))
    for c in JSON_COLUMNS & d.keys():
        if d[c] is not None:
            d[c] = json.loads(d[c])
    return d


def export_table(db, table: str, fmt: str, out_dir: Union[str, Path]) -> tuple[Path, int]:
    """Write one table to out_dir/<table>.<fmt>; return the path and the number of rows."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{table}.{fmt}"
    n = 0
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for row in _rows(db, table):
                fh.write(json.dumps(_decoded(table, row), ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(COLUMNS[table])
            for row in _rows(db, table):
                w.writerow(row)
                n += 1
    elif fmt == "parquet":
        n = _export_parquet(db, table, path)
    else:
        raise ValueError(f"unknown format: {fmt} (jsonl, csv or parquet)")
    return path, n


def _arrow_schema(db, table: str):
    import pyarrow as pa

    types = {r[1]: (r[2] or "").upper() for r in _conn(db).execute(f"PRAGMA table_info({table})")}
    fields = []
    for c in COLUMNS[table]:
        t = types.get(c, "TEXT")
        if c in JSON_COLUMNS:
            fields.append((c, pa.string()))  # JSON text: nested shapes vary per column
        elif "INT" in t:
            fields.append((c, pa.int64()))
        elif "REAL" in t:
            fields.append((c, pa.float64()))
        else:
            fields.append((c, pa.string()))
    return pa.schema(fields)


def _export_parquet(db, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(db, table)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[tuple] = []
        for row in _rows(db, table):
            batch.append(row)
            if len(batch) >= CHUNK:
                writer.write_table(pa.Table.from_pylist([dict(zip(COLUMNS[table], r)) for r in batch], schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist([dict(zip(COLUMNS[table], r)) for r in batch], schema))
            n += len(batch)
    return n


def export(db, fmt: str, out_dir: Union[str, Path], tables: Optional[Sequence[str]] = None) -> list[tuple[Path, int]]:
    """Export the named tables (all by default) in `fmt`; "plover" writes events as PLOVER JSONL."""
    if fmt == "plover":
        path = Path(out_dir) / "events.plover.jsonl"
        return [(path, export_plover(db, path))]
    return [export_table(db, t, fmt, out_dir) for t in (tables or TABLES)]


# -- PLOVER ------------------------------------------------------------------------------------------------------
def _plover_records_fn():
    """veille.plover.plover_records(extraction) when the events part provides it, else None."""
    try:
        from veille.plover import plover_records
        return plover_records
    except ImportError:
        return None


def store_plover_records(db, article_id: str) -> list[dict]:
    """PLOVER JSON records for one stored article's events (field names from the PLOVER manual)."""
    from veille.query import get_extraction

    fn = _plover_records_fn()
    if fn is not None:
        ext = get_extraction(db, article_id)
        return list(fn(ext)) if ext is not None else []
    conn = _conn(db)
    a = conn.execute("SELECT id, title, url, outlet, published, source_path FROM articles WHERE id = ?",
                     (article_id,)).fetchone()
    if a is None:
        return []
    out = []
    cur = conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,))
    names = [c[0] for c in cur.description]
    for ev in [dict(zip(names, r)) for r in cur.fetchall()]:
        actors = conn.execute("SELECT entity_id, role, name, kb_id, country FROM event_actors "
                              "WHERE article_id = ? AND event_id = ? ORDER BY rowid",
                              (article_id, ev["id"])).fetchall()

        def side(role: str) -> list[dict]:
            return [{"code": r[4], "name": r[2], "kb_id": r[3], "entity_id": r[0]} for r in actors if r[1] == role]

        out.append({
            "id": f"{article_id[:16]}-{ev['id']}",
            "date": ev["date"] or a[4],
            "actor": side("source"),
            "recipient": side("target"),
            "event": [ev["type"]],
            "mode": [ev["mode"]] if ev["mode"] else [],
            "context": [],
            "event_text": [ev["trigger_text"]] if ev["trigger_text"] else [],
            "offsets": {"trigger": [ev["trigger_start"], ev["trigger_end"]],
                        "sentence": [ev["sentence_start"], ev["sentence_end"]]},
            "negated": bool(ev["negated"]), "hypothetical": bool(ev["hypothetical"]), "target_from": ev["target_from"],
            "source_from": ev["source_from"],
            "event_loc": {"entity_text": ev["place_name"], "veille_id": ev["place"]} if ev["place"] else None,
            "attributed_to": json.loads(ev["attributed_to"] or "[]"),
            "quote": ev["quote_id"], "confidence": ev["confidence"],
            "cite_info": {"title": a[1], "url": a[2], "outlet": a[3], "published": a[4], "article_id": a[0],
                          "source_path": a[5]},
        })
    return out


def export_plover(db, path: Union[str, Path]) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    ids = [r[0] for r in _conn(db).execute("SELECT DISTINCT article_id FROM events ORDER BY article_id")]
    with open(path, "w", encoding="utf-8") as fh:
        for aid in ids:
            for rec in store_plover_records(db, aid):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n
