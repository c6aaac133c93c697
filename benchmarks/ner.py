"""NER on French Wikinews: bare fr_core_news_md, veille's news NER, each with and without the KB ruler, one run.

Gold: WiNER brat .ann files (Person, Location, Organization read PER, LOC, ORG; outermost spans among those three
types; see veille.nlp.ner_data). Scores: strict (same start, end and label) and overlap (same label, spans
overlapping, one-to-one) micro P/R/F1, plus the time each pipeline took.

    .venv/bin/python benchmarks/ner.py                      # held-out months of ../shared/data/winer-2016
    .venv/bin/python benchmarks/ner.py ../shared/data/winer-dev [--years 2017 2018] [--errors]

Without DIR it scores the months the shipped NER never saw in training or tuning (ner_data.Split().heldout).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def select(folder: Path, months: list[int] | None, years: list[int] | None) -> list[Path]:
    from veille.nlp.ner_data import article_month

    out = []
    for ann in sorted(folder.glob("*.ann")):
        ym = article_month(ann)
        if (months or years) and ym is None:
            continue
        if months and ym[1] not in months:
            continue
        if years and ym[0] not in years:
            continue
        out.append(ann)
    return out


def main() -> int:
    from veille.nlp.ner_data import Split

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=None)
    ap.add_argument("--months", type=int, nargs="*", help="only articles of these months")
    ap.add_argument("--years", type=int, nargs="*", help="only articles of these years")
    ap.add_argument("--errors", action="store_true", help="print the remaining errors of news NER + ruler")
    args = ap.parse_args()
    if args.dir is None:
        args.dir, args.months = SHARED_DATA / "winer-2016", list(Split().heldout)
    files = select(args.dir, args.months, args.years)
    if not files:
        print(f"no .ann files in {args.dir} for months {args.months} years {args.years}", file=sys.stderr)
        return 1
    import spacy

    import veille.nlp.kb_ruler  # noqa: F401  (registers the factory)
    from veille.kb import get_kb
    from veille.nlp.ner_data import gold_spans, predicted_spans, score
    from veille.nlp.news_ner import shipped_meta, use_news_ner
    from veille.nlp.pipeline import MODEL

    texts = [f.with_suffix(".txt").read_text(encoding="utf-8") for f in files]
    golds = [gold_spans(f) for f in files]
    get_kb()
    bare = spacy.load(MODEL)
    news = spacy.load(MODEL)
    if not use_news_ner(news):
        print("the news NER is not installed (veille train ner) or VEILLE_NER=model is set", file=sys.stderr)
        return 1
    results = {}
    for name, nlp in (("bare " + MODEL, bare), ("news NER", news)):
        ruler = nlp.add_pipe("veille_kb_ruler", after="ner")
        list(nlp.pipe(texts[:2], disable=["veille_kb_ruler"]))  # warm-up
        # the model's pipeline, then the ruler on the same docs (the ruler is the last step touching entities)
        t = time.perf_counter()
        docs = [nlp(tx, disable=["veille_kb_ruler"]) for tx in texts]
        model_time = time.perf_counter() - t
        results[name] = (score(zip(golds, map(predicted_spans, docs))), model_time)
        t = time.perf_counter()
        docs = [ruler(d) for d in docs]
        results[name + " + kb ruler"] = (score(zip(golds, map(predicted_spans, docs))),
                                         model_time + time.perf_counter() - t)
    print(f"{len(files)} articles, {results['news NER'][0]['gold']} gold PER/LOC/ORG spans (outermost), "
          f"from {args.dir}" + (f" months {args.months}" if args.months else "")
          + (f" years {args.years}" if args.years else ""))
    print(f"news NER: {shipped_meta().get('split', {})}")
    print(f"{'pipeline':34} {'strict P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}  {'time s':>7}")
    for name, (s, elapsed) in results.items():
        (sp, sr, sf), (op, orr, of) = s["strict"], s["overlap"]
        print(f"{name:34} {sp:8.3f} {sr:6.3f} {sf:6.3f}   {op:9.3f} {orr:6.3f} {of:6.3f}  {elapsed:7.2f}")
    if args.errors:
        for f, g, d in zip(files, golds, docs):
            p = predicted_spans(d)
            for s in sorted(g - p):
                print(f"{f.stem} MISS {s[2]} {d.text[s[0]:s[1]]!r} {s[0]}")
            for s in sorted(p - g):
                print(f"{f.stem} FP   {s[2]} {d.text[s[0]:s[1]]!r} {s[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
