"""End-to-end: the reading room served by uvicorn on loopback, driven in headless Chromium by Playwright.

Uses Debian's chromium (/usr/bin/chromium, or $VEILLE_CHROMIUM) through `executable_path`; skips cleanly when
Playwright or Chromium is absent. Saves a screenshot of each page under test-artifacts/.
"""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("VEILLE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"chromium not installed ({CHROMIUM})", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
SAMPLES = ROOT / "samples"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn in a thread, on 127.0.0.1."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:  # a chromium that cannot start here is an absent chromium
            pytest.skip(f"chromium does not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def open_page(browser, problems: list):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # Any dialog means article text ran as script; console errors include CSP violations.
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    return page


def best_article(db: Path) -> tuple[str, str, str]:
    """The article with the most quotes whose speaker mention is known: (id, a quoted word, its speaker)."""
    conn = sqlite3.connect(db)
    row = conn.execute(
        """SELECT article_id, count(*) AS n FROM quotes WHERE speaker_mention_start IS NOT NULL
           AND speaker_name IS NOT NULL GROUP BY article_id ORDER BY n DESC LIMIT 1""").fetchone()
    assert row, "no quote with a speaker in the store"
    q = conn.execute("""SELECT text, speaker_name FROM quotes WHERE article_id = ? AND speaker_mention_start
                        IS NOT NULL AND speaker_name IS NOT NULL ORDER BY length(text) DESC LIMIT 1""",
                     (row[0],)).fetchone()
    word = max((w.strip(".,;:!?«»\"'()") for w in q[0].split()), key=len)
    return row[0], word, q[1]


def walk_reading_room(browser, base: str, db: Path, tag: str, upload: bool = True) -> None:
    """Home → article (highlights, speaker links) → actor → search → network → upload form, with screenshots."""
    article_id, word, speaker = best_article(db)
    problems: list[str] = []
    page = open_page(browser, problems)

    page.goto(base + "/")
    assert page.locator("a.article-link").count() >= 1
    shot(page, f"{tag}-home")

    page.goto(f"{base}/articles/{article_id}")
    quotes = page.locator("span.quote")
    assert quotes.count() >= 1
    assert "said by" in (quotes.first.get_attribute("title") or "")
    quotes.first.hover()
    links = page.locator("a[href^='/actors/'] span.speaker")
    assert links.count() >= 1
    cues = page.locator("span.cue")
    assert cues.count() >= 1
    assert page.evaluate("getComputedStyle(document.querySelector('span.cue')).textDecorationLine") == "underline"
    # a quote has a background colour (highlighted)
    assert page.evaluate("getComputedStyle(document.querySelector('span.quote')).backgroundColor") \
        not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, f"{tag}-article")

    link = page.locator("a[href^='/actors/']", has=page.locator("span.speaker")).first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_load_state()
    assert "/actors/" in page.url
    assert page.locator("h1").inner_text().strip()
    assert page.locator("li.quote-item").count() >= 1
    assert name
    shot(page, f"{tag}-actor")

    page.goto(base + "/search")
    page.fill("form.search input[name=q]", word)
    page.click("form.search button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("li.result").count() >= 1
    assert page.locator("li.result mark").count() >= 1
    shot(page, f"{tag}-search")

    page.goto(base + "/network")
    # waits read the DOM through locators: a string predicate is script the page's CSP may refuse
    page.locator("#network-status").filter(has_not_text="Chargement").wait_for(timeout=15000)
    status = page.locator("#network-status").inner_text()
    assert "indisponible" not in status, status
    shot(page, f"{tag}-network")

    page.goto(base + "/api")
    assert page.locator("section.endpoint").count() >= 5
    shot(page, f"{tag}-api")

    if upload:
        page.goto(base + "/upload")
        assert page.locator("form.upload textarea[name=text]").count() == 1
        shot(page, f"{tag}-upload")
    page.close()
    assert not problems, problems


def test_reading_room_on_hand_made_store(browser, tmp_path):
    """Pages on records written through Store.write (fast: no spaCy); article text carries a <script>."""
    from test_web import make_extraction

    from veille.store import Store
    from veille.web.app import create_app

    db = tmp_path / "veille.db"
    with Store(db) as store:
        store.write(make_extraction("Crise au ministère", "", published="2023-04-11", outlet="Le Monde",
                                    url="https://example.org/a"))
        store.write(make_extraction("Titre <script>alert(1)</script>", "", published="2023-05-02",
                                    outlet="Libération", url="https://example.org/b", speaker="Paul Durand",
                                    speaker_kb="Q2", other="Marie Dupont", event_type="AGREE", evil=True))
    with Server(create_app(db, allow_upload=True)) as base:
        walk_reading_room(browser, base, db, "handmade")
        problems: list[str] = []
        page = open_page(browser, problems)
        conn = sqlite3.connect(db)
        evil_id = conn.execute("SELECT id FROM articles WHERE url = 'https://example.org/b'").fetchone()[0]
        page.goto(f"{base}/articles/{evil_id}")
        assert page.evaluate("document.querySelectorAll('main script').length") == 0
        assert "<script>alert" in page.locator("h1").inner_text()   # shown as text, not run
        page.goto(base + "/network")
        page.locator("#network[data-ready='1']").wait_for(timeout=15000)
        assert page.evaluate("window.veilleNetwork.edges().length") >= 2
        # the actors are spread over the box (not a narrow column), labels apart
        spread = page.evaluate("(() => { const bb = window.veilleNetwork.nodes().renderedBoundingBox();"
                               " const box = document.getElementById('network');"
                               " return [bb.w / box.clientWidth, bb.h / box.clientHeight]; })()")
        assert spread[0] > 0.5 and spread[1] > 0.4, spread
        page.close()
        assert not problems, problems


@pytest.mark.slow
def test_reading_room_on_ingested_samples(browser, tmp_path):
    """The sample articles through the real pipeline (ingest_paths → process → store), then the reading room."""
    files = sorted(p for p in SAMPLES.glob("*") if p.suffix.lower() in (".txt", ".html", ".htm", ".jsonl"))
    if not files:  # before the samples exist, the shared seed article (when ../shared is there)
        files = sorted((ROOT.parent / "shared" / "seed").glob("*.txt"))
    if not files:
        pytest.skip(f"no sample articles in {SAMPLES}")
    from veille.store import Store
    from veille.store.ingest import ingest_paths
    from veille.web.app import create_app

    db = tmp_path / "veille.db"
    with Store(db) as store:
        report = ingest_paths(store, files)
    assert report.counts["new"] >= 1, report.summary()
    with Server(create_app(db, allow_upload=True)) as base:
        walk_reading_room(browser, base, db, "samples")
        # Paste an article in the browser: it is extracted, stored, and its page opens.
        problems: list[str] = []
        page = open_page(browser, problems)
        page.goto(base + "/upload")
        page.fill("input[name=title]", "La ministre répond aux syndicats")
        page.fill("textarea[name=text]", "« Nous ne reculerons pas sur cette réforme », a déclaré mardi la "
                  "ministre du Travail devant les députés. Le syndicat a aussitôt dénoncé « une provocation ».")
        page.click("form.upload button[type=submit]")
        page.wait_for_url("**/articles/*", timeout=120_000)
        assert page.locator("h1").inner_text().startswith("La ministre")
        shot(page, "samples-uploaded")
        page.close()
        assert not problems, problems
