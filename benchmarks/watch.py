"""`watch run --once` over N feeds × M items on loopback (N sites, one per host), then the figures of issue 7:

1. first run: every article ingested exactly once;
2. second run: conditional GET answers 304 for every feed, no page fetched, nothing ingested (time ratio to run 1);
3. the same feeds in a fresh store plus a host answering 500 and a host that hangs: the healthy feeds finish no
   later than (baseline finish + timeout), the baseline being the same feeds alone in another fresh store, measured
   in this same run.

Extraction: by default a fast stand-in for veille.process.process (tests/watch_site.fake_process), so the figures
measure the crawler and the store path; `--real` sends run 1 through the real spaCy pipeline.

    .venv/bin/python benchmarks/watch.py [--feeds 20] [--items 20] [--timeout 3] [--real]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import veille.process  # noqa: E402
from veille.store import Store  # noqa: E402
from veille.watch import runner, state  # noqa: E402
from veille.watch.fetch import Fetcher  # noqa: E402
from watch_site import Site, build_news_site, fake_process  # noqa: E402


def timed_run(store, feeds, timeout: float, workers: int):
    finished: dict[str, float] = {}
    start = time.monotonic()
    with Fetcher(delay=0, timeout=timeout) as fetcher:
        report = runner.run_once(store, feeds=feeds, fetcher=fetcher, workers=workers,
                                 progress=lambda fr: finished.__setitem__(fr.url, time.monotonic() - start))
    return report, finished, time.monotonic() - start


def count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--items", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=3.0)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--real", action="store_true", help="run 1 through the real pipeline")
    args = ap.parse_args()

    sites = [Site().start() for _ in range(args.feeds)]
    broken, hanging = Site().start(), Site().start()
    try:
        urls = [build_news_site(s, args.items, start=i * args.items) for i, s in enumerate(sites)]
        broken.set("/rss.xml", "erreur interne", status=500)
        hanging.set("/robots.txt", "User-agent: *\n", "text/plain", delay=600)
        expected = args.feeds * args.items
        tmp = Path(tempfile.mkdtemp(prefix="veille-watch-bench-"))

        if not args.real:
            veille.process.process = fake_process
        with Store(tmp / "a.db") as store:
            for u in urls:
                state.add_feed(store, u)
            feeds = state.list_feeds(store)
            r1, fin1, t1 = timed_run(store, feeds, args.timeout, args.workers)
            articles, quotes = count(store, "articles"), count(store, "quotes")
            page_hits = sum(len([h for h in s.hits if "/2024/" in h.path]) for s in sites)
            r2, _, t2 = timed_run(store, state.list_feeds(store), args.timeout, args.workers)
            articles_after = count(store, "articles")
        veille.process.process = fake_process

        # baseline for run 3: the healthy feeds alone, fresh store, same process() as run 3
        with Store(tmp / "b0.db") as store:
            for u in urls:
                state.add_feed(store, u)
            _, fin0, t0 = timed_run(store, state.list_feeds(store), args.timeout, args.workers)
        with Store(tmp / "b.db") as store:
            for u in [broken.url("/rss.xml"), hanging.url("/rss.xml")] + urls:   # bad ones first: worst case
                state.add_feed(store, u)
            r3, fin3, t3 = timed_run(store, state.list_feeds(store), args.timeout, args.workers)
            healthy = [fin3[u] for u in urls]
            bad = {f.url: f.error for f in r3.failed_feeds}

        mode = "real pipeline" if args.real else "stand-in process()"
        print(f"watch run --once over {args.feeds} feeds x {args.items} items on loopback ({mode}, "
              f"{args.workers} fetch threads, timeout {args.timeout:g}s)")
        print(f"run 1: {r1.total('new')} new / {expected} listed, {articles} articles stored, {page_hits} article "
              f"pages downloaded, {quotes} quotes, {r1.requests} requests, "
              f"{t1:.2f}s ({expected / t1:.1f} articles/s); failed feeds: {len(r1.failed_feeds)}")
        print(f"run 2: {r2.total('new')} new, {r2.total('fetched')} pages fetched, {r2.not_modified}/{args.feeds} "
              f"feeds answered 304, {r2.requests} requests, {t2:.2f}s = {t2 / t1:.3f} x run 1; "
              f"articles stored {articles_after}")
        base_last = max(fin0.values())
        print(f"run 3 (fresh store, stand-in process(), + a 500 host + a hanging host): healthy feeds done by "
              f"{max(healthy):.2f}s vs {base_last:.2f}s without the bad hosts (extra {max(healthy) - base_last:+.2f}s, "
              f"bound {args.timeout:g}s); whole run {t3:.2f}s = {t3 / t0:.2f} x baseline; {r3.total('new')} new")
        for url, err in bad.items():
            print(f"  failed as expected: {err}")
        ok = (r1.total("new") == expected == articles == page_hits and r2.total("new") == 0
              and max(healthy) <= base_last + args.timeout
              and r2.total("fetched") == 0 and r2.not_modified == args.feeds and len(bad) == 2
              and r3.total("new") == expected)
        print("figures hold" if ok else "FIGURES DO NOT HOLD")
        return 0 if ok else 1
    finally:
        for s in sites + [broken, hanging]:
            s.stop()


if __name__ == "__main__":
    sys.exit(main())
