"""veille's news NER: fr_core_news_md's `ner` fine-tuned on WiNER-fr 2016 news, shipped inside the package.

The shipped directory (`models/ner_winer/`) holds only the trained `ner` component (its own tok2vec, the output
layer and the transition moves, about 6 MB) and a `meta.json` saying how it was made and what it scored. It keeps
the architecture of fr_core_news_md's `ner` and reads that model's static vectors, so it is loaded into the
already loaded model in place of its NER weights: no second model, no download, the same speed.

Set VEILLE_NER=model to keep fr_core_news_md's own NER (to compare, or when the shipped files are missing on
purpose). Labels are the model's scheme (PER, LOC, ORG, MISC); the KB ruler and the entity component after it
turn countries and cities into GPE and attach KB ids.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

NER_DIR = Path(__file__).resolve().parent / "models" / "ner_winer"
LABELS = ("LOC", "MISC", "ORG", "PER")


def shipped_meta(model_dir: Path = NER_DIR) -> dict:
    """What the shipped model says about itself (data, split, seed, held-out figures); {} when absent."""
    path = model_dir / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def wanted() -> bool:
    return os.environ.get("VEILLE_NER", "news").strip().lower() != "model"


def use_news_ner(nlp, model_dir: Path = NER_DIR) -> bool:
    """Put the shipped news NER's weights into `nlp`'s `ner`; False (and the model's NER kept) when not wanted
    or not installed. A shipped model that does not fit the pipeline's `ner` is an error, not a silent fallback."""
    if not wanted():
        log.info("VEILLE_NER=model: keeping %s's own NER", nlp.meta.get("name", "the model"))
        return False
    if not (model_dir / "ner" / "model").is_file():
        log.warning("news NER not found in %s: keeping the model's own NER (rebuild with `veille train ner`)",
                    model_dir)
        return False
    if "ner" not in nlp.pipe_names:
        raise ValueError(f"{model_dir}: the pipeline has no 'ner' component to replace")
    ner = nlp.get_pipe("ner")
    if tuple(sorted(ner.labels)) != LABELS:
        raise ValueError(f"{model_dir}: the pipeline's ner labels {sorted(ner.labels)} are not {list(LABELS)}")
    try:
        ner.from_disk(model_dir / "ner", exclude=["vocab"])  # the strings are the loaded model's
    except Exception as exc:  # a shape mismatch from thinc reads badly; say which file and why
        raise ValueError(f"{model_dir / 'ner'}: cannot load the news NER into this model ({exc})") from exc
    nlp.meta.setdefault("veille", {})["ner"] = shipped_meta(model_dir).get("name", "ner_winer")
    log.info("news NER loaded from %s", model_dir)
    return True
