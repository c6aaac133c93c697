"""veille.watch.alerts and `veille alert ...`: rules, sinks, one notification per record, never twice."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import veille.process
from veille.cli import app
from veille.model import Article
from veille.store import Store
from veille.store.ingest import ingest_articles
from veille.watch import alerts, runner, state
from veille.watch.fetch import Fetcher
from watch_site import Site, build_news_site, fake_process, french_article


@pytest.fixture(autouse=True)
def fast_process(monkeypatch):
    monkeypatch.setattr(veille.process, "process", fake_process)


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "veille.db") as s:
        yield s


def article(n: int, edition: int = 0) -> Article:
    title, paragraphs = french_article(n, edition)
    return Article(text=title + "\n\n" + "\n\n".join(paragraphs), title=title,
                   url=f"https://presse.example/2024/03/article-{n}")


def ingest(store, *articles) -> list[str]:
    report = ingest_articles(store, list(articles))
    return [r.article_id for r in report.results if r.status in ("new", "replaced")]


def lines(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def no_sleep(_):
    pass


def test_speaker_alert_matches_quotes_ignoring_case_and_accents(store, tmp_path):
    out = tmp_path / "alerts.jsonl"
    alerts.add_alert(store, speaker="elise moreau", file=str(out))       # quotes by « Élise Moreau »
    ids = ingest(store, article(6), article(0))                            # article 6 is hers, 0 is not
    assert alerts.run_alerts(store, ids) == (1, 0)
    (note,) = lines(out)
    assert note["kind"] == "quote" and note["quote"]["speaker"] == "Élise Moreau"
    assert note["quote"]["text"] == "Nous ne laisserons personne au bord du chemin"
    assert note["article"]["url"] == "https://presse.example/2024/03/article-6"
    assert note["alert"]["rule"] == "speaker: elise moreau" and note["record_key"].startswith("quote:")


def test_speaker_match_is_by_whole_words(store, tmp_path):
    out = tmp_path / "a.jsonl"
    alerts.add_alert(store, speaker="Mar", file=str(out))                 # not « Claire Martin »
    alerts.run_alerts(store, ingest(store, article(0)))
    assert lines(out) == []


def test_event_alert_by_actor_and_type(store, tmp_path):
    accuse = tmp_path / "accuse.jsonl"
    threaten = tmp_path / "threaten.jsonl"
    target = tmp_path / "target.jsonl"
    alerts.add_alert(store, actor="FRA", event_type="ACCUSE", file=str(accuse))
    alerts.add_alert(store, actor="fra", event_type="threaten", file=str(threaten))
    alerts.add_alert(store, actor="FRA", role="target", file=str(target))
    alerts.run_alerts(store, ingest(store, article(1), article(2)))
    notes = lines(accuse)
    assert len(notes) == 2 and {n["event"]["type"] for n in notes} == {"ACCUSE"}
    assert notes[0]["event"]["source"] and "critiqué" in notes[0]["event"]["sentence"]
    assert lines(threaten) == [] and lines(target) == []


def test_query_alert_matches_articles_with_every_term(store, tmp_path):
    out = tmp_path / "q.jsonl"
    alerts.add_alert(store, query='"communes rurales" bordeaux', file=str(out))
    alerts.run_alerts(store, ingest(store, article(1), article(2)))       # article 1 is set in Bordeaux
    (note,) = lines(out)
    assert note["kind"] == "article" and note["article"]["url"].endswith("article-1")


def test_never_twice_for_the_same_record(store, tmp_path):
    out = tmp_path / "a.jsonl"
    alerts.add_alert(store, speaker="Claire Martin", file=str(out))
    ids = ingest(store, article(0))
    alerts.run_alerts(store, ids)
    alerts.run_alerts(store, ids)                                          # same articles again
    alerts.run_alerts(store, None)                                         # everything since the alert
    assert len(lines(out)) == 1
    # an edited article (new content hash) keeps its unchanged quote: not notified again
    ids = ingest(store, article(0, edition=1))
    assert ids and alerts.run_alerts(store, ids) == (0, 0)
    assert len(lines(out)) == 1


def test_webhook_delivery_is_retried_then_succeeds(store, site):
    alerts.add_alert(store, speaker="Claire Martin", webhook=site.url("/hook"))
    site.webhook_failures = 2
    assert alerts.run_alerts(store, ingest(store, article(0)), sleep=no_sleep) == (1, 0)
    assert len(site.received) == 1 and site.received[0]["quote"]["speaker"] == "Claire Martin"
    posts = [h for h in site.hits if h.method == "POST"]
    assert [h.status for h in posts] == [500, 500, 204]
    assert posts[-1].headers["Content-Type"].startswith("application/json")
    row = store.conn.execute("SELECT delivered_at, attempts, last_error FROM alert_deliveries").fetchone()
    assert row["delivered_at"] and row["attempts"] == 3 and row["last_error"] is None


def test_failed_webhook_stays_pending_and_is_delivered_later_once(store, site):
    alerts.add_alert(store, speaker="Claire Martin", webhook=site.url("/hook"))
    site.webhook_failures = 100
    ids = ingest(store, article(0), article(8))                           # two quotes by her
    assert alerts.run_alerts(store, ids, retries=1, sleep=no_sleep) == (0, 2)
    # the broken sink is tried for the first notification only, not hammered for each
    assert len([h for h in site.hits if h.method == "POST"]) == 2
    (info,) = alerts.delivery_counts(store).values()
    assert info["pending"] == 2 and info["last_error"] == "HTTP 500"

    site.webhook_failures = 0
    assert alerts.run_alerts(store, [], sleep=no_sleep) == (2, 0)         # next run: pending ones go out
    assert alerts.run_alerts(store, ids, sleep=no_sleep) == (0, 0)
    assert len(site.received) == 2


def test_delivery_gives_up_after_max_attempts(store, tmp_path):
    bad = tmp_path / "no-such-dir" / "a.jsonl"
    alerts.add_alert(store, speaker="Claire Martin", file=str(bad))
    ids = ingest(store, article(0))
    for _ in range(alerts.MAX_ATTEMPTS):
        alerts.run_alerts(store, ids, retries=0, sleep=no_sleep)
    assert alerts.run_alerts(store, ids, retries=0, sleep=no_sleep) == (0, 0)
    (info,) = alerts.delivery_counts(store).values()
    assert info["given_up"] == 1 and "No such file" in info["last_error"]


def test_adding_the_same_alert_twice_keeps_one(store, tmp_path):
    a = alerts.add_alert(store, speaker="Claire Martin", file=str(tmp_path / "a.jsonl"))
    b = alerts.add_alert(store, speaker="Claire Martin ", file=str(tmp_path / "a.jsonl"))
    c = alerts.add_alert(store, speaker="Claire Martin", file=str(tmp_path / "b.jsonl"))
    assert a.id == b.id != c.id and len(alerts.list_alerts(store)) == 2


@pytest.mark.parametrize("kw,message", [
    ({}, "exactly one rule"),
    ({"speaker": "X", "query": "y"}, "exactly one rule"),
    ({"speaker": "X"}, "exactly one sink"),
    ({"event_type": "SHOUT", "file": "a"}, "unknown PLOVER type"),
    ({"actor": "FRA", "role": "both", "file": "a"}, "--role"),
    ({"speaker": "X", "webhook": "ftp://x"}, "http"),
])
def test_add_alert_validates(store, kw, message):
    with pytest.raises(ValueError, match=message):
        alerts.add_alert(store, **kw)


def test_watch_run_delivers_alerts_for_new_articles_only(store, site, tmp_path):
    out = tmp_path / "a.jsonl"
    rss = build_news_site(site, 8)            # people cycle over 8 names: Élise Moreau speaks in article 6
    state.add_feed(store, rss)
    alerts.add_alert(store, speaker="Élise Moreau", file=str(out))
    with Fetcher(delay=0) as f:
        report = runner.run_once(store, fetcher=f)
    assert report.alerts_delivered == 1 and len(lines(out)) == 1
    with Fetcher(delay=0) as f:
        assert runner.run_once(store, fetcher=f).alerts_delivered == 0
    assert len(lines(out)) == 1


def test_cli_alert_add_list_run_remove(tmp_path):
    db = str(tmp_path / "cli.db")
    out_file = tmp_path / "notes.jsonl"
    cli = CliRunner()
    res = cli.invoke(app, ["alert", "add", "--speaker", "Claire Martin", "--file", str(out_file), "--db", db])
    assert res.exit_code == 0 and "speaker: Claire Martin" in res.stdout
    res = cli.invoke(app, ["alert", "add", "--actor", "FRA", "--type", "accuse", "--webhook",
                           "http://127.0.0.1:9/hook", "--db", db])
    assert res.exit_code == 0 and "type: ACCUSE" in res.stdout
    assert cli.invoke(app, ["alert", "add", "--speaker", "X", "--db", db]).exit_code == 2

    with Store(db) as s:                      # what `veille ingest` would have stored
        ingest(s, article(0))
    res = cli.invoke(app, ["alert", "run", "--db", db])
    assert "1 delivered" in res.stdout and len(lines(out_file)) == 1

    res = cli.invoke(app, ["alert", "list", "--json", "--db", db])
    listed = [json.loads(x) for x in res.stdout.splitlines()]
    assert [a["delivered"] for a in listed] == [1, 0]
    assert cli.invoke(app, ["alert", "list", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["alert", "remove", "1", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["alert", "remove", "1", "--db", db]).exit_code == 1
