"""The reading room's pages and JSON API, on stores built from hand-made records (no spaCy)."""
from __future__ import annotations

import re
import sqlite3

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from veille.model import (Article, Boilerplate, Entity, Event, Extraction, Mention, Quote,  # noqa: E402
                          TextSpan)
from veille.store import Store  # noqa: E402
from veille.web.app import create_app  # noqa: E402
from veille.web.guard import MAX_UPLOAD_BYTES  # noqa: E402
from veille.query import MARK_END, MARK_START, fts_query  # noqa: E402
from veille.web.render import highlight, Layer, snippet_html  # noqa: E402

EVIL = '<script>alert("x")</script>'


def span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(start, start + len(part), part)


def make_extraction(title: str, body: str, *, published: str, outlet: str, url: str,
                    speaker: str = "Marie Dupont", speaker_kb: str = "Q1", other: str = "Jean Martin",
                    event_type: str = "ACCUSE", evil: bool = False) -> Extraction:
    """A small article: one direct quote by `speaker` (cue, speaker mention), one event speaker → other."""
    said = "la situation est grave" + (f" {EVIL}" if evil else "")
    text = (f"{title}\n\n{speaker} a déclaré : « {said} ». "
            f"Elle accuse {other} d'avoir menti le 3 avril.\nCrédit photo : AFP\n")
    ents = [
        Entity("e1", speaker, "PER", kb_id=speaker_kb, country="FRA", role="ministre",
               aliases=[speaker.split()[-1]], mentions=[Mention(*vars(span(text, speaker)).values())]),
        Entity("e2", other, "PER", mentions=[Mention(*vars(span(text, other)).values())]),
    ]
    q = Quote("q1", *vars(span(text, said)).values(), kind="direct", speaker="e1",
              speaker_mention=span(text, speaker), cue=span(text, "a déclaré"), channel="statement",
              confidence=0.9)
    sent = span(text, f"Elle accuse {other} d'avoir menti le 3 avril.")
    ev = Event("v1", event_type, trigger=span(text, "accuse"), sentence=sent, source=["e1"], target=["e2"],
               date=published[:7] + "-03", date_text="le 3 avril", attributed_to=["e1"], confidence=0.7)
    bp = span(text, "Crédit photo : AFP")
    art = Article(text=text, title=title, published=published, outlet=outlet, url=url,
                  body_start=len(title) + 1)
    return Extraction(article=art, entities=ents, quotes=[q], events=[ev],
                      boilerplate=[Boilerplate(bp.start, bp.end, bp.text, "photo-credit")],
                      pipeline_version="test")


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "veille.db"
    with Store(path) as store:
        store.write(make_extraction("Crise au ministère", "", published="2023-04-11", outlet="Le Monde",
                                    url="https://example.org/a"))
        store.write(make_extraction(f"Titre {EVIL}", "", published="2023-05-02", outlet="Libération",
                                    url="https://example.org/b", speaker="Paul Durand", speaker_kb="Q2",
                                    other="Marie Dupont", event_type="AGREE", evil=True))
    return path


def local_client(app) -> TestClient:
    """A client addressing the server by a name it serves (uploads to any other Host are refused)."""
    return TestClient(app, base_url="http://127.0.0.1:8000")


@pytest.fixture()
def client(store_path):
    return local_client(create_app(store_path, allow_upload=True))


