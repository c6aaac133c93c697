"""Ingest throughput with the real pipeline: one worker, a local pool of 2, and a Dask LocalCluster of 2.

Articles: the French articles of ../shared (seed, winer-dev, winer-dev-events) and samples/, repeated --copies
times (each copy gets a distinct trailing line so that it is a distinct article). Every engine is warmed first
(pipeline loaded in each worker), so the figures are steady-state throughput; each run writes a fresh database.

    python benchmarks/ingest.py [--copies 1] [--limit N] [--rounds 3] [--skip-dask]

Targets (issue 5): pool(2) >= 1.7x one worker; store writes <= 5% of ingest time; Dask(2) within 15% of pool(2).
Engines alternate over --rounds rounds (medians reported), each round preceded by the machine's current
2-process ceiling (pure CPU work), since other tenants of a shared machine skew every ratio.
"""
from __future__ import annotations

import argparse
import os
import statistics
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


def burn(n: int = 3_000_000) -> int:
    x = 0
    for i in range(n):
        x += i * i
    return x


def ceiling(pool) -> float:
    """How much faster 2 processes do pure CPU work than 1, right now (other tenants of the machine vary it)."""
    t = time.perf_counter()
    burn()
    burn()
    one = time.perf_counter() - t
    t = time.perf_counter()
    list(pool.map(burn, [3_000_000, 3_000_000]))
    return one / (time.perf_counter() - t)


def run(label: str, articles: list[Article], folder: Path, quiet: bool = False, **kw) -> tuple[float, float]:
    store = Store(folder / f"{label}-{time.monotonic_ns()}.db")
    report = ingest_articles(store, articles, **kw)
    store.close()
    c = report.counts
    rate = (c["new"] + c["replaced"]) / report.seconds
    share = report.write_seconds / report.seconds
    cpu_share = report.write_cpu_seconds / report.seconds
    if not quiet:
        print(f"  {label:<11} {report.seconds:6.1f}s  {rate:5.2f} articles/s  stored {c['new']}  failed {c['failed']}  "
              f"writes {report.write_seconds:.2f}s wall = {100 * share:.1f}%, "
              f"{report.write_cpu_seconds:.2f}s CPU = {100 * cpu_share:.1f}% of ingest; "
              f"process() {report.process_seconds:.1f}s summed over workers")
    return report.seconds, share, cpu_share


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=3, help="Alternate the engines this many times (median).")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--batch-size", default="auto", help="Dask: articles per task, or auto (the ingest default: 1 on "
                    "a local cluster); a comma list runs each (e.g. auto,4)")
    args = ap.parse_args()
    articles = corpus(args.copies, args.limit)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / 1000:.0f}k characters; cpus {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    import pyarrow.parquet  # noqa: F401  (the shard loader's import, once, outside the timings)

    runner.warm_up()
    pool = runner.make_pool(2)
    list(pool.map(time.sleep, [1.5, 1.5]))  # both workers started and warmed (warm-up is the initializer)
    client = None
    if not args.skip_dask:
        client = runner.dask_client(workers=2)
        client.run(runner.warm_up_dask_worker)
    ratios, ceilings, shares = [], [], []
    dask_ratios: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for r in range(args.rounds):
            ceil = ceiling(pool)
            print(f"round {r + 1}: 2-process ceiling of this machine now {ceil:.2f}x "
                  f"(load average {os.getloadavg()[0]:.1f})")
            one, *s1 = run("1 worker", articles, folder, workers=1)
            two, *s2 = run("pool 2", articles, folder, workers=2, pool=pool)
            ratios.append(one / two)
            ceilings.append(ceil)
            shares += [s1, s2]
            if client is not None:
                for size in (None if x == "auto" else int(x) for x in args.batch_size.split(",")):
                    dask, *s3 = run(f"dask 2 b{size or 'auto'}", articles, folder, workers=2, engine="dask",
                                    client=client, batch_size=size)
                    dask_ratios.setdefault(size, []).append(dask / two)
                    shares.append(s3)
    pool.shutdown()
    if client is not None:
        runner.close_client(client)
    med = statistics.median
    print(f"pool(2) / 1 worker speed-up: median {med(ratios):.2f}x, best {max(ratios):.2f}x (target >= 1.7x); "
          f"machine ceiling median {med(ceilings):.2f}x")
    wall, cpu = [s[0] for s in shares], [s[1] for s in shares]
    print(f"store writes, share of ingest time (target <= 5%): CPU median {100 * med(cpu):.1f}%, max "
          f"{100 * max(cpu):.1f}%; wall median {100 * med(wall):.1f}%, max {100 * max(wall):.1f}% (wall time also "
          "counts the writer waiting for a core the workers hold)")
    for size, values in dask_ratios.items():
        print(f"dask(2) time / pool(2) time, {size or 'auto'} article(s) per task: median {med(values):.2f}, "
              f"best {min(values):.2f} (target <= 1.15)")


if __name__ == "__main__":
    sys.exit(main())
