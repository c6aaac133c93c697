"""Export of statements and their reports as JSONL, CSV and Parquet."""
from __future__ import annotations

import csv
import json

import pytest

from crossref_gold import gold_store
from veille.store import Store
from veille.store.crossref.export import REPORT_FIELDS, STATEMENT_FIELDS, export_statements


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(gold_store(tmp_path_factory.mktemp("x") / "gold.db"))
    yield s
    s.close()


def test_jsonl_csv_and_parquet_hold_the_same_statements_and_reports(store, tmp_path):
    import pyarrow.parquet as pq

    (heads, n_heads), (reports, n_reports) = export_statements(store, "jsonl", tmp_path, min_reports=2)
    assert (n_heads, n_reports) == (17, 39)
    rows = [json.loads(line) for line in reports.read_text(encoding="utf-8").splitlines()]
    assert set(rows[0]) == set(REPORT_FIELDS) and rows[0]["first"] and rows[0]["order"] == 1
    assert sum(r["changed"] for r in rows) >= 8
    with open(export_statements(store, "csv", tmp_path / "c")[0][0], encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == STATEMENT_FIELDS
    paths = export_statements(store, "parquet", tmp_path / "p")
    assert [pq.read_table(p).num_rows for p, _ in paths] == [28, 50]
    with pytest.raises(ValueError):
        export_statements(store, "xml", tmp_path)


def test_an_empty_store_exports_empty_files(tmp_path):
    import pyarrow.parquet as pq

    with Store(tmp_path / "empty.db") as empty:
        paths = export_statements(empty, "parquet", tmp_path / "p")
    assert [pq.read_table(p).num_rows for p, _ in paths] == [0, 0]