def article_ids(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    return {url: aid for aid, url in conn.execute("SELECT id, url FROM articles")}


def test_home_lists_articles(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "Crise au ministère" in r.text
    assert "2 articles" in r.text


def test_article_page_highlights_quotes_cues_speakers_events_and_boilerplate(client, store_path):
    aid = article_ids(store_path)["https://example.org/a"]
    r = client.get(f"/articles/{aid}")
    assert r.status_code == 200
    html = r.text
    assert re.search(r'<span class="quote spk-0"[^>]*id="quote-q1"[^>]*>la situation est grave</span>', html)
    assert re.search(r'<a href="/actors/Q1"><span class="speaker spk-0"[^>]*>Marie Dupont</span></a>', html)
    assert re.search(r'<span class="cue"[^>]*>a déclaré</span>', html)
    assert re.search(r'<span class="bp"[^>]*>Crédit photo : AFP</span>', html)
    assert re.search(r'<span class="trigger conflict"[^>]*>accuse</span>', html)
    # provenance on hover
    assert "said by Marie Dupont" in html and "cue « a déclaré »" in html and "confidence 0.90" in html
    # event card: type, actor → target, date, attributed to
    card = html[html.index('id="event-v1"'):]
    card = card[:card.index("</div>\n    </div>") if "</div>\n    </div>" in card else 2000]
    assert "ACCUSE" in card and "Jean Martin" in card and "2023-04-03" in card and "selon" in card


def _event_card(tmp_path, edit):
    """A store holding one article whose first event `edit` changed: the app's client and that event's card."""
    ext = make_extraction("Crise au ministère", "", published="2023-04-11", outlet="Le Monde",
                          url="https://example.org/c")
    edit(ext)
    path = tmp_path / "card.db"
    with Store(path) as store:
        store.write(ext)
    client = local_client(create_app(path))
    card = client.get(f"/articles/{article_ids(path)['https://example.org/c']}").text
    return client, card[card.index('id="event-v1"'):]


def test_a_side_read_from_context_is_marked_on_the_article_and_actor_pages(tmp_path):
    client, card = _event_card(tmp_path, lambda ext: setattr(ext.events[0], "target_from", "context"))
    assert card.index("Jean Martin") < card.index(">contexte</span>")
    assert ">contexte</span>" in client.get("/actors/Q1").text


def test_article_prefix_and_missing(client, store_path):
    aid = article_ids(store_path)["https://example.org/a"]
    assert client.get(f"/articles/{aid[:12]}").status_code == 200
    assert client.get("/articles/doesnotexist").status_code == 404
    assert client.get("/api/articles/doesnotexist").status_code == 404


def test_untrusted_text_is_escaped_everywhere(client, store_path):
    aid = article_ids(store_path)["https://example.org/b"]
    for url in (f"/articles/{aid}", "/", "/search?q=grave", "/search?q=titre&scope=articles",
                "/actors/Q2", "/actors/Marie%20Dupont"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>alert" not in r.text, url
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in client.get(f"/articles/{aid}").text
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]
    for url in ("/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/articles/%3Cscript%3E",
                "/search?q=%3Cscript%3Ealert(1)%3C/script%3E&speaker=%3Cb%3E"):
        r = client.get(url)
        assert "<script>alert" not in r.text and "<b>" not in r.text, url


def test_highlight_escapes_each_piece_and_survives_overlaps():
    text = "a <b>x</b> & « c »"
    layers = [Layer(2, 10, ["quote"], 'title "with" <quotes>'), Layer(5, 14, ["cue"], "t2"),
              Layer(0, 1, ["speaker"], "s", href="/actors/a%20b")]
    html = str(highlight(text, layers))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert '&#34;with&#34; &lt;quotes&gt;' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text
    assert str(snippet_html(f"x {MARK_START}<i>{MARK_END} y {MARK_START}z")) == "x <mark>&lt;i&gt;</mark> y <mark>z</mark>"


def test_actor_page_and_api(client):
    r = client.get("/actors/Q1")
    assert r.status_code == 200
    assert "Marie Dupont" in r.text and "ministre" in r.text and "la situation est grave" in r.text
    assert "Jean Martin" in r.text  # counterpart and timeline
    by_name = client.get("/api/actors/marie dupont").json()
    assert by_name["kb_ids"] == ["Q1"] and by_name["counts"]["quotes"] == 1
    # as a target of Paul Durand's AGREE and source of ACCUSE
    types = {t["type"]: t for t in by_name["event_types"]}
    assert types["ACCUSE"]["source"] == 1 and types["AGREE"]["target"] == 1
    assert client.get("/actors/Nobody").status_code == 404
    assert client.get("/api/actors/Nobody").status_code == 404


def test_search_page_filters(client):
    r = client.get("/search", params={"q": "grave"})
    assert r.status_code == 200 and "<mark>grave</mark>" in r.text
    assert r.text.count('class="result"') == 2
    r = client.get("/search", params={"q": "grave", "speaker": "Q2"})
    assert r.text.count('class="result"') == 1 and "Paul Durand" in r.text
    r = client.get("/search", params={"q": "grave", "outlet": "Le Monde"})
    assert r.text.count('class="result"') == 1
    r = client.get("/search", params={"q": "grave", "since": "2023-05"})
    assert r.text.count('class="result"') == 1
    r = client.get("/search", params={"q": "grave", "type": "AGREE"})
    assert r.text.count('class="result"') == 1
    r = client.get("/search", params={"q": "ministère", "scope": "articles"})
    assert r.text.count('class="result"') == 1
    empty = {"q": "grave", "scope": "quotes", "speaker": "", "type": "", "since": "", "until": "", "outlet": ""}
    assert client.get("/search", params=empty).text.count('class="result"') == 2  # the form's blank fields
    assert client.get("/search", params={"since": "avril"}).status_code == 422
    assert client.get("/search", params={"type": "DROP TABLE"}).status_code == 422


def test_fts_query_never_passes_syntax():
    assert fts_query('grave OR "la situation" NEAR(x) *') == '"grave" "OR" "la situation" "NEAR x"'
    assert fts_query("minist*") == '"minist"*'
    assert fts_query('"" * -') is None


def test_search_odd_input_is_not_an_error(client):
    for q in ['"', "AND", "NEAR(", "'; DROP TABLE quotes; --", "*", "a\"b", "é*"]:
        assert client.get("/search", params={"q": q}).status_code == 200, q
        assert client.get("/api/search", params={"q": q}).status_code == 200, q


def test_api_quotes_events_search_network(client, store_path):
    quotes = client.get("/api/quotes", params={"speaker": "Marie Dupont"}).json()["quotes"]
    assert [q["text"] for q in quotes] == ["la situation est grave"]
    assert client.get("/api/quotes", params={"q": "grave", "limit": 1}).json()["quotes"][0]["snippet"]
    events = client.get("/api/events", params={"actor": "Q1", "type": "accuse"}).json()["events"]
    assert len(events) == 1 and events[0]["target"][0]["name"] == "Jean Martin"
    assert client.get("/api/events", params={"since": "2023-05"}).json()["events"][0]["type"] == "AGREE"
    assert client.get("/api/events", params={"until": "2023-04"}).json()["events"][0]["type"] == "ACCUSE"
    assert len(client.get("/api/events", params={"actor": "FRA"}).json()["events"]) == 2  # a country code
    assert client.get("/api/events", params={"actor": "Q1", "role": "target"}).json()["events"][0]["type"] == "AGREE"
    assert client.get("/api/events", params={"since": "2023-04-03", "until": "2023-04-03"}).json()["events"]
    found = client.get("/api/search", params={"q": "grave"}).json()
    assert len(found["quotes"]) == 2 and len(found["articles"]) == 2
    net = client.get("/api/network").json()
    assert {e["polarity"] for e in net["edges"]} == {"cooperation", "conflict"}
    # Marie Dupont has no kb id in the second article: her name links her to Q1 there too
    assert sorted(n["id"] for n in net["nodes"]) == ["Jean Martin", "Q1", "Q2"]
    assert client.get("/api/network", params={"since": "2023-05"}).json()["edges"][0]["type"] == "AGREE"
    aid = article_ids(store_path)["https://example.org/a"]
    art = client.get(f"/api/articles/{aid}").json()
    assert art["text_sha256"] == aid and art["quotes"][0]["speaker"] == "e1" and art["text"].startswith("Crise")
    assert client.get("/api/quotes", params={"limit": 100000}).status_code == 422


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/quotes", "/api/articles/{article_id}", "/api/actors/{name}", "/api/events", "/api/search"):
        assert path in spec["paths"], path
    page = client.get("/api")
    assert page.status_code == 200 and "/api/events" in page.text
    assert client.get("/docs").status_code == 404  # Swagger UI would load its scripts from a CDN


def test_network_page_serves_its_library_locally(client):
    r = client.get("/network")
    assert r.status_code == 200
    srcs = re.findall(r'<script src="([^"]+)"', r.text)
    assert srcs and all(s.startswith("/static/") for s in srcs)
    for s in srcs:
        assert client.get(s).status_code == 200


def test_read_only_and_body_limits(client, store_path):
    before = store_path.stat().st_mtime_ns
    assert client.post("/api/quotes").status_code == 405
    assert client.delete(f"/api/articles/{article_ids(store_path)['https://example.org/a']}").status_code == 405
    r = client.post("/upload", content=b"x" * (MAX_UPLOAD_BYTES + 200_000),
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    r = client.request("GET", "/search", content=b"x" * 200_000)
    assert r.status_code == 413
    # no declared length: counted while streaming
    r = client.post("/upload", content=(b"x" * 65536 for _ in range(40)),
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    assert store_path.stat().st_mtime_ns == before


def test_readonly_connection_cannot_write(store_path):
    from veille.query import connect_readonly
    conn = connect_readonly(store_path)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")


def test_upload_disabled_and_refusals(store_path, client):
    ro = local_client(create_app(store_path, allow_upload=False))
    assert ro.get("/upload").status_code == 404
    assert ro.post("/upload", data={"text": "x"}).status_code in (404, 405)
    assert "/upload" not in ro.get("/").text
    r = client.post("/upload", data={"text": "   "})
    assert r.status_code == 400 and "paste an article" in r.text
    r = client.post("/upload", files={"file": ("x.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert r.status_code == 400 and "unsupported file type" in r.text
    r = client.post("/upload", data={"text": "Titre\nTexte", "published": "hier"})
    assert r.status_code == 400
    r = client.post("/upload", data={"text": "Titre\nTexte"}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403


@pytest.fixture
def uploaded(monkeypatch):
    """The articles uploads hand to veille.store.ingest.ingest_articles (stubbed: no spaCy here)."""
    import veille.store.ingest as ingest

    seen = []

    def fake_ingest(store, articles, workers=1, progress=None, **kw):
        for a in articles:
            seen.append(a)
            store.write(Extraction(article=a, pipeline_version="stub"))
        return ingest.IngestReport()

    monkeypatch.setattr(ingest, "ingest_articles", fake_ingest)
    return seen


def test_upload_goes_through_ingest(store_path, client, uploaded):
    """The upload handler hands the article to veille.store.ingest.ingest_articles (stubbed: no spaCy here)."""
    seen = uploaded
    r = client.post("/upload", data={"title": "Un titre <b>", "text": f"Corps {EVIL}\r\nsuite",
                                     "outlet": "Ouest", "published": "2024-01-02"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/upload/jobs/")
    job = finished_job(client, r.headers["location"])
    assert job["status"] == "done", job
    assert seen[0].text == f"Un titre <b>\n\nCorps {EVIL}\nsuite" and seen[0].outlet == "Ouest"
    status_page = client.get(r.headers["location"])
    assert status_page.status_code == 200 and job["article"] in status_page.text
    page = client.get(job["article"])
    assert page.status_code == 200 and "<script>alert" not in page.text and "Un titre &lt;b&gt;" in page.text
    r = client.post("/api/upload", files={"file": ("a.txt", "Titre fichier\n\nDu texte.".encode(), "text/plain")})
    assert r.status_code == 202 and r.json()["status"] in ("queued", "extracting", "done")
    assert finished_job(client, r.headers["location"])["status"] == "done" and seen[-1].title == "Titre fichier"


def finished_job(client: TestClient, location: str) -> dict:
    """The state of the upload job at `location` (its page or its API URL) once it has finished."""
    job_id = location.rstrip("/").rsplit("/", 1)[-1]
    client.app.state.uploads.wait(job_id, timeout=120)
    return client.get(f"/api/upload/jobs/{job_id}").json()


def test_upload_decides_on_nul_utf16_and_binary_as_the_cli_reader_does(client, uploaded, tmp_path):
    from veille.ingest.readers import ReadError, read_path

    seen = uploaded
    text = "Titre nul\n" + "Le conseil a voté le budget. " * 40 + "fin\x00"
    (tmp_path / "a.txt").write_bytes(text.encode())
    from_cli = next(read_path(tmp_path / "a.txt"))
    def upload(**kwargs):
        r = client.post("/api/upload", **kwargs)
        assert r.status_code == 202, r.text
        assert finished_job(client, r.headers["location"])["status"] == "done"
        return seen[-1]

    assert upload(files={"file": ("a.txt", text.encode(), "text/plain")}).text == from_cli.text == \
        text.replace("\x00", "")
    assert "\x00" not in upload(data={"text": text.replace("Titre nul", "Titre collé")}).text
    assert upload(files={"file": ("u.txt", text.encode("utf-16"), "text/plain")}).text == from_cli.text
    binary = "Titre\n" + "a\x00b\x01" * 300
    (tmp_path / "b.txt").write_bytes(binary.encode())
    assert isinstance(next(read_path(tmp_path / "b.txt")), ReadError)
    for kwargs in ({"files": {"file": ("b.txt", binary.encode(), "text/plain")}}, {"data": {"text": binary}}):
        r = client.post("/api/upload", **kwargs)
        assert r.status_code == 400 and "binary" in r.text


def test_missing_store_is_a_clear_503(tmp_path):
    c = TestClient(create_app(tmp_path / "none.db", allow_upload=False))
    r = c.get("/")
    assert r.status_code == 503 and "no veille store" in r.text
    assert c.get("/api/events").status_code == 503


def test_web_never_imports_nlp():
    import subprocess
    import sys
    code = ("import sys; from veille.web.app import create_app; import veille.web.commands; "
            "bad = [m for m in sys.modules if m == 'spacy' or m.startswith('veille.nlp')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_upload_through_the_real_pipeline(tmp_path):
    """A pasted French article goes through process() and comes back as a highlighted page."""
    c = local_client(create_app(tmp_path / "fresh.db", allow_upload=True))
    text = ("La ministre répond aux syndicats\n\n"
            "« Nous ne reculerons pas sur cette réforme », a déclaré mardi la ministre du Travail, Claire Morel, "
            "devant les députés. Le syndicat a aussitôt dénoncé « une provocation ».\n")
    r = c.post("/upload", data={"text": text, "outlet": "Le Test", "published": "2024-02-06"},
               follow_redirects=False)
    assert r.status_code == 303, r.text
    job = finished_job(c, r.headers["location"])
    assert job["status"] == "done", job
    page = c.get(job["article"])
    assert page.status_code == 200 and 'class="quote' in page.text
    api = c.get("/api" + job["article"]).json()
    assert api["quotes"] and api["outlet"] == "Le Test"
    r = c.post("/upload", data={"text": "This is plainly an English text about nothing in particular at all."},
               follow_redirects=False)
    job = finished_job(c, r.headers["location"])
    assert job["status"] == "failed" and "language" in job["error"]
    assert "language" in c.get(r.headers["location"]).text


def test_serve_command_is_registered(tmp_path):
    from typer.testing import CliRunner

    from veille.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "--port" in r.output and "--no-upload" in r.output
    assert "--allow-host" in r.output
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--no-upload"])
    assert r.exit_code == 1 and "no such store" in r.output


def test_cached_views_follow_writes(client, store_path):
    """Counts, actors and the network are cached until the store file changes."""
    assert "2 articles" in client.get("/").text
    before = client.get("/api/actors/Q1").json()["counts"]["quotes"]
    with Store(store_path) as store:
        store.write(make_extraction("Une troisième", "", published="2023-06-01", outlet="Le Monde",
                                    url="https://example.org/c"))
    assert "3 articles" in client.get("/").text
    assert client.get("/api/actors/Q1").json()["counts"]["quotes"] == before + 1


def test_feeds_page_shows_watched_feed_state(client, store_path):
    assert "Aucun flux suivi" in client.get("/feeds").text
    with Store(store_path) as store:
        store.conn.execute(
            "INSERT INTO feeds (url, every_seconds, added_at, last_checked, last_error, error_count, items_seen,"
            " articles_ingested) VALUES (?, 900, '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', ?, 2, 5, 3)",
            ("http://127.0.0.1:9/rss.xml", "HTTP 500 <script>alert(1)</script>"))
        store.conn.commit()
    page = client.get("/feeds").text
    assert "http://127.0.0.1:9/rss.xml" in page and "HTTP 500" in page
    assert "<script>alert(1)</script>" not in page          # escaped like everything rendered
    assert client.get("/api/feeds").json()["feeds"][0]["error_count"] == 2


def test_the_place_of_an_event_is_shown_on_its_card_and_in_the_actor_timeline(tmp_path):
    def placed(ext):
        ext.entities.append(Entity("e9", "Lorcy <b>", "GPE"))
        ext.events[0].place = "e9"
    client, card = _event_card(tmp_path, placed)
    assert "à Lorcy &lt;b&gt;" in card[:2000]       # escaped like every name
    assert "à Lorcy &lt;b&gt;" in client.get("/actors/Q1").text
