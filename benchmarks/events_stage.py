"""Where the events stage's time goes, inside the pipeline and on its own, in one run.

    .venv/bin/python benchmarks/events_stage.py [PATH...] [--rounds N] [--sweep MB]

The same articles as `throughput.py` (the dev articles under ../shared/data when present, else samples/). Each
article's Doc is made once by every component before `veille_events`; the state the stage changes (the mention
spans, the entities, the Doc's cached readings) is kept and put back before each timed pass, so every pass reads
fresh Docs. Timing the stage a second time on the same Docs would not: it then finds the actors it described on the
first pass already among the mentions, and skips describing them.

Printed, each the best of --rounds passes (CPU seconds), with the stage's phases (EventRun's methods, wrapped for
the measurement):
- the stage on the restored Docs one after another: the baseline;
- the stage inside the pipeline, each article through every component before the next one (as `process` runs):
  its ratio to the baseline is the cost of resuming the stage's code and tables on each article after the model's
  matrices have evicted them from the processor's caches;
- with --sweep MB, the baseline again with MB of memory read and written between articles (not timed): which
  phases a cold start slows;
- for each kind of pass, the time spent reading the sides of the triggers the stage then drops (no event) and of
  those it keeps, and the same for the unchecked CAMEO-derived readings (`needs_both_sides`): the share of the
  argument reading a cheaper decision to drop would spare.
"""
from __future__ import annotations

import argparse
import copy
import logging
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import throughput  # noqa: E402

PHASES = ("find_triggers", "_not_an_act", "_arguments", "_settled", "_typed", "_found")


def wrap_phases(spent: Counter) -> None:
    """Add each phase's time to `spent` (the phases of one article are methods of its EventRun)."""
    from veille.nlp.events.extractor import EventRun

    last = {}       # each phase's time on its last call

    def timed(name, method):
        def run(self, *args, **kwargs):
            t = time.process_time()
            try:
                return method(self, *args, **kwargs)
            finally:
                last[name] = time.process_time() - t
                spent[name] += last[name]
        return run

    for name in PHASES:
        setattr(EventRun, name, timed(name, getattr(EventRun, name)))

    # the arguments of each trigger, told apart by what `_settled` makes of them: an event, or none (then their
    # reading was spent on a trigger the stage drops; `unchecked`: the CAMEO-derived readings that need both sides)
    settled = EventRun._settled

    def settle(self, trig, source, target):
        sides = settled(self, trig, source, target)
        outcome, read = "kept" if sides is not None else "dropped", last.pop("_arguments", 0.0)
        for kind in ("", "unchecked ") if trig.entry.get("needs_both_sides") else ("",):
            spent[f"{kind}arguments {outcome}"] += read
            spent[f"{kind}triggers {outcome}"] += 1
        return sides

    EventRun._settled = settle


def snapshot(doc):
    return (list(doc.spans["veille_mentions"]) if "veille_mentions" in doc.spans else None,
            copy.deepcopy(doc._.veille_entities), dict(doc.user_data))


def restore(doc, state) -> None:
    mentions, entities, user_data = state
    doc.user_data.clear()
    doc.user_data.update(user_data)
    if mentions is not None:
        doc.spans["veille_mentions"] = mentions
    doc._.veille_entities = copy.deepcopy(entities)
    doc._.veille_events = None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3, help="timed passes of each kind (the best counts)")
    ap.add_argument("--sweep", type=int, default=0, metavar="MB", help="memory swept between articles")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    import numpy

    from veille.nlp.pipeline import get_nlp

    articles = throughput.load_articles(args.paths or throughput.default_paths())
    if not articles:
        sys.exit("no articles to time")
    nlp = get_nlp()
    stage = dict(nlp.pipeline)["veille_events"]

    def made(article):
        return throughput.through_components(nlp, article, skip=("veille_events",))

    docs = [made(a) for a in articles]
    states = [snapshot(d) for d in docs]
    for d in docs:      # warm-up: the lexicons, and the word searches' verdicts kept between articles
        stage(d)
    spent: Counter = Counter()
    wrap_phases(spent)
    sweep = numpy.ones(args.sweep * 131072) if args.sweep else None

    def restored_pass(swept: bool) -> Counter:
        for d, s in zip(docs, states):
            restore(d, s)
        spent.clear()
        for d in docs:
            if swept:
                sweep.sum()
                sweep[::8] += 1.0       # (read and write it, as the model's matrices are)
            timed_stage(d)
        return Counter(spent)

    def timed_stage(doc) -> None:
        t = time.process_time()
        stage(doc)
        spent["stage"] += time.process_time() - t

    def pipeline_pass() -> Counter:
        spent.clear()
        for a in articles:
            timed_stage(made(a))
        return Counter(spent)

    def best(passes) -> Counter:
        return min(passes, key=lambda c: c["stage"])

    alone = best([restored_pass(False) for _ in range(args.rounds)])
    inside = best([pipeline_pass() for _ in range(args.rounds)])
    rows = [("restored Docs", alone), ("inside the pipeline", inside)]
    if sweep is not None:
        rows.append((f"restored, {args.sweep} MB swept", best([restored_pass(True) for _ in range(args.rounds)])))
    print(f"texts: {len(articles)} articles; the events stage, best of {args.rounds} passes (CPU s)")
    print(f"{'':24s} {'stage':>7s} " + " ".join(f"{p.strip('_'):>13s}" for p in PHASES))
    for label, c in rows:
        print(f"{label:24s} {c['stage']:7.2f} " + " ".join(f"{c[p]:13.2f}" for p in PHASES))
    for label, c in rows[1:]:
        print(f"{label} / restored Docs: {c['stage'] / alone['stage']:.2f}  (" + ", ".join(
            f"{p.strip('_')} {c[p] / alone[p]:.2f}" for p in PHASES if alone[p]) + ")")
    # (the rewrite a cost target asks for: which triggers' sides are read for nothing)
    for label, c in rows:
        print(f"{label}: arguments of the triggers then dropped {c['arguments dropped']:.2f} s "
              f"({c['triggers dropped']:.0f} triggers), kept {c['arguments kept']:.2f} s ({c['triggers kept']:.0f}); "
              f"of the unchecked CAMEO readings (needs_both_sides) {c['unchecked arguments dropped']:.2f} s dropped "
              f"({c['unchecked triggers dropped']:.0f}), {c['unchecked arguments kept']:.2f} s kept "
              f"({c['unchecked triggers kept']:.0f})")


if __name__ == "__main__":
    main()
