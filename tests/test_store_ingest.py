"""Batch ingest: identity across runs, bad files in a batch, kill -9 and resume, a reader during a write, shards,
reprocess, and the store's CLI commands. A fast stand-in for process() keeps these tests quick; the real pipeline
runs in the slow tests at the end."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import veille.process
from test_store_support import FAKE_VERSION, fake_process
from veille.store import Store
from veille.store import queries as Q
from veille.store.ingest import articles_to_reprocess, ingest_paths, load_shards, reprocess
from veille.store.writer import TABLES

TESTS = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[2] / "shared"


def write_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = folder / f"sub{i % 3}" / f"article{i:03d}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(f"Article {i}\nLe ministre Jean Dupont demande une aide. « Nous attendons {i} réponses », "
                     f"a dit Marie Curie à Paris.\n", encoding="utf-8")
        out.append(p)
    return out


def dump(db: Path) -> dict:
    """Everything stored except ingestion times, in a stable order: 'same content' means equal dumps."""
    s = Store(db)
    out = {}
    for t in TABLES:
        cols = [r[1] for r in s.conn.execute(f"PRAGMA table_info({t})") if r[1] != "ingested_at"]
        quoted = ", ".join(f'"{c}"' for c in cols)
        out[t] = sorted(tuple(r) for r in s.conn.execute(f"SELECT {quoted} FROM {t}"))
    out["quotes_fts"] = sorted(tuple(r) for r in s.conn.execute(
        "SELECT q.article_id, q.id FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
        "WHERE quotes_fts MATCH 'attendons'"))
    s.close()
    return out


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(veille.process, "process", fake_process)


def test_ingest_then_reingest_changes_nothing_and_changed_files_are_replaced(tmp_path, fake):
    files = write_corpus(tmp_path / "corpus", 6)
    store = Store(tmp_path / "v.db")
    r1 = ingest_paths(store, [tmp_path / "corpus"])
    assert r1.counts == {"new": 6, "replaced": 0, "unchanged": 0, "failed": 0} and r1.ok
    before = dump(tmp_path / "v.db")
    r2 = ingest_paths(store, [tmp_path / "corpus"])
    assert r2.counts["unchanged"] == 6 and r2.counts["new"] == 0
    assert dump(tmp_path / "v.db") == before
    files[0].write_text("Article 0\nLe ministre Paul Martin demande une trêve. « Enfin », dit Anne Roy.\n",
                        encoding="utf-8")
    r3 = ingest_paths(store, [tmp_path / "corpus"])
    assert r3.counts == {"new": 0, "replaced": 1, "unchanged": 5, "failed": 0}
    assert store.counts()["articles"] == 6
    assert Q.search_quotes(store, "Enfin") and not Q.search_quotes(store, '"0 réponses"')


def test_the_same_text_twice_in_one_run_is_stored_once_under_the_first_key(tmp_path, fake):
    files = write_corpus(tmp_path / "corpus", 2)
    copy = tmp_path / "corpus" / "sub9" / "copy.txt"  # walked after sub0/
    copy.parent.mkdir()
    copy.write_bytes(files[0].read_bytes())
    store = Store(tmp_path / "v.db")
    report = ingest_paths(store, [tmp_path / "corpus"])
    assert report.counts == {"new": 2, "replaced": 0, "unchanged": 1, "failed": 0}
    keys = [r[0] for r in store.conn.execute("SELECT key FROM articles")]
    assert str(files[0].resolve()) in keys and str(copy.resolve()) not in keys


def test_batch_with_bad_files_reports_each_and_ingests_the_rest(tmp_path, fake):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "english.txt").write_text("FAIL\nThis is English.", encoding="utf-8")
    (corpus / "records.jsonl").write_text(
        '{"id": "r1", "text": "Titre\\nLe ministre Jean Dupont demande. « Oui », dit Paul Roy."}\n'
        "{not json\n"
        '{"id": "r3", "title": "x"}\n', encoding="utf-8")
    (corpus / "image.png").write_bytes(b"\x89PNG")  # not an article suffix: not read in a folder
    seen = []
    store = Store(tmp_path / "v.db")
    report = ingest_paths(store, [corpus, tmp_path / "missing.txt"], progress=seen.append)
    assert report.counts["new"] == 4 and report.counts["failed"] == 6
    assert len(seen) == len(report.results) == 10
    errors = "\n".join(report.errors)
    for name in ("empty.txt", "binary.txt", "english.txt", "records.jsonl:2", "records.jsonl:3", "missing.txt"):
        assert name in errors, name
    assert all("\n" not in e for e in report.errors)
    assert not report.ok


def test_jsonl_records_keep_their_own_identity(tmp_path, fake):
    f = tmp_path / "a.jsonl"
    recs = [{"text": f"Titre\nLe ministre Jean Dupont demande {i}. « Oui {i} », dit Paul Roy."} for i in range(3)]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    store = Store(tmp_path / "v.db")
    assert ingest_paths(store, [f]).counts["new"] == 3
    recs[1]["text"] += " Modifié."
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    assert ingest_paths(store, [f]).counts == {"new": 0, "replaced": 1, "unchanged": 2, "failed": 0}


INGEST_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    import veille.process
    from test_store_support import fake_process
    veille.process.process = fake_process
    from veille.store import Store
    from veille.store.ingest import ingest_paths
    report = ingest_paths(Store(sys.argv[1]), [sys.argv[2]])
    print(report.counts)
""")


