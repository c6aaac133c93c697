"""Queries over stories, statements and shared events: date, speaker and size filters; quotes reported elsewhere."""
from __future__ import annotations

import pytest

from crossref_gold import gold_store
from veille.store import Store
from veille.store.crossref import queries as X


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(gold_store(tmp_path_factory.mktemp("x") / "gold.db"))
    yield s
    s.close()


def test_statements_filtered_by_speaker_dates_and_reports(store):
    everything = X.list_statements(store)
    assert len(everything) == 17 and all(s["reports"] >= 2 for s in everything)
    hollande = X.list_statements(store, speaker="hollande")
    assert {s["first"]["text"] for s in hollande} == {
        "ignoble attentat terroriste", "nous devons mener la guerre contre l'État islamique par tous les moyens"}
    assert X.list_statements(store, speaker="HOLLANDE") == hollande
    assert X.list_statements(store, speaker="100%_") == []
    late = X.list_statements(store, since="2016-11")
    assert {s["first"]["speaker_name"] for s in late} == {"Emmanuel Macron", "Robert Fico", "Yann Galut"}
    assert {s["first"]["speaker_name"] for s in X.list_statements(store, until="2016-03")} == {
        "Thierry et Véronique Roy", "Philippe Gardent", "Patrice Canayer", "Staffan Olsson"}
    assert [s["reports"] for s in X.list_statements(store, min_reports=3)] == [3] * 5
    assert X.list_statements(store, limit=2, offset=1) == everything[1:3]


def test_stories_and_story_of_articles(store):
    stories = X.list_stories(store)
    assert len(stories) == 4 and all(s["articles"] == 2 and "Wikinews" in s["outlet_names"] for s in stories)
    assert X.get_story(store, stories[0]["id"])["articles"][0]["outlet"]
    assert X.get_story(store, -1) is None
    assert X.list_stories(store, since="2016-12") == []


def test_quotes_also_reported_elsewhere(store):
    article_id = store.conn.execute("SELECT id FROM articles WHERE url LIKE '%sevran-wikinews.txt'").fetchone()[0]
    found = X.statements_of_quotes(store, article_id)
    assert {q: (v["reports"], v["outlets"]) for q, v in found.items()} == {
        "q1": (3, 2), "q2": (2, 1), "q3": (2, 1), "q4": (3, 2)}
    assert X.get_statement(store, found["q1"]["statement"])["outlets"] == 3
    assert X.get_statement(store, -1) is None and X.get_shared_event(store, -1) is None
