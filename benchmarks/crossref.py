"""What stories, statements and cross-article events cost at ingest, and whether that cost stays flat as the
corpus grows.

Articles are generated (seeded): words drawn from a Zipf vocabulary (French function words first, then made-up
content words), six paragraphs, three quotations
by speakers from a pool (a quarter of them repeat an earlier statement, trimmed or with a word dropped), two
events between actors of a pool (one in five told again), and one article in twelve a near-copy of a recent one (another lead, a paragraph
cut). They are written through the store's BatchWriter as `veille ingest` writes them.

    python benchmarks/crossref.py [--small 10000] [--large 100000] [--window 2000] [--pipeline-sample 20]

Figures, all from the same run, in CPU seconds (thread time: other tenants of a shared machine inflate wall time):
  * crossref share of the write path at --small articles: a second store written without crossref is the baseline;
  * crossref share of ingest time: what crossref adds to writing an article (the difference between the two
    stores) over (process() seconds per article, measured on --pipeline-sample real articles of ../shared with the
    real pipeline, + write seconds per article without crossref);
  * growth: crossref seconds per article over the last --window articles before --large, over the same at --small.
Targets (issue 14): share of ingest time <= 10 %; growth <= 1.20.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from veille.model import PLOVER_TYPES, Article, Entity, Event, Extraction, Mention, Quote, TextSpan
from veille.store import Store
from veille.store import crossref
from veille.store.crossref.wording import STOPWORDS

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SYLLABLES = ["ma", "ré", "ti", "on", "par", "lé", "cou", "sin", "tra", "ver", "mon", "di", "pé", "ra", "ston",
             "gue", "bli", "cha", "teau", "mi", "nis", "tè", "fran", "çai", "dé", "pu", "té", "ar", "mée", "lou"]


class Corpus:
    """A deterministic stream of generated extractions (see the module docstring)."""

    def __init__(self, seed: int = 14, vocabulary: int = 20_000, speakers: int = 5_000, actors: int = 2_000):
        self.rng = random.Random(seed)
        # The most frequent words are French function words, as in news text; then made-up content words.
        self.words = sorted(STOPWORDS) + list(dict.fromkeys(self._word() for _ in range(vocabulary * 2)))[:vocabulary]
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.speakers = [(f"{self._word().title()} {self._word().title()}", f"Q{100000 + i}"
                          if self.rng.random() < 0.7 else None) for i in range(speakers)]
        self.actors = [(f"{self._word().title()}", f"Q{900000 + i}") for i in range(actors)]
        self.statements: list[tuple[int, list[str]]] = []
        self.happenings: list[tuple[str, int, int]] = []
        self.recent: list[Article] = []
        self.start = date(2022, 1, 1)

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def _sentence(self, n: int) -> str:
        return " ".join(self.rng.choices(self.words, self.weights, k=n)).capitalize() + "."

    def _quote_words(self) -> tuple[int, list[str]]:
        if self.statements and self.rng.random() < 0.25:
            speaker, words = self.rng.choice(self.statements[-5000:])
            words = list(words)
            if self.rng.random() < 0.5:
                cut = self.rng.randint(0, len(words) // 3)
                words = words[cut:]
            elif len(words) > 6:
                del words[self.rng.randrange(len(words))]
            return speaker, words
        speaker = self.rng.randrange(len(self.speakers))
        words = self.rng.choices(self.words, self.weights, k=self.rng.randint(12, 30))
        self.statements.append((speaker, words))
        return speaker, words

    def article(self, n: int) -> Extraction:
        published = (self.start + timedelta(days=n * 730 // 100_000)).isoformat()
        if self.recent and self.rng.random() < 1 / 12:
            base = self.rng.choice(self.recent[-200:])
            paragraphs = base.text.split("\n")[1:]
            del paragraphs[self.rng.randrange(1, len(paragraphs))]
            paragraphs[0] = self._sentence(30)
            body = paragraphs
        else:
            body = [" ".join(self._sentence(self.rng.randint(10, 25)) for _ in range(3)) for _ in range(6)]
        title = self._sentence(8)
        text = title + "\n" + "\n".join(body)
        entities, quotes, events = [], [], []
        for q in range(3):
            speaker, words = self._quote_words()
            name, kb = self.speakers[speaker]
            quote = " ".join(words)
            insert = f" {name} a déclaré : « {quote} »."
            at = len(text) + len(f" {name} a déclaré : « ")
            entities.append(Entity(id=f"e{q + 1}", name=name, type="PER", kb_id=kb,
                                   mentions=[Mention(len(text) + 1, len(text) + 1 + len(name), name)]))
            text += insert
            quotes.append(Quote(id=f"q{q + 1}", start=at, end=at + len(quote), text=quote, kind="direct",
                                speaker=f"e{q + 1}", confidence=0.9))
        for v in range(2):
            if self.happenings and self.rng.random() < 0.2:  # told again by another outlet
                type_, src, tgt = self.rng.choice(self.happenings[-300:])
            else:
                type_, (src, tgt) = self.rng.choice(PLOVER_TYPES), self.rng.sample(range(len(self.actors)), 2)
                self.happenings.append((type_, src, tgt))
            ids = []
            for a in (src, tgt):
                name, kb = self.actors[a]
                entities.append(Entity(id=f"e{len(entities) + 1}", name=name, type="ORG", kb_id=kb))
                ids.append(entities[-1].id)
            day = (date.fromisoformat(published) - timedelta(days=self.rng.randint(0, 1))).isoformat()
            trig = TextSpan(0, 5, text[:5])
            events.append(Event(id=f"v{v + 1}", type=type_, trigger=trig,
                                sentence=TextSpan(0, 5, text[:5]), source=[ids[0]], target=[ids[1]], date=day))
        article = Article(text=text, title=title, published=published, outlet=f"outlet{n % 40}",
                          url=f"https://gen.example/{n}", body_start=len(title) + 1)
        self.recent.append(article)
        if len(self.recent) > 400:
            del self.recent[:200]
        return Extraction(article=article, entities=entities, quotes=quotes, events=events, pipeline_version="gen")


class Timer:
    """Wraps crossref.index_article (which the store's writer calls) to add up its CPU seconds: on a machine
    shared with other tenants, wall time mostly measures them."""

    def __init__(self):
        self.seconds = 0.0
        self.inner = crossref.index_article

    def __call__(self, conn, ext):
        t = time.thread_time()
        self.inner(conn, ext)
        self.seconds += time.thread_time() - t


def write(store: Store, corpus: Corpus, start: int, stop: int, timer: Timer) -> tuple[float, float]:
    """Write articles start..stop; (CPU seconds of generating and writing them, of which crossref seconds)."""
    before, t = timer.seconds, time.thread_time()
    with store.batch() as writer:
        for n in range(start, stop):
            writer.write(corpus.article(n))
    return time.thread_time() - t, timer.seconds - before


def generation_seconds(count: int) -> float:
    corpus, t = Corpus(), time.thread_time()
    for n in range(count):
        corpus.article(n)
    return time.thread_time() - t


def pipeline_seconds_per_article(sample: int) -> float:
    """process() seconds per article on real articles of ../shared (model loaded first, outside the timing)."""
    from veille.ingest.walk import iter_articles
    from veille.process import process

    folder = SHARED / "data" / "winer-2016"
    articles = [a for a in iter_articles([folder]) if isinstance(a, Article)][:sample]
    process(articles[0])
    t = time.process_time()  # the whole process: the model's matrix code may use several threads
    for a in articles:
        process(a)
    return (time.process_time() - t) / len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--window", type=int, default=2_000)
    ap.add_argument("--pipeline-sample", type=int, default=20, help="0: skip the real pipeline")
    ap.add_argument("--keep", type=Path, default=None, help="Write the stores in this folder and keep them.")
    args = ap.parse_args()
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="veille-crossref-"))
    folder.mkdir(parents=True, exist_ok=True)
    timer = Timer()
    crossref.index_article = timer
    gen = generation_seconds(args.window)  # generating articles is part of the timed loop: take it out

    crossref.ENABLED = False
    with Store(folder / "without.db") as plain:
        base_total, _ = write(plain, Corpus(), 0, args.small, timer)
    crossref.ENABLED = True
    gen_small = gen * args.small / args.window
    with Store(folder / "with.db") as store:
        corpus = Corpus()
        total, cross = write(store, corpus, 0, args.small - args.window, timer)
        w_total, w_cross = write(store, corpus, args.small - args.window, args.small, timer)
        total, cross = total + w_total, cross + w_cross
        small_rate = w_cross / args.window
        write_per_article = (base_total - gen_small) / args.small
        print(f"{args.small} articles: writes {total - gen_small:.1f}s with crossref ({cross:.1f}s of it), "
              f"{base_total - gen_small:.1f}s without; crossref {1000 * cross / args.small:.2f} ms/article, "
              f"{1000 * small_rate:.2f} over the last {args.window}", flush=True)
        print(f"crossref share of the write path at {args.small}: "
              f"{100 * (total - base_total) / (base_total - gen_small):.0f}% over writes without it "
              f"({1000 * write_per_article:.2f} ms/article without)", flush=True)
        if args.pipeline_sample:
            process_s = pipeline_seconds_per_article(args.pipeline_sample)
            # What crossref adds to a write: its own time plus the larger commits (the whole difference).
            added = (total - base_total) / args.small
            print(f"process() {1000 * process_s:.0f} ms/article (real pipeline, {args.pipeline_sample} articles); "
                  f"crossref adds {1000 * added:.2f} ms/article to a write = "
                  f"{100 * added / (process_s + write_per_article):.1f}% of ingest time (target <= 10%)", flush=True)
        t = time.perf_counter()
        # Every --small articles on the way to --large: crossref CPU per article over the last --window.
        for size in range(2 * args.small, args.large + 1, args.small):
            write(store, corpus, size - args.small, size - args.window, timer)
            _, l_cross = write(store, corpus, size - args.window, size, timer)
            rate = l_cross / args.window
            print(f"  at {size}: crossref {1000 * rate:.2f} ms/article ({rate / small_rate:.2f}x the figure at "
                  f"{args.small}; target <= 1.20 at {args.large}; {time.perf_counter() - t:.0f}s wall so far)",
                  flush=True)
        counts = {k: store.conn.execute("SELECT count(*) FROM crossref_members m WHERE kind = ? AND group_id IN "
                                        "(SELECT group_id FROM crossref_members WHERE kind = ? GROUP BY group_id "
                                        "HAVING count(*) > 1)", (k, k)).fetchone()[0]
                  for k in ("story", "statement", "event")}
        print(f"members in groups of two or more: {counts}")
    print(f"stores in {folder}" if args.keep else "")


if __name__ == "__main__":
    sys.exit(main())