def run_ingest(script: Path, db: Path, corpus: Path, delay: str = "0", wait: bool = True):
    env = {**os.environ, "VEILLE_FAKE_DELAY": delay}
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(corpus)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if wait:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    return proc


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        s = Store(db, migrate=False)
        try:
            return s.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            s.close()
    except Exception:
        return 0


def test_ingest_killed_with_sigkill_resumes_with_nothing_lost_or_duplicated(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60)
    script = tmp_path / "ingest.py"
    script.write_text(INGEST_SCRIPT.format(tests=str(TESTS)), encoding="utf-8")

    run_ingest(script, tmp_path / "reference.db", corpus)  # an uninterrupted run

    db = tmp_path / "killed.db"
    proc = run_ingest(script, db, corpus, delay="0.05", wait=False)
    deadline = time.time() + 60
    while count_articles(db) < 8 and time.time() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count_articles(db)
    assert 0 < stored < 60, "the kill should land mid-ingest"

    run_ingest(script, db, corpus)  # resume
    assert count_articles(db) == 60
    assert dump(db) == dump(tmp_path / "reference.db")
    s = Store(db)
    s.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_readers_query_while_a_writer_ingests(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60)
    script = tmp_path / "ingest.py"
    script.write_text(INGEST_SCRIPT.format(tests=str(TESTS)), encoding="utf-8")
    db = tmp_path / "v.db"
    Store(db).close()  # schema in place before the reader starts
    proc = run_ingest(script, db, corpus, delay="0.005", wait=False)
    reader = Store(db)
    seen, queries = [], 0
    while proc.poll() is None:
        n = len(Q.search_quotes(reader, "attendons", limit=1000))
        assert not seen or n >= seen[-1]  # committed articles only ever add up
        seen.append(n)
        Q.actor_summary(reader, "Jean Dupont")
        queries += 1
    assert proc.returncode == 0, proc.stderr.read()
    assert queries > 3 and len(Q.search_quotes(reader, "attendons", limit=1000)) == 60


