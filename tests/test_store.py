"""The SQLite store: migrations, writes, identity, cascades, full-text search, actor and event queries, exports."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from test_store_support import FAKE_VERSION, fake_process, make_article, sample_extraction
from veille.store import Store, article_key
from veille.store import queries as Q
from veille.store.db import migration_files
from veille.store.export import export, export_plover
from veille.store.writer import COLUMNS, TABLES, extraction_rows, insert_rows


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def fts_ok(store: Store) -> None:
    store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_fresh_database_has_every_table_and_records_migrations(store):
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert set(TABLES) | {"quotes_fts", "articles_fts", "schema_migrations"} <= names
    assert store.applied_migrations() == [n for n, _ in migration_files()]
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.migrate() == []  # idempotent


def test_migration_names_are_numbered_and_in_the_store_range():
    names = [n for n, _ in migration_files()]
    assert names == sorted(names) and names[0] == "0001_initial"
    assert all(int(n[:4]) < 50 or 50 <= int(n[:4]) < 60 for n in names)


def _insert_known_columns(conn, table: str, rows: list[tuple]) -> None:
    """Rows of today's writer as an older schema takes them: the columns it had."""
    have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    keep = [i for i, c in enumerate(COLUMNS[table]) if c in have]
    cols = ", ".join(f'"{COLUMNS[table][i]}"' for i in keep)
    conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in keep)})",
                     [[r[i] for i in keep] for r in rows])


def test_database_from_older_schema_is_migrated_and_indexed(tmp_path):
    path = tmp_path / "old.db"
    old = Store(path, migrate=False)
    assert old.migrate(upto="0001_initial") == ["0001_initial"]
    assert not old.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()
    rows = extraction_rows(sample_extraction(1))
    with old.transaction() as conn:  # rows written by the old version: its tables and columns only
        for table in TABLES:
            _insert_known_columns(conn, table, rows.get(table, []))
    old.close()

    new = Store(path)
    assert new.applied_migrations() == [n for n, _ in migration_files()]
    hits = Q.search_quotes(new, "garanties sécurité")
    assert len(hits) == 1 and hits[0]["quote_id"] == "q1"
    assert Q.search_articles(new, "ministre")
    assert Q.find_actors(new, "poutine")[0]["name"] == "Vladimir Poutine"  # names and aliases backfilled
    fts_ok(new)


def test_write_round_trips_the_extraction(store):
    ext = sample_extraction(1)
    assert store.write(ext) == "new"
    back = Q.get_extraction(store, ext.article.id)
    assert back.to_dict(include_text=True) == ext.to_dict(include_text=True)
    assert back.article.body_start == ext.article.body_start
    row = store.conn.execute("SELECT key, pipeline_version FROM articles").fetchone()
    assert tuple(row) == (ext.article.url, FAKE_VERSION)


def test_sides_read_from_context_round_trip(store):
    ext = sample_extraction(1)
    ext.events[0].target_from, ext.events[0].source_from = "context", "context"
    store.write(ext)
    back = Q.get_extraction(store, ext.article.id).events[0]
    assert (back.target_from, back.source_from) == ("context", "context")
    assert Q.list_events(store)[0]["source_from"] == "context"


def test_the_place_of_an_event_round_trips_with_its_name(store):
    ext = sample_extraction(1)
    place = ext.entities[-1]
    ext.events[0].place = place.id
    store.write(ext)
    assert Q.get_extraction(store, ext.article.id).events[0].place == place.id
    assert Q.list_events(store)[0]["place"] == {"id": place.id, "name": place.name}


def test_article_identity_unchanged_changed_and_replace_in_one_transaction(store):
    a1 = make_article(1)
    assert store.article_status(article_key(a1), a1.id) == "new"
    store.write(fake_process(a1))
    assert store.article_status(article_key(a1), a1.id) == "unchanged"
    a1b = make_article(1, extra="Le ministre Paul Martin demande une trêve.")
    assert store.article_status(article_key(a1b), a1b.id) == "changed"
    assert store.write(fake_process(a1b)) == "replaced"
    assert store.counts()["articles"] == 1
    ids = {r[0] for t in TABLES for r in store.conn.execute(
        f"SELECT DISTINCT {'id' if t == 'articles' else 'article_id'} FROM {t}")}
    assert ids == {a1b.id}  # nothing of the old version is left
    assert Q.search_quotes(store, "trêve") == [] and Q.search_articles(store, "trêve")
    fts_ok(store)


def test_same_text_under_another_key_counts_as_unchanged(store):
    store.write(fake_process(make_article(1)))
    copy = make_article(1, url="https://mirror.example/a1")
    assert store.article_status(article_key(copy), copy.id) == "unchanged"


def test_key_is_url_else_absolute_source_path_else_hash(tmp_path):
    a = make_article(1, url="")
    a.url = None
    assert article_key(a) == a.id
    a.source_path = "x/y.txt"
    assert article_key(a).endswith("/x/y.txt") and article_key(a).startswith("/")
    a.external_id = "7"
    assert article_key(a).endswith("/x/y.txt#7")


def test_failed_write_leaves_previous_records_intact(store, monkeypatch):
    ext = sample_extraction(1)
    store.write(ext)
    before = store.counts()
    changed = fake_process(make_article(1, extra="autre texte"))
    changed.quotes.append(changed.quotes[0])  # duplicate primary key: the insert fails mid-transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.write(changed)
    assert store.counts() == before
    assert Q.get_extraction(store, ext.article.id) is not None
    fts_ok(store)


