"""Throughput of veille's whole pipeline against the bare fr_core_news_md pipeline, on the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py [PATH...] [--rounds N] [--no-rss] [--end-to-end [--block N]]

Texts: the dev articles under ../shared/data when present, else samples/ (or the paths given). Both pipelines are
loaded in this one process and timed in alternating rounds over the same articles, one article at a time (as
`veille ingest` does on one worker); the best round of each counts, which damps the noise of a shared machine.

Printed:
- words/s of `veille.process.process` (language check, every veille stage, records) and of bare fr_core_news_md
  (`nlp(text)` with all its default components), and their ratio (target >= 0.80);
- the time each veille component takes inside the pipeline (the median of `--rounds` passes, each pass one article
  at a time through the tokenizer and every component; the tokenizer is part of the pipeline's time, as `nlp(text)`
  and `process()` run it), the cost of events (veille_dates + veille_events,
  as extra time over the pipeline without them, target <= 10 %, and as a share of the pipeline's time) and of
  linking (veille_kb_ruler + veille_entities);
- with `--end-to-end`, the same cost of events read on `process()` whole, with every stage and with veille_dates
  and veille_events disabled: it also counts whatever the two stages cost outside their components (the model's
  tables they push out of the processor's caches). The two alternate by blocks of `--block` articles, not by whole
  passes: a shared machine's speed drifts by a tenth within a minute, which whole passes read as a cost of events;
  blocks cancel the drift and keep each article's predecessor as it is in a real run (but at a block's edge);
- peak RSS of a child process that runs only veille over the same texts (target < 1.5 GB).
"""
from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
EVENT_STAGES = ("veille_dates", "veille_events")
LINK_STAGES = ("veille_kb_ruler", "veille_entities")
WORD = re.compile(r"\w+")


def default_paths() -> list[Path]:
    if SHARED_DATA.is_dir():
        found = sorted(SHARED_DATA.glob("*/*.txt"))
        if found:
            return found
    return [ROOT / "samples"]


def load_articles(paths) -> list:
    """Articles from files and folders, one per distinct text."""
    from veille.ingest.readers import ReadError
    from veille.ingest.walk import iter_articles

    seen, out = set(), []
    for item in iter_articles(paths):
        if isinstance(item, ReadError) or item.id in seen:
            continue
        seen.add(item.id)
        out.append(item)
    return out


def words(articles) -> int:
    return sum(len(WORD.findall(a.text)) for a in articles)


def time_bare(nlp, articles) -> float:
    start = time.perf_counter()
    for a in articles:
        nlp(a.text)
    return time.perf_counter() - start


def time_veille(articles) -> float:
    from veille.process import process

    start = time.perf_counter()
    for a in articles:
        process(a)
    return time.perf_counter() - start


def time_veille_blocks(articles, stages, block: int) -> tuple[float, float]:
    """Seconds of `process()` over the articles with every stage and with the named ones disabled, the two taking
    turns by blocks of `block` articles (each block run both ways, the first way alternating)."""
    from veille.nlp.pipeline import get_nlp

    nlp, spent = get_nlp(), [0.0, 0.0]     # with, without
    for n, k in enumerate(range(0, len(articles), block)):
        part = articles[k:k + block]
        for without in ((False, True) if n % 2 == 0 else (True, False)):
            if without:
                with nlp.select_pipes(disable=list(stages)):
                    spent[1] += time_veille(part)
            else:
                spent[0] += time_veille(part)
    return spent[0], spent[1]


def through_components(nlp, article, spent: dict | None = None, skip=()):
    """The article's Doc through the tokenizer and each component of the pipeline in turn, as veille.nlp.pipeline
    runs it (but those named in `skip`), each step's seconds added to `spent` when given (the tokenizer's under
    "tokenizer": `nlp(text)` and `process()` run it before the first component)."""
    t = time.perf_counter()
    doc = nlp.make_doc(article.text)
    if spent is not None:
        spent["tokenizer"] += time.perf_counter() - t
    doc._.veille_article, doc._.veille_offset = article, 0
    for name, proc in nlp.pipeline:
        if name in skip:
            continue
        t = time.perf_counter()
        doc = proc(doc)
        if spent is not None:
            spent[name] += time.perf_counter() - t
    return doc


def component_times(articles) -> dict[str, float]:
    """Seconds spent in the tokenizer and each component of veille's pipeline, run as veille.nlp.pipeline runs it."""
    from veille.nlp.pipeline import get_nlp

    nlp = get_nlp()
    spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for a in articles:
        through_components(nlp, a, spent)
    return spent