def test_shards_load_into_the_store(tmp_path, fake):
    from veille.store.shards import shard_row, write_shard
    from veille.ingest.walk import iter_articles
    from veille.store.writer import article_key

    write_corpus(tmp_path / "corpus", 4)
    rows = []
    for art in iter_articles([tmp_path / "corpus"]):
        rows.append(shard_row(article_key(art), art, fake_process(art)))
    rows.append({"key": "k", "article_id": "x", "source": "bad.txt", "error": "bad.txt: empty file"})
    write_shard(rows[:3], tmp_path / "shards" / "a.parquet")
    write_shard(rows[3:], tmp_path / "shards" / "b.parquet")
    (tmp_path / "shards" / "junk.parquet").write_bytes(b"not parquet")
    store = Store(tmp_path / "v.db")
    report = load_shards(store, [tmp_path / "shards"])
    assert report.counts == {"new": 4, "replaced": 0, "unchanged": 0, "failed": 2}
    assert any("bad.txt: empty file" in e for e in report.errors)
    assert any("junk.parquet" in e for e in report.errors)
    again = load_shards(store, [tmp_path / "shards" / "a.parquet"])
    assert again.counts["unchanged"] == 3
    assert dump(tmp_path / "v.db")["quotes"]


def test_reprocess_selects_by_pipeline_version_and_keeps_records_on_failure(tmp_path, fake, monkeypatch):
    write_corpus(tmp_path / "corpus", 3)
    store = Store(tmp_path / "v.db")
    ingest_paths(store, [tmp_path / "corpus"])
    store.conn.execute("UPDATE articles SET pipeline_version = '0.0.9' WHERE rowid = 1")
    assert len(articles_to_reprocess(store, since="0.1.0")) == 1
    assert len(articles_to_reprocess(store, since="0.0.1")) == 0
    assert len(articles_to_reprocess(store, everything=True)) == 3
    assert len(articles_to_reprocess(store)) == 3  # the fake's version is not the current one
    ids = articles_to_reprocess(store, since="0.1.0")
    report = reprocess(store, ids)
    assert report.counts["replaced"] == 1
    assert store.conn.execute("SELECT count(*) FROM articles WHERE pipeline_version = ?",
                              (FAKE_VERSION,)).fetchone()[0] == 3

    def broken(article):
        raise RuntimeError("model missing")
    before = dump(tmp_path / "v.db")
    report = reprocess(store, articles_to_reprocess(store, everything=True), process_fn=broken)
    assert report.counts["failed"] == 3 and "model missing" in report.errors[0]
    assert dump(tmp_path / "v.db") == before


