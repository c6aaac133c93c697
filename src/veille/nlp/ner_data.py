"""WiNER-fr brat annotations → spaCy training data, the month split, and the strict/overlap NER score.

WiNER-fr articles are named `YYYY_MM_DD-NNN.txt` with a brat `.ann` beside them (types Person, Location,
Organization, Event, Product, Date, Hour; spans may nest). The evaluation target, here as in `benchmarks/ner.py`,
is the outermost Person/Location/Organization spans, read PER/LOC/ORG. For training, Event and Product spans that
touch none of those become MISC, so the model keeps a fourth type for named events and products without
shadowing an organisation nested inside a product (« Peugeot » inside « Peugeot 308 »).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

EVAL_LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}
MISC_TYPES = {"Event", "Product"}
NAME_RE = re.compile(r"^(\d{4})_(\d{2})_\d{2}-\d+$")

Spans = set[tuple[int, int, str]]


@dataclass(frozen=True)
class Split:
    """Which months of the year train, tune (dev) and measure (held-out) the model."""
    train: tuple[int, ...] = tuple(range(1, 11))
    dev: tuple[int, ...] = (11,)
    heldout: tuple[int, ...] = (12,)

    def part_of(self, month: int) -> str | None:
        for part in ("train", "dev", "heldout"):
            if month in getattr(self, part):
                return part
        return None


def read_ann(ann: Path) -> list[tuple[int, int, str]]:
    """All contiguous text-bound annotations of a brat file as (start, end, type)."""
    out = []
    for n, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or ";" in parts[1]:
            continue  # discontinuous spans are not names a tagger can return
        head = parts[1].split(" ")
        try:
            out.append((int(head[1]), int(head[2]), head[0]))
        except (IndexError, ValueError):
            raise ValueError(f"{ann}: line {n} is not a brat text-bound annotation") from None
    return out


def _outermost(spans: Iterable[tuple[int, int, str]]) -> Spans:
    spans = set(spans)
    return {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}


def gold_spans(ann: Path) -> Spans:
    """The evaluation target: outermost Person/Location/Organization spans as PER/LOC/ORG."""
    return _outermost((s, e, EVAL_LABELS[t]) for s, e, t in read_ann(ann) if t in EVAL_LABELS)


def training_spans(ann: Path) -> Spans:
    """The evaluation target plus outermost Event/Product spans that overlap none of it, as MISC."""
    raw = read_ann(ann)
    main = gold_spans(ann)
    misc = _outermost((s, e, "MISC") for s, e, t in raw if t in MISC_TYPES)
    misc = {m for m in misc if not any(m[0] < g[1] and g[0] < m[1] for g in main)}
    return main | misc


def article_month(path: Path) -> tuple[int, int] | None:
    """(year, month) from a WiNER file name, None when the name does not follow the corpus's pattern."""
    m = NAME_RE.match(path.stem)
    return (int(m.group(1)), int(m.group(2))) if m else None


def split_articles(folder: Path, split: Split = Split(), year: int | None = None) -> dict[str, list[Path]]:
    """The .ann files of a folder by part of the split; articles of another year than `year` are refused."""
    parts: dict[str, list[Path]] = {"train": [], "dev": [], "heldout": []}
    for ann in sorted(folder.glob("*.ann")):
        ym = article_month(ann)
        if ym is None:
            log.warning("%s: name is not YYYY_MM_DD-NNN, left out", ann.name)
            continue
        if year is not None and ym[0] != year:
            raise ValueError(f"{ann}: an article of {ym[0]}, the split only takes {year} articles")
        part = split.part_of(ym[1])
        if part:
            parts[part].append(ann)
    return parts


def make_doc(nlp, ann: Path, spans: Spans | None = None):
    """The article as a Doc with its spans as entities (snapped to tokens, overlaps dropped)."""
    from spacy.util import filter_spans

    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    ents, lost = [], 0
    for start, end, label in sorted(spans if spans is not None else training_spans(ann)):
        span = doc.char_span(start, end, label=label, alignment_mode="contract") or \
            doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            lost += 1
            continue
        ents.append(span)
    kept = filter_spans(ents)
    lost += len(ents) - len(kept)
    if lost:
        log.debug("%s: %d spans not aligned to tokens or overlapping, left out", ann.name, lost)
    doc.ents = kept
    return doc


def write_docbins(nlp, parts: dict[str, list[Path]], out: Path) -> dict[str, Path]:
    """One .spacy file per part of the split, under `out`."""
    from spacy.tokens import DocBin

    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for part, anns in parts.items():
        db = DocBin(store_user_data=False)
        for ann in anns:
            db.add(make_doc(nlp, ann))
        paths[part] = out / f"{part}.spacy"
        db.to_disk(paths[part])
    return paths


def predicted_spans(doc) -> Spans:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ("PER", "LOC", "ORG")}


def score(pairs: Iterable[tuple[Spans, Spans]]) -> dict:
    """Micro P/R/F1, strict (same start, end, label) and overlap (same label, overlapping, one-to-one)."""
    tp_s = n_pred = n_gold = tp_o = 0
    for gold, pred in pairs:
        n_pred += len(pred)
        n_gold += len(gold)
        tp_s += len(gold & pred)
        used = set()
        for g in sorted(gold):
            for p in sorted(pred):
                if p not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]:
                    used.add(p)
                    tp_o += 1
                    break

    def prf(tp):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    return {"strict": prf(tp_s), "overlap": prf(tp_o), "gold": n_gold, "pred": n_pred}
