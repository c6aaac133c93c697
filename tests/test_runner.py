"""Runners: the same process() in this process, on a local process pool, and on a Dask LocalCluster."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_store_support import FAKE_VERSION, fake_process, make_article
from veille import runner
from veille.model import Article
from veille.store import Store
from veille.store import queries as Q
from veille.store.ingest import ingest_articles

TESTS = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[2] / "shared"


def articles(n: int) -> list[Article]:
    out = [make_article(i) for i in range(n)]
    out.append(Article(text="FAIL\nnot French", source_path="bad.txt"))
    return out


def check(outcomes, n: int) -> None:
    ok = [o for o in outcomes if o.extraction is not None]
    failed = [o for o in outcomes if o.error]
    assert len(ok) == n and len(failed) == 1
    assert failed[0].error.startswith("bad.txt: ") and failed[0].tag == n
    assert {o.extraction.article.id for o in ok} == {a.id for a in articles(n)[:n]}
    assert all(o.extraction.pipeline_version == FAKE_VERSION for o in ok)


def test_in_process_runner_returns_errors_as_lines():
    check(list(runner.map_local(enumerate(articles(3)), 1, process_fn=fake_process)), 3)


def test_unexpected_exception_becomes_a_one_line_error():
    def boom(article):
        raise ValueError("bad\nthing")
    ext, err, _ = runner.process_one(Article(text="x", source_path="f.txt"), boom)
    assert ext is None and err.startswith("f.txt: extraction failed (ValueError") and "\n" not in err


def threads_setting(article):
    import os
    return os.environ.get("OPENBLAS_NUM_THREADS")


def test_pool_workers_run_one_numeric_thread_each(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    outs = list(runner.map_local(enumerate(articles(1)[:1]), 2, process_fn=threads_setting, warm=False))
    assert outs[0].extraction == "1"
    assert "OPENBLAS_NUM_THREADS" not in os.environ  # the caller's environment is restored


def test_process_pool_maps_the_same_function():
    check(list(runner.map_local(enumerate(articles(6)), 2, process_fn=fake_process)), 6)


def test_a_worker_that_dies_fails_only_its_article_and_the_pool_goes_on():
    from test_store_support import crashing_process

    items = articles(5)
    items.insert(2, Article(text="CRASH\nle processus meurt", source_path="crash.txt"))
    outs = list(runner.map_local(enumerate(items), 2, process_fn=crashing_process, warm=False))
    assert len(outs) == len(items)
    failed = {o.article.source_path: o.error for o in outs if o.error}
    assert set(failed) == {"crash.txt", "bad.txt"} and "died" in failed["crash.txt"]
    assert sum(1 for o in outs if o.extraction is not None) == 5


def test_pool_ingest_writes_through_one_writer(tmp_path):
    store = Store(tmp_path / "v.db")
    report = ingest_articles(store, articles(8), workers=2, process_fn=fake_process)
    assert report.counts == {"new": 8, "replaced": 0, "unchanged": 0, "failed": 1}
    assert len(Q.search_quotes(store, "garanties", limit=100)) == 8


@pytest.fixture
def dask_client(monkeypatch):
    pytest.importorskip("distributed")
    # Worker processes import the stand-in process() from the tests folder.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    client = runner.dask_client(workers=2)
    yield client
    runner.close_client(client)


def test_dask_engine_writes_shards_and_loads_them(tmp_path, dask_client):
    shards = tmp_path / "shards"
    store = Store(tmp_path / "v.db")
    report = ingest_articles(store, articles(7), engine="dask", client=dask_client, shard_dir=shards,
                             batch_size=3, process_fn=fake_process)
    assert report.counts == {"new": 7, "replaced": 0, "unchanged": 0, "failed": 1}
    assert len(list(shards.glob("*.parquet"))) == 3
    # The same shards load into another store (`veille load SHARDS`) with the same content.
    from veille.store.ingest import load_shards
    other = Store(tmp_path / "w.db")
    assert load_shards(other, [shards]).counts["new"] == 7
    assert other.counts() == store.counts()


def test_dask_engine_on_a_local_cluster_writes_one_article_shards_in_a_temporary_folder(tmp_path, dask_client,
                                                                                       monkeypatch):
    import veille.store.ingest as ingest

    batches = []
    real = ingest._batched
    monkeypatch.setattr(ingest, "_batched", lambda jobs, size: (batches.append(size), real(jobs, size))[1])
    store = Store(tmp_path / "v.db")
    report = ingest_articles(store, articles(3), engine="dask", client=dask_client, process_fn=fake_process)
    assert report.counts == {"new": 3, "replaced": 0, "unchanged": 0, "failed": 1}
    assert batches == [1] and runner.is_local(dask_client)
    assert len(Q.search_quotes(store, "garanties")) == 3


def test_a_remote_worker_sends_its_shard_back(tmp_path):
    from veille.store.shards import read_shard, save_shard_bytes

    batch = [(f"k{n}", a) for n, a in enumerate(articles(2)[:2])]
    out = runner.process_batch_to_shard(batch, str(tmp_path / "s.parquet"), fake_process, ship=True)
    assert out["n"] == 2 and out["data"] and not (tmp_path / "s.parquet").exists()
    save_shard_bytes(out["data"], out["path"])
    assert [r["key"] for r in read_shard(out["path"])] == ["k0", "k1"]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "winer-dev").exists(), reason="needs ../shared")
def test_pool_and_in_process_give_the_same_records_with_the_real_pipeline(tmp_path):
    from veille.ingest.walk import iter_articles

    files = sorted((SHARED / "data" / "winer-dev").glob("*.txt"))[:3]
    one = Store(tmp_path / "one.db")
    two = Store(tmp_path / "two.db")
    assert ingest_articles(one, iter_articles(files), workers=1).counts["new"] == 3
    assert ingest_articles(two, iter_articles(files), workers=2).counts["new"] == 3
    for aid in [r[0] for r in one.conn.execute("SELECT id FROM articles")]:
        assert Q.get_extraction(one, aid).to_dict() == Q.get_extraction(two, aid).to_dict()