# -- CLI -----------------------------------------------------------------------------------------------------------
@pytest.fixture
def cli(fake):
    from veille.cli import app
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_cli_ingest_search_actor_events_export_delete(tmp_path, cli):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    (corpus / "bad.txt").write_text("", encoding="utf-8")
    db = tmp_path / "v.db"
    r = cli("ingest", corpus, "--db", db, "--json")
    assert r.exit_code == 1  # one file failed
    report = json.loads(r.stdout.strip().splitlines()[-1])
    assert report["counts"]["new"] == 4 and report["counts"]["failed"] == 1
    assert "bad.txt" in r.stderr and "empty file" in r.stderr

    r = cli("search", "attendons", "--db", db, "--json", "--limit", "2")
    hits = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.exit_code == 0 and len(hits) == 2 and "attendons" in hits[0]["snippet"]
    r = cli("search", "attendons", "--db", db)
    assert r.exit_code == 0 and "attendons" in r.stdout
    r = cli("actor", "Jean Dupont", "--db", db)
    assert r.exit_code == 0 and "Jean Dupont" in r.stdout and "REQUEST" in r.stdout
    r = cli("actor", "FRA", "--db", db, "--json")
    assert json.loads(r.stdout)["actors"]
    r = cli("events", "--actor", "FRA", "--type", "REQUEST", "--since", "2023-01-01", "--db", db, "--json")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 4
    for fmt in ("jsonl", "csv", "parquet", "plover"):
        r = cli("export", "--format", fmt, "--out", tmp_path / fmt, "--db", db)
        assert r.exit_code == 0, r.output
    assert (tmp_path / "plover" / "events.plover.jsonl").exists()
    r = cli("export", "--table", "quotes", "--out", tmp_path / "q", "--db", db)
    assert r.exit_code == 0 and [p.name for p in (tmp_path / "q").iterdir()] == ["quotes.jsonl"]
    assert cli("export", "--table", "nope", "--db", db).exit_code == 2

    aid = hits[0]["article_id"]
    r = cli("delete", aid[:12], "--db", db)
    assert r.exit_code == 0 and aid in r.stdout
    assert cli("delete", aid, "--db", db).exit_code == 1
    r = cli("reprocess", "--all", "--db", db, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["counts"]["replaced"] == 3


def test_cli_ingest_error_lines_stay_one_line_when_stderr_is_not_a_terminal(tmp_path, cli, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1)
    bad = corpus / ("un-article-au-nom-tres-long-" * 4 + "vide.txt")
    bad.write_text("", encoding="utf-8")
    r = cli("ingest", corpus, "--db", tmp_path / "v.db", "-q")
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [f"error: {bad}: empty file"]


def test_cli_ingest_ends_saying_where_the_store_is_and_what_to_try_next(tmp_path, cli):
    write_corpus(tmp_path / "corpus", 2)
    db = tmp_path / "v.db"
    r = cli("ingest", tmp_path / "corpus", "--db", db, "-q")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith("2 new, 0 replaced")
    assert f"stored in {db}" in r.stdout
    assert f"veille serve --db {db}" in r.stdout and f"veille search \"mot\" --db {db}" in r.stdout
    assert json.loads(cli("ingest", tmp_path / "corpus", "--db", db, "--json").stdout)["store"] == str(db)


def test_cli_actor_counts_agree_with_their_nouns(tmp_path, cli):
    write_corpus(tmp_path / "corpus", 1)
    db = tmp_path / "v.db"
    cli("ingest", tmp_path / "corpus", "--db", db, "-q")
    r = cli("actor", "Marie Curie", "--db", db)
    assert r.exit_code == 0 and "— 1 article\n" in r.stdout and r.stdout.count("1 article,") == 1
    assert "article(s)" not in r.stdout and "1 articles" not in r.stdout


def test_cli_store_commands_on_a_missing_database_say_so(tmp_path, cli):
    r = cli("search", "x", "--db", tmp_path / "none.db")
    assert r.exit_code == 2 and "no such database" in r.stderr
    assert not (tmp_path / "none.db").exists()


def test_cli_refuses_a_file_that_is_not_a_database(tmp_path, cli):
    bad = tmp_path / "notes.db"
    bad.write_text("these are not the records you are looking for\n" * 100, encoding="utf-8")
    r = cli("search", "x", "--db", bad)
    assert r.exit_code == 2 and "notes.db" in r.stderr
    assert bad.read_text(encoding="utf-8").startswith("these are not")  # left untouched
    r = cli("ingest", tmp_path, "--db", tmp_path / "no" / "such" / "dir.db")
    assert r.exit_code == 2 and "cannot open" in r.stderr


def test_cli_db_defaults_to_env(tmp_path, cli, monkeypatch):
    write_corpus(tmp_path / "corpus", 1)
    monkeypatch.setenv("VEILLE_DB", str(tmp_path / "env.db"))
    assert cli("ingest", tmp_path / "corpus", "-q").exit_code == 0
    assert count_articles(tmp_path / "env.db") == 1


# -- the real pipeline -------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "winer-dev").exists(), reason="needs ../shared")
def test_real_pipeline_ingest_and_reingest(tmp_path):
    from veille.store.ingest import ingest_paths as ingest

    files = sorted((SHARED / "data" / "winer-dev").glob("*.txt"))[:2]
    store = Store(tmp_path / "v.db")
    r = ingest(store, files)
    assert r.counts["new"] == 2, r.errors
    assert store.counts()["entities"] > 0
    assert ingest(store, files).counts["unchanged"] == 2
    ids = [row[0] for row in store.conn.execute("SELECT id FROM articles")]
    from veille.model import Extraction  # noqa: F401
    for aid in ids:
        ext = Q.get_extraction(store, aid)
        assert ext.article.text and ext.pipeline_version
