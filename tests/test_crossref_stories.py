"""Stories: copies land in their original's story, other articles on the topic do not; order, shards, deletes."""
from __future__ import annotations

from pathlib import Path

import pytest

from crossref_gold import gold_extractions, load_gold
from veille.model import Article, Extraction
from veille.store import Store
from veille.store.crossref import queries as X
from veille.store.crossref.stories import THRESHOLD, body_text, signature, similarity


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def story_partition(store: Store, names: dict[str, str]) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for article_id, group in store.conn.execute("SELECT article_id, group_id FROM crossref_members "
                                                "WHERE kind = 'story'"):
        groups.setdefault(group, []).append(names[article_id])
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def gold_names(extractions) -> dict[str, str]:
    return {e.article.id: e.article.url.rsplit("/", 1)[1] for e in extractions}


def test_copies_with_another_title_lead_and_a_paragraph_cut_join_their_original_and_nothing_else(store):
    gold = load_gold()
    extractions, _ = gold_extractions(gold)
    for ext in extractions:
        store.write(ext)
    assert story_partition(store, gold_names(extractions)) == sorted(sorted(s) for s in gold["stories"])


def test_measured_margin_between_copies_and_articles_on_the_same_topic():
    extractions, _ = gold_extractions(load_gold())
    sig = {e.article.url.rsplit("/", 1)[1]: signature(body_text(e)) for e in extractions}
    copies = [similarity(sig[a], sig[b]) for a, b in load_gold()["stories"]]
    same_topic = [similarity(sig["handball-demi-wikinews.txt"], sig["handball-finale-wikinews.txt"]),
                  similarity(sig["rouvray-wikinews.txt"], sig["rouvray-lendemain.txt"]),
                  similarity(sig["valls-wikinews.txt"], sig["valls-reaction.txt"])]
    assert min(copies) >= THRESHOLD + 0.05 and max(same_topic) <= THRESHOLD - 0.15, (copies, same_topic)


def test_shards_loaded_in_any_order_give_the_same_stories_as_a_local_ingest(tmp_path):
    from veille.store.ingest import load_shards
    from veille.store.shards import shard_row, write_shard

    extractions, _ = gold_extractions(load_gold())
    names = gold_names(extractions)
    with Store(tmp_path / "local.db") as local:
        for ext in extractions:
            local.write(ext)
        expected = story_partition(local, names)
    rows = [shard_row(e.article.url, e.article, e) for e in extractions[::-1]]
    write_shard(rows[::2], tmp_path / "shards" / "b.parquet")
    write_shard(rows[1::2], tmp_path / "shards" / "a.parquet")
    with Store(tmp_path / "loaded.db") as loaded:
        report = load_shards(loaded, [tmp_path / "shards"])
        assert report.counts["new"] == len(extractions)
        assert story_partition(loaded, names) == expected


def chain_article(n: int, first_word: int) -> Extraction:
    body = " ".join(f"mot{i}" for i in range(first_word, first_word + 100))
    text = f"Dépêche {n}\n{body}"
    return Extraction(article=Article(text=text, title=f"Dépêche {n}", url=f"https://ex.org/{n}",
                                      published=f"2023-05-0{n}", body_start=text.index("\n") + 1))


def test_a_story_whose_bridge_leaves_splits_and_nothing_else_is_lost(store):
    a, b, c = chain_article(1, 0), chain_article(2, 35), chain_article(3, 75)
    assert similarity(signature(body_text(a)), signature(body_text(c))) < THRESHOLD
    for ext in (a, c, b):  # b arrives last and bridges a and c
        store.write(ext)
    [story] = X.list_stories(store)
    assert story["articles"] == 3 and story["first"]["published"] == "2023-05-01"
    store.delete(b.article.id)
    assert X.list_stories(store) == []
    assert len(X.list_stories(store, min_articles=1)) == 2
    store.write(b)  # back again: one story
    assert X.list_stories(store)[0]["articles"] == 3
    found = X.story_of_articles(store, [a.article.id, c.article.id])
    assert len({v["story"] for v in found.values()}) == 1 and found[a.article.id]["articles"] == 3


def test_short_articles_are_a_story_of_their_own(store):
    ext = Extraction(article=Article(text="Brève\nLe ministre démissionne.", title="Brève", url="https://ex.org/b"))
    store.write(ext)
    store.write(Extraction(article=Article(text="Brève\nLe ministre démissionne. Fin.", url="https://ex.org/c")))
    assert X.list_stories(store) == [] and len(X.list_stories(store, min_articles=1)) == 2


def test_ingest_on_dask_groups_like_a_local_ingest(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import os

    from crossref_gold import gold_process
    from veille import runner
    from veille.store.ingest import ingest_articles

    extractions, _ = gold_extractions(load_gold())
    names = gold_names(extractions)
    articles = [e.article for e in extractions]
    with Store(tmp_path / "local.db") as local:
        ingest_articles(local, articles, process_fn=gold_process)
        expected = story_partition(local, names)
        statements = len(X.list_statements(local))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
    client = runner.dask_client(workers=2)
    try:
        with Store(tmp_path / "dask.db") as on_dask:
            report = ingest_articles(on_dask, articles, engine="dask", client=client, batch_size=2,
                                     process_fn=gold_process)
            assert report.counts["new"] == len(articles)
            assert story_partition(on_dask, names) == expected
            assert len(X.list_statements(on_dask)) == statements == 17
    finally:
        runner.close_client(client)
