"""Helpers for the cross-article gold (no tests here): tests/data/statements read as extractions, and scores.

The gold names each report by its article, its exact wording and its speaker; `gold_extractions` builds the
extraction an ideal quote extractor would give (one entity per speaker, one quote per report), so the tests
measure statement matching alone. benchmarks/statements.py measures it after the real pipeline instead.
"""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from veille.model import Article, Entity, Extraction, Mention, Quote, TextSpan

GOLD_DIR = Path(__file__).parent / "data" / "statements"


def load_gold() -> dict:
    return json.loads((GOLD_DIR / "gold.json").read_text(encoding="utf-8"))


def gold_article(name: str, meta: dict) -> Article:
    text = (GOLD_DIR / "articles" / name).read_text(encoding="utf-8")
    return Article(text=text, title=text.split("\n", 1)[0], published=meta["published"], outlet=meta["outlet"],
                   url=f"https://gold.example/{name}", body_start=text.index("\n") + 1)


def gold_extractions(gold: dict) -> tuple[list[Extraction], dict[tuple[str, str], str]]:
    """One extraction per gold article, and (article file, quote id) → gold statement label."""
    out, labels = [], {}
    for name, meta in gold["articles"].items():
        article = gold_article(name, meta)
        entities: dict[str, Entity] = {}
        quotes = []
        for r in (r for r in gold["reports"] if r["article"] == name):
            speaker = entities.get(r["speaker"])
            if speaker is None:
                at = article.text.index(r["speaker"].split()[-1])
                speaker = entities[r["speaker"]] = Entity(
                    id=f"e{len(entities) + 1}", name=r["speaker"], type="PER",
                    mentions=[Mention(at, at + len(r["speaker"].split()[-1]), r["speaker"].split()[-1])])
            start = article.text.index(r["quote"])
            quote = Quote(id=f"q{len(quotes) + 1}", start=start, end=start + len(r["quote"]), text=r["quote"],
                          kind="direct", speaker=speaker.id,
                          speaker_mention=TextSpan(speaker.mentions[0].start, speaker.mentions[0].end,
                                                   speaker.mentions[0].text), confidence=0.9)
            quotes.append(quote)
            labels[(name, quote.id)] = r["statement"]
        out.append(Extraction(article=article, entities=list(entities.values()), quotes=quotes,
                              pipeline_version="gold"))
    return out, labels


def pairwise_scores(predicted: dict, gold: dict) -> dict:
    """Pairwise precision and recall of « same statement » over the items both dicts name (item → group)."""
    items = sorted(set(predicted) & set(gold))
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"items": len(items), "true_pairs": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3)}


def gold_store(path: Path) -> Path:
    """A store at `path` holding every gold article (as gold_extractions gives them)."""
    from veille.store import Store

    with Store(path) as store:
        for ext in gold_extractions(load_gold())[0]:
            store.write(ext)
    return path


def gold_process(article: Article) -> Extraction:
    """A stand-in for process() (importable by Dask workers): the gold extraction of a gold article."""
    for ext in gold_extractions(load_gold())[0]:
        if ext.article.url == article.url:
            return ext
    raise ValueError(f"{article.url}: not a gold article")
