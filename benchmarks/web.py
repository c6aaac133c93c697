"""Reading-room latency under load: p50/p95 per page on a store of synthetic articles, served by `veille serve`.

    python benchmarks/web.py [--articles 10000] [--requests 200] [--concurrency 1,4] [--caches cold,warm]
                             [--workers 1] [--db PATH]

Builds (or reuses) a store of synthetic French-looking articles written through the store's own writer, starts
`veille serve --no-upload` on loopback in a subprocess (afresh for each run), and fires requests with an
asyncio/httpx load generator. Two runs per concurrency level: caches cold (every request asks for a different
actor, word pair, filter or date window, so no cached actor summary or network is asked twice) and caches warm
(each page cycles through 10 values, all asked once before measuring).
Prints, per page, p50 and p95 in milliseconds and the p95 ratio against /healthz (the baseline: the same server
answering a constant), measured in the same run. Target: p95 < 100 ms per page.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from veille.model import Article, Boilerplate, Entity, Event, Extraction, Mention, Quote, TextSpan, PLOVER_TYPES

WORDS = ("gouvernement réforme sécurité frontière accord négociation sanctions économie budget élection "
         "armée crise énergie santé justice liberté opposition manifestation coopération dialogue menace "
         "retrait soutien aide humanitaire commerce industrie agriculture climat transition défense diplomatie "
         "parlement ministre président sommet traité pouvoir réfugiés tension conflit paix cessez-le-feu").split()
CUES = ("a déclaré", "a affirmé", "a estimé", "a souligné", "a dénoncé", "a assuré", "a averti", "a expliqué")
OUTLETS = ("Le Quotidien", "La Gazette", "Le Courrier", "L'Observateur", "Le Journal du Soir", "La Dépêche",
           "Le Messager", "Le Républicain", "L'Écho", "Le Matin")


def synthetic_extraction(i: int, rng: random.Random, people: list[tuple[str, str]],
                         groups: list[tuple[str, str]]) -> Extraction:
    """One article of ~3 kB: 8 paragraphs, 5 quotes with cue and speaker, 4 events, a boilerplate line."""
    parts: list[str] = []
    pos = 0

    def add(s: str) -> TextSpan:
        nonlocal pos
        span = TextSpan(pos, pos + len(s), s)
        parts.append(s)
        pos += len(s)
        return span

    def sentence(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()

    add(f"{sentence(6)} ({i})\n\n")
    body_start = pos
    speakers = rng.sample(people, 3)
    targets = rng.sample(groups, 2) + rng.sample(people, 1)
    entities: dict[str, Entity] = {}
    for n, (name, kb) in enumerate(speakers + targets, 1):
        entities[kb] = Entity(f"e{n}", name, "PER" if kb.startswith("P") else "ORG", kb_id=kb,
                              country="FRA", role="ministre" if n == 1 else None, aliases=[name.split()[-1]])
    quotes, events = [], []
    for p in range(8):
        add(sentence(rng.randint(12, 25)) + ". ")
        if p < 5:
            name, kb = speakers[p % 3]
            mention = add(name)
            entities[kb].mentions.append(Mention(mention.start, mention.end, mention.text))
            add(" ")
            cue = add(rng.choice(CUES))
            add(" : « ")
            said = add(sentence(rng.randint(10, 30)).rstrip())
            add(" ». ")
            quotes.append(Quote(f"q{p + 1}", said.start, said.end, said.text, "direct", speaker=entities[kb].id,
                                speaker_mention=mention, cue=cue, confidence=round(rng.random(), 2)))
        if p < 4:
            src = entities[speakers[p % 3][1]]
            tgt = entities[targets[p % 3][1]]
            start = pos
            add(f"{src.name} ")
            trig = add(rng.choice(("accuse", "soutient", "menace", "rencontre", "sanctionne", "aide")))
            add(f" {tgt.name} dans ce dossier. ")
            events.append(Event(f"v{p + 1}", rng.choice(PLOVER_TYPES), trigger=trig,
                                sentence=TextSpan(start, pos, ""), source=[src.id], target=[tgt.id],
                                date=f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                attributed_to=[src.id], confidence=0.6))
        add("\n\n")
    bp = add("Crédit photo : agence\n")
    text = "".join(parts)
    art = Article(text=text, title=text[:body_start].strip(), published=f"{2020 + i % 5}-{1 + i % 12:02d}-"
                  f"{1 + i % 28:02d}", outlet=OUTLETS[i % len(OUTLETS)], url=f"https://example.org/{i}",
                  body_start=body_start)
    return Extraction(article=art, entities=list(entities.values()), quotes=quotes, events=events,
                      boilerplate=[Boilerplate(bp.start, bp.end, bp.text, "photo-credit")],
                      pipeline_version="bench")


def build_store(path: Path, n: int) -> None:
    from veille.store import Store
    from veille.store.writer import extraction_rows, insert_rows

    rng = random.Random(7)
    people = [(f"{rng.choice(['Jean', 'Marie', 'Luc', 'Anne', 'Paul', 'Claire'])} Personne{k}", f"P{k}")
              for k in range(400)]
    groups = [(f"Organisation {k}", f"G{k}") for k in range(60)]
    start = time.perf_counter()
    with Store(path) as store:
        have = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if have >= n:
            print(f"store: reusing {path} ({have} articles)", file=sys.stderr)
            return
        for lo in range(have, n, 500):
            with store.transaction() as conn:
                for i in range(lo, min(n, lo + 500)):
                    insert_rows(conn, extraction_rows(synthetic_extraction(i, rng, people, groups)))
    print(f"store: {n} synthetic articles written in {time.perf_counter() - start:.1f}s "
          f"({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)


def sample_urls(path: Path, rng: random.Random, k: int, cold: bool) -> dict[str, list[str]]:
    """k URLs per page. Cold: every request asks for a different actor, word pair and filter (no cached summary
    or network is ever asked twice). Warm: the pages cycle through 10 values each, so most requests are hits."""
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT ?", (k,))]
    actors = [r[0] for r in conn.execute(
        "SELECT kb_id FROM entities WHERE kb_id IS NOT NULL GROUP BY kb_id ORDER BY random() LIMIT ?", (2 * k,))]
    names = [r[0] for r in conn.execute("SELECT DISTINCT speaker_name FROM quotes ORDER BY random() LIMIT ?", (k,))]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles")]
    conn.close()
    pairs = [f"{a} {b}" for a in WORDS for b in WORDS if a < b]
    rng.shuffle(pairs)
    if cold:  # distinct values, in a random order (names lower-cased: matching folds case)
        pick = lambda seq: [seq[i % len(seq)] for i in range(k)]  # noqa: E731
    else:
        pick = lambda seq: [seq[rng.randrange(min(10, len(seq)))] for _ in range(k)]  # noqa: E731
    others = actors[len(actors) // 2:] + actors[:len(actors) // 2]   # the API asks for actors the page did not
    words, names, ids = pick(pairs), pick([n.lower() for n in names]), pick(ids)
    actors, others = pick(actors), pick(others)
    years = [str(2020 + i % 5) for i in range(k)]
    months = [f"{2020 + i % 5}-{1 + (i // 5) % 12:02d}" for i in range(k)] if cold else ["2022-06"] * k
    types = [PLOVER_TYPES[i % len(PLOVER_TYPES)] for i in range(k)]
    outs = [outlets[i % len(outlets)].lower() for i in range(k)]
    return {
        "/healthz (baseline)": ["/healthz"] * k,
        "/ (home)": [f"/?offset={50 * (i % 100) if cold else 0}" for i in range(k)],
        "/articles/{id}": [f"/articles/{a}" for a in ids],
        "/actors/{kb}": [f"/actors/{a}" for a in actors],
        "/search?q= (quotes)": [f"/search?q={w}" for w in words],
        "/search?q=&scope=articles": [f"/search?q={w}&scope=articles" for w in words],
        "/search?q=&speaker=&since=": [f"/search?q={w.split()[0]}&speaker={n}&since={y}"
                                       for w, n, y in zip(words, names, years)],
        "/search?outlet=&type=": [f"/search?outlet={o}&type={t}&since={y}" for o, t, y in zip(outs, types, years)],
        "/network (page)": ["/network"] * k,
        "/api/network?since=&until=": [f"/api/network?since={m}&until={m}" for m in months],
        "/api/quotes?speaker=": [f"/api/quotes?speaker={n}" for n in names],
        "/api/quotes?q=&outlet=": [f"/api/quotes?q={w}&outlet={o}" for w, o in zip(words, outs)],
        "/api/events?actor=&type=": [f"/api/events?actor={a}&type={t}" for a, t in zip(actors, types)],
        "/api/actors/{kb}": [f"/api/actors/{a}" for a in others],
        "/api/articles/{id}": [f"/api/articles/{a}" for a in ids],
    }


async def load(base: str, urls: list[str], concurrency: int) -> list[float]:
    import httpx

    latencies: list[float] = []
    queue = list(reversed(urls))
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        async def worker():
            while queue:
                url = queue.pop()
                t = time.perf_counter()
                r = await client.get(url)
                latencies.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{url}: HTTP {r.status_code}")
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) >= 20 else max(xs)


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen, str]:
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", str(db), "--port", str(port),
                               "--no-upload", "--workers", str(workers)], stderr=subprocess.DEVNULL,
                              env={**os.environ})
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            if httpx.get(base + "/healthz").status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if time.time() > deadline or server.poll() is not None:
            server.kill()
            raise SystemExit("server did not start")
        time.sleep(0.2)


def run_level(args, concurrency: int, cold: bool) -> float:
    """One fresh server (empty caches), every page under `concurrency` clients; the worst page p95."""
    server, base = start_server(args.db, args.workers)
    try:
        pages = sample_urls(args.db, random.Random(11 + concurrency), args.requests, cold)
        asyncio.run(load(base, ["/healthz"] * 20, 2))  # the server is up and its connections open
        if not cold:  # warm: every page's values asked once before measuring
            asyncio.run(load(base, [u for urls in pages.values() for u in dict.fromkeys(urls)], 2))
        print(f"\n{args.articles} articles, {args.requests} requests per page, concurrency {concurrency}, "
              f"caches {'cold: every request asks something new' if cold else 'warm: 10 values per page'}; "
              f"server: veille serve --workers {args.workers} (uvicorn), fresh start")
        print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'p95/base':>9}  {'<100ms':>6}")
        baseline = None
        worst = 0.0
        for name, urls in pages.items():
            lat = asyncio.run(load(base, urls, concurrency))
            p50, p = statistics.median(lat), p95(lat)
            baseline = baseline or p
            if name != "/healthz (baseline)":
                worst = max(worst, p)
            print(f"{name:32} {p50:8.1f} {p:8.1f} {p / baseline:9.1f}  {'yes' if p < 100 else 'NO':>6}")
        print(f"worst page p95 ({'cold' if cold else 'warm'}, {concurrency} clients): {worst:.1f} ms "
              f"({'within' if worst < 100 else 'over'} the 100 ms target)")
        return worst
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per page")
    ap.add_argument("--concurrency", default="1,4", help="concurrent clients; a comma list runs each level")
    ap.add_argument("--caches", default="cold,warm", help="cold, warm or both (comma list)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (veille serve --workers)")
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "veille-bench-web.db")
    args = ap.parse_args()

    build_store(args.db, args.articles)
    worst = {}
    for caches in args.caches.split(","):
        for level in (int(x) for x in args.concurrency.split(",")):
            worst[(caches, level)] = run_level(args, level, caches == "cold")
    print("\nworst page p95: " + ", ".join(f"{c} {n} clients {w:.0f} ms" for (c, n), w in worst.items()))


if __name__ == "__main__":
    main()
