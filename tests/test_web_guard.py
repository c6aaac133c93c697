"""Bad input and hostile requests against the reading room (issue 13, item 7): each failed before its fix.

NUL bytes in search words, uploads addressed to a rebound host name or sent cross-site, HEAD on GET routes, a
pasted text between 1 and 2 MiB, an upload that must not hold its request while it is extracted, the help of
`veille serve` pointing to a page that exists.
"""
from __future__ import annotations

import re
import threading

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from test_web import make_extraction  # noqa: E402
from veille.cli import app as cli_app  # noqa: E402
from veille.model import Extraction  # noqa: E402
from veille.store import Store  # noqa: E402
from veille.web.app import create_app  # noqa: E402


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "veille.db"
    with Store(path) as store:
        store.write(make_extraction("Russie et Ukraine", "", published="2023-04-11", outlet="Le Monde",
                                    url="https://example.org/a"))
    return path


@pytest.fixture()
def stub_ingest(monkeypatch):
    """ingest_articles replaced by a writer of empty extractions; `release` lets it finish (it waits for it)."""
    import veille.store.ingest as ingest

    state = {"release": threading.Event(), "started": threading.Event(), "seen": []}
    state["release"].set()

    def fake_ingest(store, articles, workers=1, progress=None, **kw):
        state["started"].set()
        state["release"].wait(10)
        for a in articles:
            state["seen"].append(a)
            store.write(Extraction(article=a, pipeline_version="stub"))
        return ingest.IngestReport()

    monkeypatch.setattr(ingest, "ingest_articles", fake_ingest)
    return state


@pytest.mark.parametrize("url", ["/api/search?q=russie%00ukraine", "/search?q=russie%00ukraine",
                                 "/api/quotes?q=grave%00", "/api/quotes?speaker=Marie%00Dupont",
                                 "/api/events?actor=%00", "/search?q=%00&outlet=Le%00Monde"])
def test_a_nul_byte_in_search_words_is_not_a_server_error(db, url):
    r = TestClient(create_app(db, allow_upload=False)).get(url)
    assert r.status_code < 500, r.text


def test_search_words_with_nothing_searchable_find_nothing(db):
    client = TestClient(create_app(db, allow_upload=False))
    assert client.get("/api/search", params={"q": "\x00"}).json() == {"quotes": [], "articles": []}
    assert client.get("/api/search", params={"q": "grave\x00"}).json()["quotes"]


def test_a_nul_byte_in_cli_search_words_is_not_a_crash(db):
    r = CliRunner().invoke(cli_app, ["search", "russie\x00ukraine", "--db", str(db)])
    assert r.exit_code == 0 and r.exception is None, r.output


def test_uploads_addressed_to_another_host_or_sent_cross_site_are_refused(db, stub_ingest):
    app = create_app(db, allow_upload=True)
    rebound = TestClient(app, base_url="http://evil.example:8000")
    r = rebound.post("/api/upload", data={"text": "Titre\n\nTexte."}, headers={"origin": "http://evil.example:8000"})
    assert r.status_code == 403
    local = TestClient(app, base_url="http://127.0.0.1:8000")
    r = local.post("/api/upload", data={"text": "Titre\n\nTexte."}, headers={"sec-fetch-site": "cross-site"})
    assert r.status_code == 403
    r = local.post("/api/upload", data={"text": "Titre\n\nTexte."}, headers={"origin": "null"})
    assert r.status_code == 403
    assert not stub_ingest["seen"]
    r = local.post("/api/upload", data={"text": "Titre\n\nTexte."},
                   headers={"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"})
    assert r.status_code < 300
    served = TestClient(create_app(db, host="veille.example", allow_hosts=["proxy.example"]),
                        base_url="http://proxy.example")
    assert served.post("/api/upload", data={"text": "Titre\n\nTexte."}).status_code < 300


def test_head_is_answered_on_every_get_route(db):
    app = create_app(db, allow_upload=True)
    client = TestClient(app, base_url="http://127.0.0.1:8000")
    aid = client.get("/api/articles").json()["articles"][0]
    aid = aid.get("article_id") or aid.get("id")
    values = {"article_id": aid, "key": "Q1", "name": "Q1", "job_id": "none", "statement_id": "1", "story_id": "1",
              "event_id": "1"}
    checked = 0
    for route in get_routes(app.routes):
        path = re.sub(r"\{(\w+)(:path)?\}", lambda m: values[m.group(1)], route.full_path)
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code, path
        assert head.content == b"", path
        checked += 1
    assert checked >= 15
    assert client.head("/static/style.css").status_code == 200


def get_routes(routes, prefix: str = ""):
    """Every GET route, inside included routers too (FastAPI keeps an included router as one entry)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from get_routes(inner.routes, prefix + route.include_context.prefix)
        elif "GET" in (getattr(route, "methods", None) or ()):
            route.full_path = prefix + route.path
            yield route


def test_pasted_text_up_to_the_documented_2_mib_is_accepted(db, stub_ingest):
    client = TestClient(create_app(db, allow_upload=True), base_url="http://127.0.0.1:8000")
    body = "Un long article\n\n" + ("Le gouvernement a déclaré : « rien ». " * 40_000)[:1_500_000]
    no_file = {"file": ("", b"", "application/octet-stream")}  # multipart, as the upload page posts it
    r = client.post("/api/upload", data={"text": body}, files=no_file)
    assert r.status_code < 300, r.text[:200]
    r = client.post("/api/upload", data={"text": "x" * (2 * 1024 * 1024 + 10)}, files=no_file)
    assert r.status_code in (400, 413)


def test_an_upload_answers_at_once_and_its_job_reports_progress(db, stub_ingest):
    app = create_app(db, allow_upload=True)
    client = TestClient(app, base_url="http://127.0.0.1:8000")
    stub_ingest["release"].clear()   # the extraction takes "forever" until released
    r = client.post("/upload", data={"text": "Un titre\n\nUn texte."}, follow_redirects=False)
    assert r.status_code == 303 and "/jobs/" in r.headers["location"]
    assert stub_ingest["started"].wait(10)
    job_id = r.headers["location"].rsplit("/", 1)[-1]
    state = client.get(f"/api/upload/jobs/{job_id}").json()
    assert state["status"] == "extracting" and state["article_id"] is None
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Extraction en cours" in page.text and 'http-equiv="refresh"' in page.text
    stub_ingest["release"].set()
    state = app.state.uploads.wait(job_id, timeout=10)
    assert state["status"] == "done" and client.get(state["article"]).status_code == 200
    assert client.get("/api/upload/jobs/nope").status_code == 404


def test_serve_help_points_to_pages_that_exist(db):
    r = CliRunner().invoke(cli_app, ["serve", "--help"])
    client = TestClient(create_app(db, allow_upload=False))
    paths = re.findall(r"\((?:listed at )?(/[a-z]*)\)", r.output)
    assert paths
    for path in paths:
        assert client.get(path).status_code == 200, path
