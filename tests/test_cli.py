"""`veille --help`: every command listed with a readable one-line summary."""
from __future__ import annotations

import re

from typer.testing import CliRunner

from veille.cli import app


def test_help_lists_every_command_with_a_readable_line():
    r = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert re.search(r"evaluate +Score the extraction against gold annotations: per-file and micro-averaged figures\.",
                     r.stdout)
    assert "gold files name" not in r.stdout
    for command in ("extract", "evaluate", "ingest", "search", "actor", "events", "export", "serve", "kb", "watch",
                    "stories", "statements", "statement", "shared-events", "train"):
        assert f"│ {command} " in r.stdout


def test_an_event_line_marks_a_side_read_from_context():
    from veille.store.commands_read import event_line

    e = {"source": [{"name": "Paul Vernay", "id": "e1"}], "target": [{"name": "Lorcanie", "id": "e2"}],
         "trigger": {"text": "exige"}, "target_from": "context", "source_from": None, "title": "Lorcy"}
    assert "Paul Vernay → Lorcanie (context): exige" in event_line(e)


def test_an_event_line_says_where_it_was_done():
    from veille.store.commands_read import event_line

    e = {"source": [{"name": "Paul Vernay", "id": "e1"}], "target": [], "trigger": {"text": "a manifesté"},
         "place": {"id": "e3", "name": "Lorcy"}, "title": "Titre"}
    assert "Paul Vernay → ?: a manifesté (Lorcy)" in event_line(e)
