"""veille.watch.fetch: the polite fetcher, against a loopback site."""
from __future__ import annotations

import pytest

from veille.watch.fetch import USER_AGENT, Disallowed, FetchError, Fetcher, decode_body
from watch_site import Site


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


def test_user_agent_names_veille_version_and_url(site):
    site.set("/a", "<p>bonjour</p>")
    with Fetcher(delay=0) as f:
        f.get(site.url("/a"))
    ua = site.requests_to("/a")[0].headers["User-Agent"]
    assert ua == USER_AGENT
    assert ua.startswith("veille/") and "(+http" in ua


def test_robots_disallowed_path_is_not_fetched(site):
    site.add_robots(disallow=["/prive/"])
    site.set("/prive/secret", "<p>non</p>")
    site.set("/public", "<p>oui</p>")
    with Fetcher(delay=0) as f:
        with pytest.raises(Disallowed):
            f.get(site.url("/prive/secret"))
        assert f.get(site.url("/public")).status == 200
    assert site.requests_to("/prive/secret") == []
    assert len(site.requests_to("/robots.txt")) == 1      # read once per host per run


def test_missing_robots_allows_everything(site):
    site.set("/a", "ok")
    with Fetcher(delay=0) as f:
        assert f.get(site.url("/a")).status == 200


def test_robots_answering_500_means_not_crawled_now(site):
    site.set("/robots.txt", "boom", status=500)
    site.set("/a", "ok")
    with Fetcher(delay=0, backoff=0) as f:
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(site.url("/a"))
    assert site.requests_to("/a") == []


def test_conditional_get_etag_and_last_modified(site):
    site.set("/feed", "<rss/>", "application/rss+xml")
    with Fetcher(delay=0) as f:
        first = f.get(site.url("/feed"))
        assert first.status == 200 and first.etag and first.last_modified
        assert f.get(site.url("/feed"), etag=first.etag).not_modified
        assert f.get(site.url("/feed"), last_modified=first.last_modified).not_modified
        assert f.not_modified == 2
    hit = site.requests_to("/feed")[1]
    assert hit.headers["If-None-Match"] == first.etag and hit.status == 304


def test_retries_5xx_with_exponential_backoff(site):
    site.set("/down", "err", status=503)
    pauses = []
    with Fetcher(delay=0, retries=2, backoff=0.5, sleep=pauses.append) as f:
        with pytest.raises(FetchError, match="HTTP 503"):
            f.get(site.url("/down"))
    assert len(site.requests_to("/down")) == 3
    assert [p for p in pauses if p >= 0.5] == [0.5, 1.0]


def test_429_waits_for_retry_after(site):
    site.set("/busy", "later", status=429, headers={"Retry-After": "4"})
    pauses = []
    with Fetcher(delay=0, retries=1, backoff=0.5, sleep=pauses.append) as f:
        with pytest.raises(FetchError, match="HTTP 429"):
            f.get(site.url("/busy"))
    assert 4 in pauses


def test_404_is_not_retried(site):
    with Fetcher(delay=0, retries=3, sleep=lambda s: None) as f:
        with pytest.raises(FetchError, match="HTTP 404"):
            f.get(site.url("/nothing"))
    assert len(site.requests_to("/nothing")) == 1


def test_hanging_host_costs_one_timeout_then_fails_fast(site):
    site.set("/robots.txt", "User-agent: *\n", "text/plain")
    site.set("/slow", "zzz", delay=5)
    site.set("/other", "ok", delay=5)
    with Fetcher(delay=0, timeout=0.5, retries=3) as f:
        with pytest.raises(FetchError, match="timed out"):
            f.get(site.url("/slow"))
        with pytest.raises(FetchError, match="timed out"):
            f.get(site.url("/other"))      # same host: not waited on again
    assert len(site.requests_to("/slow")) == 1   # a timeout is not retried
    assert site.requests_to("/other") == []


def test_per_host_delay_spaces_requests(site):
    """The pause before each request to a host (recorded instead of slept) is the configured delay."""
    site.set("/a", "a")
    site.set("/b", "b")
    pauses = []
    with Fetcher(delay=30, sleep=pauses.append) as f:
        f.get(site.url("/a"))
        f.get(site.url("/b"))
        f.get(site.url("/a"))
    # robots.txt, then 3 pages: 3 pauses close to 30 s (minus the few ms each request took)
    assert len(pauses) == 3 and all(29 < p <= 30 for p in pauses)


def test_other_hosts_are_not_delayed(site):
    other = Site().start()
    try:
        site.set("/a", "a")
        other.set("/a", "a")
        pauses = []
        with Fetcher(delay=30, sleep=pauses.append) as f:
            f.get(site.url("/a"))
            f.get(other.url("/a"))
        assert len(pauses) == 2     # robots.txt → page on each host, nothing between the two hosts
    finally:
        other.stop()


def test_crawl_delay_from_robots_is_honoured(site):
    site.add_robots(crawl_delay=7)
    site.set("/a", "a")
    pauses = []
    with Fetcher(delay=0, sleep=pauses.append) as f:
        f.get(site.url("/a"))
        f.get(site.url("/a"))
    assert len(pauses) == 2 and all(6 < p <= 7 for p in pauses)


def test_redirects_are_followed_with_each_hosts_robots(site):
    other = Site().start()
    try:
        other.add_robots(disallow=["/prive/"])
        other.set("/feed", "<rss/>", "application/rss+xml")
        site.redirect("/old-feed", "/new-feed")
        site.redirect("/new-feed", other.url("/feed"), status=302)
        site.redirect("/moved", other.url("/prive/page"))
        site.redirect("/loop", "/loop")
        with Fetcher(delay=0) as f:
            got = f.get(site.url("/old-feed"))
            assert got.status == 200 and got.url == other.url("/feed")
            with pytest.raises(Disallowed):
                f.get(site.url("/moved"))
            with pytest.raises(FetchError, match="too many redirects"):
                f.get(site.url("/loop"))
        assert len(other.requests_to("/robots.txt")) == 1
        assert other.requests_to("/prive/page") == []
    finally:
        other.stop()


def test_new_run_gives_failed_hosts_another_chance(site):
    site.set("/robots.txt", "boom", status=503)
    site.set("/a", "ok")
    with Fetcher(delay=0, retries=0) as f:
        with pytest.raises(FetchError):
            f.get(site.url("/a"))
        site.set("/robots.txt", "User-agent: *\n", "text/plain")
        f.new_run()
        assert f.get(site.url("/a")).status == 200
        f.new_run()
        f.get(site.url("/a"))
    assert len(site.requests_to("/robots.txt")) == 2      # a good robots.txt is kept


def test_not_http_url_is_refused():
    with Fetcher() as f:
        with pytest.raises(FetchError, match="not an http"):
            f.get("file:///etc/passwd")


def test_decode_body_uses_declared_charset_then_cp1252():
    assert decode_body("élu".encode("cp1252"), "windows-1252") == "élu"
    assert decode_body('<meta charset="iso-8859-1"><p>été</p>'.encode("latin-1")).endswith("été</p>")
    assert decode_body("déclaré".encode("utf-8")) == "déclaré"
    assert decode_body("déclaré".encode("cp1252")) == "déclaré"
