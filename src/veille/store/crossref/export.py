"""Export statements and their reports as JSONL, CSV or Parquet: statements.<fmt> and statement_reports.<fmt>.

One row per statement (its speaker, counts and first report) and one per report (its article, outlet, date,
offsets, speaker, relay chain, exact wording and its word changes from the first report). Statements are read one
at a time, so the export runs in flat memory.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator, Union

from veille.store.crossref.queries import get_statement

STATEMENT_FIELDS = ("statement_id", "speaker_name", "speaker_kb_id", "reports", "outlets", "reworded",
                    "first_article_id", "first_quote_id", "first_outlet", "first_published", "text")
REPORT_FIELDS = ("statement_id", "order", "first", "article_id", "quote_id", "outlet", "title", "url",
                 "published", "ingested_at", "start", "end", "text", "speaker_name", "speaker_kb_id", "via",
                 "changed", "diff")
LIST_FIELDS = {"via"}


def _statements(db, min_reports: int) -> Iterator[dict]:
    conn = getattr(db, "conn", db)
    ids = [r[0] for r in conn.execute("SELECT group_id FROM crossref_members WHERE kind = 'statement' "
                                      "GROUP BY group_id HAVING count(*) >= ? ORDER BY group_id", (min_reports,))]
    for statement_id in ids:
        found = get_statement(db, statement_id)
        if found is not None:
            yield found


def _rows(db, min_reports: int) -> Iterator[tuple[dict, list[dict]]]:
    for s in _statements(db, min_reports):
        first = s["first_report"]
        head = {"statement_id": s["id"], "speaker_name": s["speaker_name"], "speaker_kb_id": s["speaker_kb_id"],
                "reports": s["reports"], "outlets": s["outlets"], "reworded": s["reworded"],
                "first_article_id": first["article_id"], "first_quote_id": first["quote_id"],
                "first_outlet": first["outlet"], "first_published": first["published"], "text": s["text"]}
        reports = [{**{k: r.get(k) for k in REPORT_FIELDS}, "statement_id": s["id"], "order": n,
                    "diff": r["diff_text"]} for n, r in enumerate(s["timeline"], 1)]
        yield head, reports


class _Sink:
    """One output file, written row by row (Parquet: in row groups)."""

    def __init__(self, path: Path, fields: tuple[str, ...], fmt: str):
        self.path, self.fields, self.fmt, self.count, self.buffer = path, fields, fmt, 0, []
        self.fh = open(path, "w", encoding="utf-8", newline="") if fmt != "parquet" else None
        self.writer = None
        if fmt == "csv":
            self.csv = csv.writer(self.fh)
            self.csv.writerow(fields)

    def add(self, row: dict) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self.fh.write(json.dumps({k: row.get(k) for k in self.fields}, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self.csv.writerow([json.dumps(row[k], ensure_ascii=False) if k in LIST_FIELDS else row.get(k)
                               for k in self.fields])
        else:
            self.buffer.append({k: row.get(k) for k in self.fields})
            if len(self.buffer) >= 5000:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.buffer:
            return
        table = pa.Table.from_pylist(self.buffer)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema, compression="zstd")
        self.writer.write_table(table.cast(self.writer.schema))
        self.buffer = []

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            return
        self._flush()
        if self.writer is not None:
            self.writer.close()
        else:  # nothing to write: an empty file with no columns would not read back
            import pyarrow as pa
            import pyarrow.parquet as pq
            pq.write_table(pa.table({k: pa.array([], pa.string()) for k in self.fields}), self.path)


def export_statements(db, fmt: str, out_dir: Union[str, Path], *, min_reports: int = 1) -> list[tuple[Path, int]]:
    """Write out_dir/statements.<fmt> and out_dir/statement_reports.<fmt>; their paths and row counts."""
    if fmt not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown format: {fmt} (jsonl, csv or parquet)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    heads = _Sink(out_dir / f"statements.{fmt}", STATEMENT_FIELDS, fmt)
    reports = _Sink(out_dir / f"statement_reports.{fmt}", REPORT_FIELDS, fmt)
    try:
        for head, rows in _rows(db, min_reports):
            heads.add(head)
            for r in rows:
                reports.add(r)
    finally:
        heads.close()
        reports.close()
    return [(heads.path, heads.count), (reports.path, reports.count)]
