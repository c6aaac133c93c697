"""Knowledge-base costs, from one run: index build (cold) and load (cached) times, lookups per second, and the
share of the whole pipeline's time that linking takes (the KB ruler plus the entity component's KB calls),
measured as the pipeline with the KB against the same pipeline with the ruler disabled and a null KB.

    .venv/bin/python benchmarks/kb.py [DIR ...]     (default: ../shared/data/winer-dev and ../shared/seed)
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> int:
    import os

    dirs = [Path(a) for a in sys.argv[1:]] or [SHARED / "data" / "winer-dev", SHARED / "seed"]
    paths = [p for d in dirs if d.exists() for p in sorted(d.glob("*.txt"))]
    if not paths:
        print("no articles found", file=sys.stderr)
        return 1

    from veille.kb.build import load_kb

    with tempfile.TemporaryDirectory() as cache:
        os.environ["VEILLE_CACHE_DIR"] = cache
        t = time.perf_counter()
        kb = load_kb(user_files=[])
        build = time.perf_counter() - t
        t = time.perf_counter()
        kb = load_kb(user_files=[])
        load = time.perf_counter() - t
    print(f"KB: {len(kb.actors)} actors, {len(kb.by_key)} name keys; build {build:.2f} s, load from cache {load:.2f} s")

    names = ["Loukachenko", "Sergei Shoigu", "Poutine", "le Kremlin", "Jean Dupont", "Marie Curie", "Reuters",
             "Mykhailo Podolyak", "Biélorussie", "Podoliak Mykhaïlo", "Emanuel Macron"] * 200
    t = time.perf_counter()
    for i, n in enumerate(names):
        kb._match_cache.clear() if i % 11 == 0 else None
        kb.match(n, "PER") or kb.place_country(n)
    dt = time.perf_counter() - t
    print(f"lookups: {len(names) / dt:,.0f} per second (cache cleared every 11 calls)")

    import veille.nlp.entities as entities
    from veille.ingest.readers import ReadError, read_path
    from veille.nlp.pipeline import get_nlp
    from veille.process import process

    articles = [a for p in paths for a in read_path(p) if not isinstance(a, ReadError)]
    nlp = get_nlp()
    real_get_kb = entities.get_kb
    null_kb = entities._NullKB()

    def run(with_kb: bool) -> float:
        if with_kb:
            entities.get_kb = real_get_kb
            if "veille_kb_ruler" in nlp.disabled:
                nlp.enable_pipe("veille_kb_ruler")
        else:
            entities.get_kb = lambda: null_kb
            if "veille_kb_ruler" in nlp.pipe_names:
                nlp.disable_pipe("veille_kb_ruler")
        t = time.perf_counter()
        for a in articles:
            process(a)
        return time.perf_counter() - t

    run(True)  # warm-up: models, lexicons, KB
    with_kb, without = [], []
    for _ in range(2):  # alternate, keep the best of each: the machine is shared
        without.append(run(False))
        with_kb.append(run(True))
    entities.get_kb = real_get_kb
    a, b = min(with_kb), min(without)
    print(f"pipeline over {len(articles)} articles: with KB linking {a:.2f} s, without {b:.2f} s "
          f"-> linking adds {a / b - 1:+.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
