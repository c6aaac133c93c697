"""Grouping the articles a store held before stories and statements existed."""
from __future__ import annotations

from crossref_gold import gold_extractions, load_gold
import veille.store.crossref as crossref
from veille.store import Store
from veille.store.crossref.queries import list_statements, list_stories
from veille.store.crossref.rebuild import index_missing


def test_index_missing_groups_what_was_written_without_crossref(tmp_path, monkeypatch):
    extractions, _ = gold_extractions(load_gold())
    with Store(tmp_path / "v.db") as store:
        monkeypatch.setattr(crossref, "ENABLED", False)
        for ext in extractions:
            store.write(ext)
        monkeypatch.setattr(crossref, "ENABLED", True)
        assert list_stories(store) == [] and list_statements(store) == []
        assert index_missing(store) == len(extractions)
        assert len(list_stories(store)) == 4 and len(list_statements(store)) == 17
        assert index_missing(store) == 0