def test_entity_names_are_folded_by_the_one_name_folding_and_old_stores_are_refolded(store):
    ext = sample_extraction(1)
    store.write(ext)
    folded = {r[0] for r in store.conn.execute("SELECT name FROM entity_names")}
    assert "vladimir poutine" in folded
    # A store written before the one folding kept hyphens and apostrophes: migration 0005 refolds its names.
    store.conn.execute("UPDATE entity_names SET name = 'vladimir-poutine' WHERE name = 'vladimir poutine'")
    store.conn.execute("DELETE FROM schema_migrations WHERE name LIKE '0005%'")
    assert [n for n in store.migrate() if n.startswith("0005")]
    assert {r[0] for r in store.conn.execute("SELECT name FROM entity_names")} == folded
    assert Q.find_actors(store, "Vladimir-Poutine") == Q.find_actors(store, "vladimir poutine") != []


def test_batch_writer_groups_commits_and_a_failing_write_undoes_only_itself(store, tmp_path):
    other = Store(tmp_path / "v.db")  # the same file, another connection: sees commits only
    bad = sample_extraction(2)
    bad.quotes.append(bad.quotes[0])  # duplicate primary key
    with store.batch(max_articles=3, max_seconds=60) as writer:
        assert writer.write(sample_extraction(1)) == "new"
        with pytest.raises(sqlite3.IntegrityError):
            writer.write(bad)
        writer.write(sample_extraction(3))
        assert other.counts()["articles"] == 0  # not committed yet
        writer.write(sample_extraction(4))      # third article: commit
        assert other.counts()["articles"] == 3
        writer.write(sample_extraction(5))
    assert other.counts()["articles"] == 4      # leaving commits the rest
    assert not other.conn.execute("SELECT 1 FROM articles WHERE id = ?", (bad.article.id,)).fetchone()
    fts_ok(store)


def test_delete_cascades_to_every_table_and_fts(store):
    e1, e2 = sample_extraction(1), sample_extraction(2)
    store.write(e1)
    store.write(e2)
    assert store.delete(e1.article.id[:10])
    for t in (*TABLES, "entity_names"):
        col = "id" if t == "articles" else "article_id"
        assert not store.conn.execute(f"SELECT 1 FROM {t} WHERE {col} = ?", (e1.article.id,)).fetchone(), t
    assert {h["article_id"] for h in Q.search_quotes(store, "garanties")} == {e2.article.id}
    assert not store.delete("nothing-like-this")
    fts_ok(store)


def test_reader_sees_committed_articles_only(tmp_path):
    writer = Store(tmp_path / "v.db")
    reader = Store(tmp_path / "v.db")
    writer.conn.execute("BEGIN IMMEDIATE")
    insert_rows(writer.conn, extraction_rows(sample_extraction(1)))
    assert Q.search_quotes(reader, "garanties") == []  # WAL: the reader is not blocked, sees the last commit
    writer.conn.execute("COMMIT")
    assert len(Q.search_quotes(reader, "garanties")) == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_every_table(store, tmp_path, fmt):
    store.write(sample_extraction(1))
    store.write(sample_extraction(2))
    out = tmp_path / "out"
    written = dict(export(store, fmt, out))
    assert {p.name for p in written} == {f"{t}.{fmt}" for t in TABLES}
    counts = store.counts()
    for path, n in written.items():
        assert n == counts[path.stem]
    quotes = out / f"quotes.{fmt}"
    if fmt == "jsonl":
        rows = [json.loads(x) for x in quotes.read_text().splitlines()]
        ents = [json.loads(x) for x in (out / "entities.jsonl").read_text().splitlines()]
        assert isinstance(ents[0]["aliases"], list)
    elif fmt == "csv":
        rows = list(csv.DictReader(quotes.open(encoding="utf-8")))
    else:
        import pyarrow.parquet as pq
        rows = pq.read_table(quotes).to_pylist()
    assert {r["text"] for r in rows} == {q.text for n in (1, 2) for q in sample_extraction(n).quotes}
    assert all(str(r["article_id"]) for r in rows)
    one = dict(export(store, fmt, tmp_path / "one", ["events"]))
    assert [p.name for p in one] == [f"events.{fmt}"]


def test_export_plover_events(store, tmp_path):
    ext = sample_extraction(1)
    store.write(ext)
    n = export_plover(store, tmp_path / "ev.jsonl")
    recs = [json.loads(x) for x in (tmp_path / "ev.jsonl").read_text().splitlines()]
    assert n == len(recs) == len(ext.events)
    r = recs[0]
    for field in ("id", "date", "actor", "recipient", "event"):
        assert field in r
    assert "REQUEST" in json.dumps(r["event"])


def test_vacuum_keeps_search_working(store):
    for n in range(5):
        store.write(sample_extraction(n))
    store.delete(sample_extraction(0).article.id)
    store.vacuum()
    fts_ok(store)
    assert len(Q.search_quotes(store, "garanties")) == 4


def test_the_store_never_imports_spacy():
    import subprocess
    import sys
    code = ("import sys, veille.store, veille.query, veille.store.ingest, veille.store.export, "
            "veille.store.commands, veille.store.shards, veille.runner, veille.ingest.walk; "
            "from veille.store.export import _plover_records_fn; _plover_records_fn(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'veille') "
            "and (m.startswith(('spacy', 'thinc', 'veille.nlp')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
