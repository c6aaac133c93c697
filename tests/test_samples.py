"""The bundled samples/ stay valid inputs: each reads, is French, and yields quotes and entities; their photo
credits and « Lire aussi » lines are set aside as boilerplate."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from veille.ingest.readers import ReadError, read_path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
NOISE_LINE = re.compile(r"^(Photo|Crédit photo|Lire aussi)\b.*$", re.MULTILINE)


def test_samples_read_as_articles():
    articles = [a for p in ARTICLE_FILES for a in read_path(p)]
    assert not [a for a in articles if isinstance(a, ReadError)]
    assert 6 <= len(articles) <= 10
    assert {p.suffix for p in ARTICLE_FILES} == {".txt", ".html", ".jsonl"}
    assert all(a.title for a in articles)


@pytest.mark.slow
@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.name)
def test_sample_extracts(path):
    from veille.process import process

    for article in read_path(path):
        ext = process(article)
        assert ext.language == "fr"
        assert ext.quotes and ext.entities
        text = article.text
        for q in ext.quotes:
            assert text[q.start:q.end] == q.text
        flagged = {b.text for b in ext.boilerplate}
        for m in NOISE_LINE.finditer(text if path.suffix == ".txt" else ""):
            assert m.group(0).strip() in flagged
