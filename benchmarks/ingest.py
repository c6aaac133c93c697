"""Ingest throughput with the real pipeline: one worker, a local pool of 2, and a Dask LocalCluster of 2.

Articles: the French articles of ../shared (seed, winer-dev, winer-dev-events) and samples/, repeated --copies
times (each copy gets a distinct trailing line so that it is a distinct article). Every engine is warmed first
(pipeline loaded in each worker), so the figures are steady-state throughput; each run writes a fresh database.

    python benchmarks/ingest.py [--copies 1] [--limit N] [--skip-dask]

Targets (issue 5): pool(2) >= 1.7x one worker; store writes <= 5% of ingest time; Dask(2) within 15% of pool(2).
The machine's other load skews these ratios: the load average is printed with them.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from veille import runner
from veille.ingest.walk import iter_articles
from veille.model import Article
from veille.store import Store
from veille.store.ingest import ingest_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(copies: int, limit: int | None) -> list[Article]:
    sources = [SHARED / "seed", SHARED / "data" / "winer-dev", SHARED / "data" / "winer-dev-events", ROOT / "samples"]
    base = [a for a in iter_articles([p for p in sources if p.exists()]) if isinstance(a, Article)]
    seen, unique = set(), []
    for a in base:
        if a.id not in seen:
            seen.add(a.id)
            unique.append(a)
    out = []
    for c in range(copies):
        for a in unique:
            text = a.text if c == 0 else a.text + f"\n(copie {c})"
            out.append(Article(text=text, title=a.title, published=a.published, url=None, outlet=a.outlet,
                               source_path=f"{a.source_path}#copy{c}", body_start=a.body_start))
    return out[:limit] if limit else out


def run(label: str, articles: list[Article], folder: Path, **kw) -> float:
    store = Store(folder / f"{label}.db")
    report = ingest_articles(store, articles, **kw)
    store.close()
    c = report.counts
    rate = (c["new"] + c["replaced"]) / report.seconds
    print(f"{label:<10} {report.seconds:7.1f}s  {rate:5.2f} articles/s  new {c['new']}  failed {c['failed']}  "
          f"writes {report.write_seconds:.2f}s = {100 * report.write_seconds / report.seconds:.1f}% of ingest")
    for e in report.errors[:3]:
        print(f"           failed: {e}")
    return report.seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()
    articles = corpus(args.copies, args.limit)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / 1000:.0f}k characters; cpus {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runner.warm_up()
        one = run("1 worker", articles, folder, workers=1)

        pool = runner.make_pool(2)
        list(pool.map(time.sleep, [1.5, 1.5]))  # both workers started and warmed (warm-up is the initializer)
        two = run("pool 2", articles, folder, workers=2, pool=pool)
        pool.shutdown()
        print(f"pool(2) / 1 worker speed-up: {one / two:.2f}x (target >= 1.7x)   "
              f"load average {os.getloadavg()[0]:.1f}")
        if not args.skip_dask:
            client = runner.dask_client(workers=2)
            client.run(runner.warm_up_dask_worker)
            import pyarrow.parquet  # noqa: F401  (the loader's import, once, outside the timing)
            dask = run("dask 2", articles, folder, workers=2, engine="dask", client=client)
            runner.close_client(client)
            print(f"dask(2) time / pool(2) time: {dask / two:.2f} (target <= 1.15)   "
                  f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    sys.exit(main())
