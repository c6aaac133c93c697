"""`watch run` through the real extraction pipeline (spaCy): a feed of French articles → quotes in the store."""
from __future__ import annotations

import json

import pytest

from veille.store import Store
from veille.watch import alerts, runner, state
from veille.watch.fetch import Fetcher
from watch_site import Site, build_news_site


@pytest.mark.slow
def test_watch_run_through_the_real_pipeline(tmp_path):
    site = Site().start()
    try:
        rss = build_news_site(site, 3)
        out = tmp_path / "alerts.jsonl"
        with Store(tmp_path / "veille.db") as store:
            state.add_feed(store, rss)
            alerts.add_alert(store, query="millions d'euros", file=str(out))
            with Fetcher(delay=0) as f:
                report = runner.run_once(store, fetcher=f)
            assert report.total("new") == 3 and not report.failed_feeds, report.feeds
            quotes = store.conn.execute("SELECT text, speaker_name FROM quotes").fetchall()
            texts = {q["text"] for q in quotes}
            assert "Nous ne laisserons personne au bord du chemin" in texts
            assert store.conn.execute("SELECT count(*) FROM articles WHERE language = 'fr'").fetchone()[0] == 3
            with Fetcher(delay=0) as f:
                again = runner.run_once(store, fetcher=f)
            assert again.total("new") == 0 and again.not_modified == 1
        notes = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert len(notes) == 3 and all(n["kind"] == "article" for n in notes)
    finally:
        site.stop()
