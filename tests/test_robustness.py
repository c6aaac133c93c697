"""No article is lost to one bad record: every real text runs through the pipeline, and mutated articles (quote
marks inserted or deleted, paragraphs shuffled, impossible dates, control characters, very long words) never crash
it and never produce an offset that does not point at its own words.

The real-text test reads ../shared/data when present (skipped in a user's clone) and the bundled samples.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from veille.ingest.readers import article_from_text, read_path
from veille.process import process

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"

pytestmark = pytest.mark.slow


def check_offsets(extraction) -> None:
    text = extraction.article.text
    for e in extraction.entities:
        for m in e.mentions:
            assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
    for q in extraction.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start:span.end] == span.text
    for v in extraction.events:
        for m in v.mentions:
            for span in (m.trigger, m.sentence):
                if span is not None:
                    assert 0 <= span.start <= span.end <= len(text)


def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def test_every_sample_extracts():
    for path in sample_paths():
        for article in read_path(path):
            check_offsets(process(article))


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason=f"{SHARED} is absent (gold sets not available)")
def test_every_shared_article_extracts():
    paths = sorted((SHARED / "data").glob("*/*.txt")) + sorted((SHARED / "seed").glob("*.txt"))
    assert paths
    failures = []
    for path in paths:
        try:
            for article in read_path(path):
                check_offsets(process(article))
        except Exception as exc:  # collect them all: one line each
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
    assert failures == []


# ---- mutated articles -----------------------------------------------------------------------------------------
BASE = (
    "Les maraîchers de la vallée manifestent à Vernay\n"
    "Vernay, 14 mai 2025 – Plusieurs centaines de maraîchers ont défilé mardi dans le centre de Vernay. "
    "« Nous ne tiendrons pas une saison de plus à ces prix », a déclaré Odile Carrec, présidente du syndicat.\n"
    "Le préfet, Marc Ollier, a assuré qu'il recevrait une délégation jeudi. Selon la chambre d'agriculture, "
    "les pertes dépassent dix millions d'euros.\n"
    "« C'est une promesse de plus », a répondu Mme Carrec, qui appelle à « une vraie négociation ».\n"
)

MUTATIONS = ("insert_mark", "delete_mark", "shuffle", "bad_date", "control", "long_word")


def mutate(text: str, kind: str, rng: random.Random) -> str:
    if kind == "insert_mark":
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(["«", "»", "\"", "“", "”", "« ", " »"]) + text[i:]
    if kind == "delete_mark":
        marks = [i for i, c in enumerate(text) if c in "«»\"“”"]
        if not marks:
            return text
        i = rng.choice(marks)
        return text[:i] + text[i + 1:]
    if kind == "shuffle":
        title, *paras = text.split("\n")
        rng.shuffle(paras)
        return "\n".join([title] + paras)
    if kind == "bad_date":
        i = text.find(". ") + 2
        bad = rng.choice(["le 31 février 2025", "le 32 mars 2025", "le 0 avril 2025", "le 29 février 2023"])
        return text[:i] + f"Une première réunion, {bad}, avait échoué. " + text[i:]
    if kind == "control":
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(["\x00", "\x07", "\x1b", "\u200b", "\ufeff", "\r"]) + text[i:]
    if kind == "long_word":
        i = text.find(" ", rng.randrange(len(text)))
        i = len(text) if i < 0 else i
        return text[:i] + " " + "a" * rng.randint(500, 5000) + text[i:]
    raise ValueError(kind)


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kinds=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4), seed=st.integers(0, 10_000),
       base=st.sampled_from(["base", "sample"]))
def test_mutated_articles_never_crash(kinds, seed, base):
    rng = random.Random(seed)
    text = BASE
    if base == "sample":
        text = sorted(SAMPLES.glob("*.txt"))[seed % 5].read_text(encoding="utf-8")
    for kind in kinds:
        text = mutate(text, kind, rng)
    article = article_from_text(text, source_path="mutated.txt")
    check_offsets(process(article))
