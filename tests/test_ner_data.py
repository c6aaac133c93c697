"""WiNER brat → training data, the month split and the NER score (veille.nlp.ner_data)."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.nlp.ner_data import (Split, article_month, gold_spans, make_doc, read_ann, score, split_articles,
                                 training_spans)

TEXT = "La société Vélos de Rennes , dirigée par Anne Kervella , lance le Tour des Monts avec Renault Zoé à Brest ."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def write_article(folder: Path, stem: str, text: str = TEXT) -> Path:
    rows = [("Organization", "Vélos de Rennes"), ("Location", "Rennes"), ("Person", "Anne Kervella"),
            ("Event", "Tour des Monts"), ("Product", "Renault Zoé"), ("Organization", "Renault"),
            ("Location", "Brest"), ("Date", "Monts")]
    lines = [f"T{n}\t{kind} {_span(text, part)[0]} {_span(text, part)[1]}\t{part}"
             for n, (kind, part) in enumerate(rows, 1)]
    lines.append("#1\tAnnotatorNotes T1\tnote")
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    ann = folder / f"{stem}.ann"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ann


def test_gold_is_outermost_person_location_organization(tmp_path):
    ann = write_article(tmp_path, "2016_03_02-001")
    assert len(read_ann(ann)) == 8
    gold = {(TEXT[s:e], lab) for s, e, lab in gold_spans(ann)}
    # « Rennes » sits inside the organisation; « Renault » is an organisation even inside a product
    assert gold == {("Vélos de Rennes", "ORG"), ("Anne Kervella", "PER"), ("Renault", "ORG"), ("Brest", "LOC")}


def test_training_adds_events_and_products_that_shadow_nothing_as_misc(tmp_path):
    ann = write_article(tmp_path, "2016_03_02-001")
    spans = {(TEXT[s:e], lab) for s, e, lab in training_spans(ann)}
    assert ("Tour des Monts", "MISC") in spans
    assert ("Renault Zoé", "MISC") not in spans  # it would hide the organisation the evaluation asks for
    assert ("Renault", "ORG") in spans


def test_make_doc_snaps_spans_to_tokens(tmp_path):
    spacy = pytest.importorskip("spacy")
    ann = write_article(tmp_path, "2016_03_02-001")
    doc = make_doc(spacy.blank("fr"), ann)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Vélos de Rennes", "ORG"), ("Anne Kervella", "PER"), ("Tour des Monts", "MISC"), ("Renault", "ORG"),
        ("Brest", "LOC")]


def test_split_by_month_and_refuse_other_years(tmp_path):
    for stem in ("2016_01_05-001", "2016_10_30-002", "2016_11_01-001", "2016_12_24-001"):
        write_article(tmp_path, stem)
    (tmp_path / "notes.ann").write_text("", encoding="utf-8")
    parts = split_articles(tmp_path, Split(), year=2016)
    assert {k: [p.stem for p in v] for k, v in parts.items()} == {
        "train": ["2016_01_05-001", "2016_10_30-002"], "dev": ["2016_11_01-001"], "heldout": ["2016_12_24-001"]}
    write_article(tmp_path, "2017_02_03-001")
    with pytest.raises(ValueError, match="2017_02_03-001.ann: an article of 2017"):
        split_articles(tmp_path, Split(), year=2016)
    assert article_month(Path("2018_07_14-003.ann")) == (2018, 7)


def test_bad_brat_line_names_the_file(tmp_path):
    ann = tmp_path / "2016_01_01-001.ann"
    ann.write_text("T1\tPerson x y\tNom\n", encoding="utf-8")
    with pytest.raises(ValueError, match="2016_01_01-001.ann: line 1"):
        read_ann(ann)


def test_score_strict_and_overlap():
    gold = {(0, 10, "ORG"), (20, 25, "PER"), (30, 35, "LOC")}
    pred = {(0, 10, "ORG"), (18, 25, "PER"), (30, 35, "ORG")}
    s = score([(gold, pred)])
    assert s["strict"][2] == pytest.approx(1 / 3)
    assert s["overlap"][2] == pytest.approx(2 / 3)
    assert score([(set(), set())])["strict"] == (0.0, 0.0, 0.0)
