"""The cross-article commands: stories, statements, statement, shared-events, export-statements, crossref."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crossref_gold import gold_store
from veille.cli import app
from veille.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return gold_store(tmp_path_factory.mktemp("x") / "gold.db")


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_stories_in_each_format(db):
    table = run("stories", "--db", db)
    assert table.exit_code == 0 and "Agence (copie)" in table.output
    rows = [json.loads(line) for line in run("stories", "--db", db, "-f", "jsonl").output.splitlines()]
    assert len(rows) == 4 and json.loads(run("stories", "--db", db, "--format", "json").output) == rows
    assert "no story" in run("stories", "--db", db, "--since", "2017").output


def test_statements_and_one_statement_with_its_timeline_and_diff(db):
    rows = [json.loads(x) for x in run("statements", "--db", db, "--speaker", "galut", "-f", "jsonl").output.splitlines()]
    assert len(rows) == 1 and rows[0]["reports"] == 3 and rows[0]["first"]["outlet"] == "Réaction (copie)"
    assert len(run("statements", "--db", db, "--min-reports", "3", "-f", "json").output) > 10
    out = run("statement", rows[0]["id"], "--db", db).output
    assert "3 reports, 3 outlets" in out and "relay: Yann Galut → Wikinews" in out and "[-1 er-] {+1er+}" in out
    doc = json.loads(run("statement", rows[0]["id"], "--db", db, "-f", "json").output)
    assert [r["published"] for r in doc["timeline"]] == ["2016-12-16", "2016-12-17", "2016-12-18"]
    missing = run("statement", 999999, "--db", db)
    assert missing.exit_code == 1 and "no such statement" in missing.output


def test_markup_in_stored_text_is_printed_not_interpreted(tmp_path):
    from veille.model import Article, Entity, Extraction, Quote
    path = tmp_path / "m.db"
    quote = "[bold]nous ne céderons rien[/bold] sur les retraites ni sur les salaires"
    with Store(path) as s:
        for n in (1, 2):
            text = f"Titre [red]{n}\nLe syndicaliste Jean Martin : « {quote} »."
            start = text.index(quote)
            s.write(Extraction(article=Article(text=text, title=f"[red]{n}", url=f"https://ex.org/{n}"),
                               entities=[Entity(id="e1", name="Jean Martin", type="PER")],
                               quotes=[Quote(id="q1", start=start, end=start + len(quote), text=quote,
                                             kind="direct", speaker="e1")]))
    listing = run("statements", "--db", path).output
    assert "[red]" in listing.replace("\n", "") or "[red" in listing
    sid = json.loads(run("statements", "--db", path, "-f", "jsonl").output.splitlines()[0])["id"]
    assert "[bold]nous ne céderons rien[/bold]" in run("statement", sid, "--db", path).output


def test_shared_events_export_and_crossref(db, tmp_path):
    assert "no event" in run("shared-events", "--db", db).output
    assert run("shared-events", 999999, "--db", db).exit_code == 1
    out = run("export-statements", "--db", db, "-o", tmp_path, "-f", "csv", "--min-reports", "2").output
    assert "statements.csv\t17 rows" in out and "statement_reports.csv\t39 rows" in out
    assert json.loads(run("crossref", "--db", db, "-f", "json").output) == {"indexed_articles": 0}
    assert run("stories", "--db", tmp_path / "none.db").exit_code == 2


def test_shared_events_listing_and_one_event(tmp_path):
    from test_crossref_story_events import report

    path = tmp_path / "e.db"
    with Store(path) as s:
        s.write(report(1))
        s.write(report(2, date="2024-02-11", published="2024-02-12"))
    [event] = [json.loads(x) for x in run("shared-events", "--db", path, "-f", "jsonl").output.splitlines()]
    assert event["reports"] == 2 and event["type"] == "ASSAULT"
    assert "ASSAULT" in run("shared-events", "--db", path, "--type", "assault").output
    assert "frappé" in run("shared-events", event["id"], "--db", path).output
    doc = json.loads(run("shared-events", event["id"], "--db", path, "-f", "json").output)
    assert [r["outlet"] for r in doc["reports"]] == ["Outlet 1", "Outlet 2"]
    assert doc["reports"][0]["actors"][0] == {"role": "source", "name": "Armée russe", "kb_id": "Q1", "country": None}
