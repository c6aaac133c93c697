"""veille.watch.runner and `veille watch ...`: loopback sites → store, with a fast stand-in for process()."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import veille.process
from veille.cli import app
from veille.store import Store
from veille.watch import runner, state
from veille.watch.fetch import Fetcher
from watch_site import Site, article_page, build_news_site, fake_process, french_article, front_page, sitemap


@pytest.fixture(autouse=True)
def fast_process(monkeypatch):
    monkeypatch.setattr(veille.process, "process", fake_process)


@pytest.fixture
def sites():
    started = []

    def make() -> Site:
        s = Site().start()
        started.append(s)
        return s

    yield make
    for s in started:
        s.stop()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "veille.db") as s:
        yield s


def run(store, **kw):
    with Fetcher(delay=0, timeout=kw.pop("timeout", 2.0), backoff=0.01) as f:
        return runner.run_once(store, fetcher=f, **kw)


def count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_feed_items_are_ingested_once_and_second_run_is_304(store, sites):
    site = sites()
    site.add_robots(disallow=["/prive/"])
    rss = build_news_site(site, 5)
    atom = build_news_site(site, 4, prefix="/eco", start=100, feed="atom")
    state.add_feed(store, rss)
    state.add_feed(store, atom)

    first = run(store)
    assert first.total("new") == 9 and not first.failed_feeds
    assert count(store, "articles") == 9 and count(store, "quotes") == 9
    row = store.conn.execute("SELECT title, published, url FROM articles ORDER BY url LIMIT 1").fetchone()
    assert row["title"] and row["published"].startswith("2024-03") and row["url"].startswith(site.base)

    pages_before = len(site.hits)
    second = run(store)
    assert second.total("new") == 0 and second.total("fetched") == 0
    assert {f.status for f in second.feeds} == {"not-modified"}
    assert second.not_modified == 2
    # only the two feeds (answered 304) and robots.txt were requested
    assert {h.path for h in site.hits[pages_before:]} == {"/rss.xml", "/eco/atom.xml", "/robots.txt"}
    assert count(store, "articles") == 9


def test_feed_state_is_kept(store, sites):
    site = sites()
    state.add_feed(store, build_news_site(site, 3), every_seconds=600)
    run(store)
    (feed,) = state.list_feeds(store)
    assert feed.kind == "rss" and feed.title and feed.etag and feed.last_modified
    assert feed.last_ok and feed.last_checked and feed.last_new and feed.error_count == 0
    assert feed.items_seen == 3 and feed.articles_ingested == 3


def test_an_item_listed_twice_is_stored_once(store, sites):
    site = sites()
    feed_a = build_news_site(site, 3)
    paths = [h for h in site.routes if h.startswith("/2024/")]
    feed_b = site.add_rss("/autre.xml", paths[:2])
    state.add_feed(store, feed_a)
    state.add_feed(store, feed_b)
    report = run(store)
    assert report.total("new") == 3 and count(store, "articles") == 3
    assert report.total("fetched") == 3          # each page downloaded once in the run
    # next run, with the second feed changed so it is re-read: still nothing downloaded
    site.add_rss("/autre.xml", paths[:3])
    again = run(store)
    assert again.total("fetched") == 0 and count(store, "articles") == 3


def test_canonical_link_to_home_page_does_not_merge_articles(store, sites):
    site = sites()
    paths = []
    for n in range(2):
        title, paragraphs = french_article(n)
        path = f"/2024/03/12/article-numero-{n}-avec-un-titre"
        site.set(path, article_page(title, paragraphs, "2024-03-12", "Rédaction", site.url("/")))
        paths.append(path)
    site.add_rss("/rss.xml", paths)
    state.add_feed(store, site.url("/rss.xml"))
    assert run(store).total("new") == 2
    assert sorted(r[0] for r in store.conn.execute("SELECT key FROM articles")) == [site.url(p) for p in paths]


def test_edited_article_replaces_its_records(store, sites):
    site = sites()
    title, paragraphs = french_article(7)
    path = "/2024/03/12/un-article-qui-sera-mis-a-jour"
    site.add_article(path, title, paragraphs)
    site.add_rss("/rss.xml", [path], updated={path: "2024-03-12"})
    state.add_feed(store, site.url("/rss.xml"))
    run(store)
    (old_id,) = [r[0] for r in store.conn.execute("SELECT id FROM articles")]

    title, paragraphs = french_article(7, edition=1)
    site.add_article(path, title, paragraphs)
    site.add_rss("/rss.xml", [path], updated={path: "2024-03-13"})
    report = run(store)
    assert report.total("replaced") == 1
    rows = store.conn.execute("SELECT id, text FROM articles").fetchall()
    assert len(rows) == 1 and rows[0]["id"] != old_id and "Mise à jour" in rows[0]["text"]
    assert count(store, "quotes") == 1 and store.conn.execute(
        "SELECT count(*) FROM quotes WHERE article_id = ?", (old_id,)).fetchone()[0] == 0


def test_failing_and_hanging_hosts_do_not_stop_the_others(store, sites):
    good = sites()
    state.add_feed(store, build_news_site(good, 3))
    broken = sites()
    broken.set("/rss.xml", "erreur interne", status=500)
    state.add_feed(store, broken.url("/rss.xml"))
    slow = sites()
    slow.set("/robots.txt", "User-agent: *\n", "text/plain", delay=30)
    state.add_feed(store, slow.url("/rss.xml"))

    report = run(store, timeout=0.5)
    by_url = {f.url: f for f in report.feeds}
    assert by_url[good.url("/rss.xml")].new == 3
    assert "HTTP 500" in by_url[broken.url("/rss.xml")].error
    assert "timed out" in by_url[slow.url("/rss.xml")].error
    assert len(broken.requests_to("/rss.xml")) == 3          # tried, then retried twice
    feeds = {f.url: f for f in state.list_feeds(store)}
    assert feeds[broken.url("/rss.xml")].error_count == 1 and "HTTP 500" in feeds[broken.url("/rss.xml")].last_error
    assert feeds[good.url("/rss.xml")].last_error is None

    broken.set("/rss.xml", "erreur", status=500)
    run(store, timeout=0.5, feeds=[f for f in state.list_feeds(store) if f.url == broken.url("/rss.xml")])
    assert state.get_feed(store, broken.url("/rss.xml")).error_count == 2


def test_robots_disallowed_items_are_skipped_and_remembered(store, sites):
    site = sites()
    site.add_robots(disallow=["/prive/"])
    title, paragraphs = french_article(1)
    site.add_article("/prive/2024/03/12/article-reserve-aux-abonnes-payants", title, paragraphs)
    title, paragraphs = french_article(2)
    site.add_article("/2024/03/12/article-public-en-acces-libre", title, paragraphs)
    site.add_rss("/rss.xml", ["/prive/2024/03/12/article-reserve-aux-abonnes-payants",
                              "/2024/03/12/article-public-en-acces-libre"])
    state.add_feed(store, site.url("/rss.xml"))
    report = run(store)
    assert report.total("new") == 1
    assert site.requests_to("/prive/2024/03/12/article-reserve-aux-abonnes-payants") == []
    statuses = dict(store.conn.execute("SELECT item_url, status FROM feed_items"))
    assert statuses[site.url("/prive/2024/03/12/article-reserve-aux-abonnes-payants")] == "disallowed"


def test_page_without_text_is_an_item_error_and_is_retried_a_few_times(store, sites):
    site = sites()
    site.set("/2024/03/12/page-vide-sans-aucun-texte", "<html><body><p>Vide.</p></body></html>")
    site.add_rss("/rss.xml", ["/2024/03/12/page-vide-sans-aucun-texte"])
    state.add_feed(store, site.url("/rss.xml"))
    report = run(store)
    assert report.total("failed") == 1 and not report.failed_feeds
    row = store.conn.execute("SELECT status, error, attempts FROM feed_items").fetchone()
    assert row["status"] == "error" and "no article text" in row["error"] and row["attempts"] == 1
    for _ in range(4):
        site.add_rss("/rss.xml", ["/2024/03/12/page-vide-sans-aucun-texte"], title=f"v{_}")   # new ETag
        run(store)
    assert len(site.requests_to("/2024/03/12/page-vide-sans-aucun-texte")) == state.MAX_ITEM_ATTEMPTS


def test_site_front_page_discovers_its_feed(store, sites):
    site = sites()
    feed_url = build_news_site(site, 2)
    site.set("/", front_page("Le Quotidien", [], feed_path="/rss.xml"))
    state.add_feed(store, site.url("/"))
    report = run(store)
    assert report.total("new") == 2
    feed = state.get_feed(store, site.url("/"))
    assert feed.source_url == feed_url and feed.kind == "rss"
    again = run(store)          # goes straight to the feed, which answers 304
    assert again.feeds[0].status == "not-modified"
    del site.routes["/rss.xml"]
    assert "HTTP 404" in run(store).feeds[0].error
    assert state.get_feed(store, site.url("/")).source_url is None      # looked for again next time
    site.set("/", front_page("Le Quotidien", [], feed_path="/flux.xml"))
    site.add_rss("/flux.xml", [p for p in site.routes if p.startswith("/2024/")])
    assert not run(store).failed_feeds
    assert state.get_feed(store, site.url("/")).source_url == site.url("/flux.xml")


def test_site_without_feed_uses_sitemap_from_robots(store, sites):
    site = sites()
    build_news_site(site, 3)
    paths = [p for p in site.routes if p.startswith("/2024/")]
    site.set("/sitemap.xml", sitemap(site.base, [(p, "2024-03-12") for p in paths]), "application/xml")
    site.add_robots(sitemaps=["/sitemap.xml"])
    site.set("/", front_page("Le Quotidien", []))
    state.add_feed(store, site.url("/"))
    assert run(store).total("new") == 3
    assert state.get_feed(store, site.url("/")).kind == "sitemap"


def test_sitemap_index_is_followed(store, sites):
    site = sites()
    build_news_site(site, 4)
    paths = sorted(p for p in site.routes if p.startswith("/2024/"))
    site.set("/sitemap-1.xml", sitemap(site.base, [(p, "2024-03-12") for p in paths[:2]]), "application/xml")
    site.set("/sitemap-2.xml", sitemap(site.base, [(p, "2024-03-13") for p in paths[2:]]), "application/xml")
    site.set("/sitemap.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{site.url('/sitemap-1.xml')}</loc></sitemap>"
             f"<sitemap><loc>{site.url('/sitemap-2.xml')}</loc></sitemap></sitemapindex>", "application/xml")
    state.add_feed(store, site.url("/sitemap.xml"))
    assert run(store).total("new") == 4
    assert state.get_feed(store, site.url("/sitemap.xml")).kind == "sitemap"


def test_site_without_feed_or_sitemap_uses_front_page_links(store, sites):
    site = sites()
    build_news_site(site, 2)
    paths = [p for p in site.routes if p.startswith("/2024/")]
    site.set("/", front_page("Le Quotidien", paths))
    state.add_feed(store, site.url("/"))
    report = run(store)
    assert report.total("new") == 2 and state.get_feed(store, site.url("/")).kind == "page"


def test_page_with_nothing_to_follow_is_an_error(store, sites):
    site = sites()
    site.set("/", front_page("Le Quotidien", []))
    state.add_feed(store, site.url("/"))
    report = run(store)
    assert "no feed, sitemap or article links" in report.feeds[0].error


def test_due_feeds_follow_every_and_back_off_after_errors(store):
    from datetime import datetime, timedelta, timezone

    feed, _ = state.add_feed(store, "http://127.0.0.1:9/rss.xml", every_seconds=600)
    assert runner.due_feeds(store)                      # never checked: due now
    state.record_check(store, feed, ok=True)
    now = datetime.now(timezone.utc)
    assert not runner.due_feeds(store, now)
    assert runner.due_feeds(store, now + timedelta(seconds=601))
    for _ in range(2):
        state.record_check(store, feed, ok=False, error="HTTP 500")
    assert not runner.due_feeds(store, now + timedelta(seconds=601))   # 2 failures: every × 4
    assert runner.due_feeds(store, now + timedelta(seconds=2401))


def test_run_forever_checks_due_feeds_until_stopped(store, sites):
    import threading

    site = sites()
    state.add_feed(store, build_news_site(site, 2), every_seconds=1)
    reports = []
    stop = threading.Event()

    def on_report(rep):
        reports.append(rep)
        if len(reports) == 2:
            stop.set()

    runner.run_forever(store, make_fetcher=lambda: Fetcher(delay=0), on_report=on_report, stop=stop,
                       max_sleep=0.2)
    assert reports[0].total("new") == 2
    assert reports[1].total("new") == 0 and reports[1].not_modified == 1
    assert len(site.requests_to("/robots.txt")) == 1      # cached across cycles


def test_run_lock_refuses_a_second_runner(tmp_path):
    with runner.run_lock(str(tmp_path / "v.db")):
        with pytest.raises(runner.AlreadyRunning):
            runner.run_lock(str(tmp_path / "v.db"))
    with runner.run_lock(str(tmp_path / "v.db")):
        pass


# -- CLI -------------------------------------------------------------------------------------------------------
def test_cli_add_list_run_remove(tmp_path, sites):
    site = sites()
    rss = build_news_site(site, 2)
    db = str(tmp_path / "cli.db")
    cli = CliRunner()
    out = cli.invoke(app, ["watch", "add", rss, "--every", "30m", "--db", db])
    assert out.exit_code == 0 and "every 30m" in out.stdout
    assert cli.invoke(app, ["watch", "add", "pas-une-url", "--db", db]).exit_code == 2
    assert cli.invoke(app, ["watch", "add", rss, "--every", "bientôt", "--db", db]).exit_code == 2

    out = cli.invoke(app, ["watch", "run", "--once", "--delay", "0", "--json", "--db", db])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["new"] == 2 and summary["failed_feeds"] == 0

    out = cli.invoke(app, ["watch", "list", "--json", "--db", db])
    (feed,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert feed["url"] == rss and feed["every"] == "30m" and feed["articles_ingested"] == 2
    assert feed["last_error"] is None and feed["last_ok"]
    out = cli.invoke(app, ["watch", "list", "--db", db])
    assert out.exit_code == 0 and "rss" in out.stdout

    out = cli.invoke(app, ["watch", "run", "--once", "--delay", "0", "--db", db])
    assert out.exit_code == 0 and "0 new" in out.stdout and "1 not modified" in out.stdout

    assert cli.invoke(app, ["watch", "remove", rss, "--db", db]).exit_code == 0
    assert cli.invoke(app, ["watch", "remove", rss, "--db", db]).exit_code == 1
    with Store(db) as s:
        assert count(s, "articles") == 2 and count(s, "feeds") == 0


def test_cli_run_reports_failed_feed_on_stderr_and_exit_1(tmp_path, sites):
    site = sites()
    site.set("/rss.xml", "non", status=500)
    db = str(tmp_path / "cli.db")
    cli = CliRunner()
    cli.invoke(app, ["watch", "add", site.url("/rss.xml"), "--db", db])
    out = cli.invoke(app, ["watch", "run", "--once", "--delay", "0", "--retries", "0", "--db", db])
    assert out.exit_code == 1
    assert "error:" in out.stderr and "HTTP 500" in out.stderr
    assert "HTTP 500" not in out.stdout
