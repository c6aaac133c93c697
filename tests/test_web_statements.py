"""Reading room across articles: statement and story pages, « also reported by », home stories, JSON API."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from crossref_gold import gold_store  # noqa: E402
from veille.model import Article, Entity, Extraction, Quote  # noqa: E402
from veille.store import Store  # noqa: E402
from veille.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = gold_store(tmp_path_factory.mktemp("w") / "gold.db")
    with Store(path) as s:
        quote = "<script>alert(1)</script> nous ne céderons rien sur les retraites"
        for n in (1, 2):
            text = f"Titre <b>{n}</b>\nLe syndicaliste Jean Martin : « {quote} »."
            start = text.index(quote)
            s.write(Extraction(article=Article(text=text, title=f"<b>{n}</b>", url=f"https://ex.org/{n}",
                                               outlet="<i>Média</i>", published=f"2017-01-0{n}"),
                               entities=[Entity(id="e1", name="Jean <Martin>", type="PER")],
                               quotes=[Quote(id="q1", start=start, end=start + len(quote), text=quote,
                                             kind="direct", speaker="e1")]))
    return TestClient(create_app(path, allow_upload=False))


def galut(client) -> dict:
    [s] = client.get("/api/statements", params={"speaker": "galut"}).json()["statements"]
    return s


def test_statement_page_shows_timeline_relay_and_drift(client):
    s = galut(client)
    html = client.get(f"/statements/{s['id']}").text
    assert html.index("Réaction (copie)") < html.index("Wikinews") < html.index("Brève (copie)")
    assert "<del>1 er</del>" in html and "<ins>1er</ins>" in html
    assert "3 rapport(s) · 3 média(s)" in html
    assert client.get("/statements/999999").status_code == 404
    assert client.get("/statements/abc").status_code == 422


def test_statement_list_filters_and_api(client):
    html = client.get("/statements", params={"speaker": "Hollande"}).text
    assert "ignoble attentat terroriste" in html and "Galut" not in html
    assert client.get("/statements", params={"since": "2016/01"}).status_code == 422
    doc = client.get(f"/api/statements/{galut(client)['id']}").json()
    assert [r["published"] for r in doc["timeline"]] == ["2016-12-16", "2016-12-17", "2016-12-18"]
    assert len(client.get("/api/statements", params={"min_reports": 3}).json()["statements"]) == 5
    assert client.get("/api/shared-events").json() == {"events": []}
    assert client.get("/api/shared-events/999999").status_code == 404


def test_article_page_says_also_reported_and_home_lists_stories(client):
    stories = client.get("/api/stories").json()["stories"]
    assert len(stories) == 4
    home = client.get("/").text
    assert "Histoires reprises par plusieurs articles" in home and f"/stories/{stories[0]['id']}" in home
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    article_id = story["articles"][0]["article_id"]
    page = client.get(f"/articles/{article_id}").text
    assert "aussi rapportée par" in page and f"histoire de {len(story['articles'])} articles" in page
    assert "Une même dépêche" in client.get(f"/stories/{stories[0]['id']}").text
    assert client.get("/api/stories/999999").status_code == 404


def test_stored_text_is_escaped_on_every_page(client):
    [s] = client.get("/api/statements", params={"speaker": "martin"}).json()["statements"]
    for url in (f"/statements/{s['id']}", "/statements?speaker=martin", "/"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<i>Média</i>" not in html and "<b>1</b>" not in html
    assert "&lt;script&gt;" in client.get(f"/statements/{s['id']}").text