def child_rss(paths) -> int:
    """Peak RSS (bytes) of a fresh process that runs only veille over the texts."""
    code = ("import sys, resource; sys.path.insert(0, %r); import throughput as T; "
            "arts = T.load_articles(sys.argv[1:]); T.time_veille(arts); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % str(Path(__file__).parent)
    r = subprocess.run([sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True, check=True)
    return int(r.stdout.strip().splitlines()[-1]) * 1024


def mark(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=2, help="alternating timed rounds of each pipeline (best counts)")
    ap.add_argument("--no-rss", action="store_true", help="skip the child process that measures veille's memory")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also time process() with and without dates and events (2 x --rounds more passes)")
    ap.add_argument("--block", type=int, default=10, help="articles per turn of the end-to-end reading")
    args = ap.parse_args()

    import logging
    logging.basicConfig(level=logging.ERROR)
    import spacy

    from veille.nlp.pipeline import MODEL, get_nlp

    paths = args.paths or default_paths()
    articles = load_articles(paths)
    if not articles:
        sys.exit("no articles to time")
    n_words = words(articles)
    where = paths[0].parent if len(paths) > 1 else paths[0]
    print(f"texts: {len(articles)} articles, {n_words} words ({where}{' …' if len(paths) > 1 else ''})")

    bare = spacy.load(MODEL)
    veille_nlp = get_nlp()
    print(f"bare {MODEL}: {', '.join(bare.pipe_names)}")
    print(f"veille: {', '.join(veille_nlp.pipe_names)}")
    time_bare(bare, articles[:2])        # warm-up: lazy tables, KB, lexicons
    time_veille(articles[:2])

    bare_t, veille_t = [], []
    for _ in range(args.rounds):
        bare_t.append(time_bare(bare, articles))
        veille_t.append(time_veille(articles))
    b, v = min(bare_t), min(veille_t)
    print(f"\nbare {MODEL:18s} {n_words / b:8.0f} words/s  (best of {args.rounds}: {b:.2f} s)")
    print(f"veille process()        {n_words / v:8.0f} words/s  (best of {args.rounds}: {v:.2f} s)")
    ratio = b / v
    print(f"ratio veille / bare     {ratio:8.2f}   target >= 0.80: {mark(ratio >= 0.80)}")

    # (the median pass of each component: one pass alone moved the events' share by a point on a busy machine)
    passes = [component_times(articles) for _ in range(args.rounds)]
    spent = {name: statistics.median(p[name] for p in passes) for name in passes[0]}
    total = sum(spent.values())
    print(f"\ntime per step inside veille's pipeline (median of {len(passes)} passes):")
    for name, s in spent.items():
        print(f"  {name:22s} {s:7.2f} s  {100 * s / total:5.1f} %")
    events = sum(spent.get(n, 0.0) for n in EVENT_STAGES)
    linking = sum(spent.get(n, 0.0) for n in LINK_STAGES)
    ev_cost = events / (total - events) if total > events else 0.0
    link_cost = linking / (total - linking) if total > linking else 0.0
    print(f"events (dates + events): +{100 * ev_cost:.1f} % time over the pipeline without them "
          f"(with/without = {1 + ev_cost:.3f}); target <= 10 %: {mark(ev_cost <= 0.10)}")
    # (the same cost as a share of the whole pipeline's time; the target is read on the stricter figure above)
    print(f"                         {100 * events / total:.1f} % of the pipeline's time")
    shares = [sum(p[n] for n in EVENT_STAGES) / sum(p.values()) for p in passes]
    print(f"                         (each pass: {', '.join(f'{100 * x:.1f} %' for x in shares)})")
    print(f"linking (kb_ruler + entities): +{100 * link_cost:.1f} % time over the pipeline without them "
          f"(with/without = {1 + link_cost:.3f})")
    if args.end_to_end:
        turns = [time_veille_blocks(articles, EVENT_STAGES, args.block) for _ in range(args.rounds)]
        costs = [w / wo - 1 for w, wo in turns]
        cost = statistics.median(costs)
        print(f"events end to end: process() with dates and events against process() without them, blocks of "
              f"{args.block} articles taking turns (median of {args.rounds} passes): +{100 * cost:.1f} %, "
              f"{100 * cost / (1 + cost):.1f} % of its time")
        print(f"                   (each pass: {', '.join(f'+{100 * c:.1f} %' for c in costs)}; seconds with / "
              f"without: {', '.join(f'{w:.1f} / {wo:.1f}' for w, wo in turns)})")

    here = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"\npeak RSS of this process (both pipelines loaded): {here / 2**30:.2f} GB")
    if not args.no_rss:
        rss = child_rss(paths)
        print(f"peak RSS of veille alone (child process):        {rss / 2**30:.2f} GB   "
              f"target < 1.5 GB: {mark(rss < 1.5 * 2**30)}")


if __name__ == "__main__":
    main()
