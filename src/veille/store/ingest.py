"""The single path every writer goes through: articles → process() (here, on a pool, or on Dask) → one writer.

Identity: an article is known by its key (URL, else source path); its content hash tells whether it changed.
Unchanged articles are not processed again; a changed one has its records replaced in one transaction. Each
article is committed on its own, so an ingest killed at any point resumes by running it again: what was written
is then "unchanged", what was not is processed.
"""
from __future__ import annotations

import json
import logging
import re
import shlex
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from veille.model import Article
from veille.store.db import BatchWriter, Store
from veille.store.writer import article_key, record_to_extraction

log = logging.getLogger(__name__)

STATUSES = ("new", "replaced", "unchanged", "failed")


@dataclass
class ArticleResult:
    source: str                  # file (and record) or URL, for messages
    status: str                  # new | replaced | unchanged | failed
    key: Optional[str] = None
    article_id: Optional[str] = None
    error: Optional[str] = None  # one line naming the file and the reason


@dataclass
class IngestReport:
    results: list[ArticleResult] = field(default_factory=list)
    seconds: float = 0.0          # wall time of the whole run
    process_seconds: float = 0.0  # time spent in process(), summed over workers
    write_seconds: float = 0.0    # wall time spent writing to the store (the one writer)
    write_cpu_seconds: float = 0.0  # CPU time of those writes (wall time also counts waiting for a core)
    store_path: Optional[str] = None  # the database written, for the closing lines

    def add(self, result: ArticleResult) -> None:
        self.results.append(result)

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(r.status for r in self.results)
        return {s: c.get(s, 0) for s in STATUSES}

    @property
    def errors(self) -> list[str]:
        return [r.error or r.source for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not any(r.status == "failed" for r in self.results)

    def summary(self) -> str:
        c = self.counts
        rate = (c["new"] + c["replaced"]) / self.seconds if self.seconds else 0.0
        return (f"{c['new']} new, {c['replaced']} replaced, {c['unchanged']} unchanged, {c['failed']} failed "
                f"in {self.seconds:.1f}s ({rate:.2f} articles/s; writes {self.write_seconds:.2f}s)"
                + (next_steps(self.store_path) if self.store_path else ""))

    def to_dict(self) -> dict:
        return {"counts": self.counts, "seconds": round(self.seconds, 3),
                "process_seconds": round(self.process_seconds, 3), "write_seconds": round(self.write_seconds, 3),
                "write_cpu_seconds": round(self.write_cpu_seconds, 3),
                "errors": self.errors, "store": self.store_path}


def next_steps(db_path: str) -> str:
    """Where the records are and what to try next, as commands that run as written."""
    db = shlex.quote(str(db_path))
    return (f"\nstored in {db}; next:\n"
            f"  veille serve --db {db}            # the reading room on http://127.0.0.1:8000\n"
            f"  veille search \"mot\" --db {db}     # full-text search over the stored quotes\n"
            f"  veille actor \"nom\" --db {db}      # what one actor said and did")


Progress = Optional[Callable[[ArticleResult], None]]
Item = Union[Article, Exception]


def _source(article: Article) -> str:
    src = article.source_path or article.url or article.id[:12]
    return f"{src}#{article.external_id}" if article.source_path and article.external_id else src


class _Recorder:
    def __init__(self, report: IngestReport, progress: Progress):
        self.report, self.progress = report, progress

    def __call__(self, result: ArticleResult) -> None:
        if result.error:  # one error, one line: a message from a library may hold line breaks
            result.error = re.sub(r"\s*[\r\n]+\s*", " ", result.error).strip()
        self.report.add(result)
        if result.status == "failed":
            log.info("%s", result.error)  # the caller reports it (the CLI prints one line per failure)
        if self.progress:
            self.progress(result)


def _jobs(store: Store, items: Iterable[Item], record: _Recorder) -> Iterator[tuple[str, Article]]:
    """(key, article) of the new and changed articles; read errors and unchanged articles are recorded here.

    The same text met twice in one run is processed once (the first key wins, whatever the completion order)."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Exception):
            record(ArticleResult(getattr(item, "path", None) or "<input>", "failed", error=str(item)))
            continue
        key = article_key(item)
        if item.id in seen or store.article_status(key, item.id) == "unchanged":
            record(ArticleResult(_source(item), "unchanged", key, item.id))
            continue
        seen.add(item.id)
        yield key, item


def _write(writer: BatchWriter, report: IngestReport, record: _Recorder, key: str, article: Article, ext,
           error: Optional[str]) -> None:
    if ext is None:
        record(ArticleResult(_source(article), "failed", key, article.id, error or f"{_source(article)}: failed"))
        return
    start, cpu = time.perf_counter(), time.thread_time()
    try:
        status = writer.write(ext, key)
    except Exception as exc:  # the store refused: report it, keep the batch going
        log.debug("write failed", exc_info=True)
        record(ArticleResult(_source(article), "failed", key, article.id,
                             f"{_source(article)}: could not store ({type(exc).__name__}: {exc})"))
        return
    finally:
        report.write_seconds += time.perf_counter() - start
        report.write_cpu_seconds += time.thread_time() - cpu
    record(ArticleResult(_source(article), "new" if status == "new" else "replaced", key, article.id))


def run_jobs(store: Store, jobs: Iterable[tuple[str, Article]], report: IngestReport, record: _Recorder, *,
             workers: int = 1, engine: str = "local", scheduler: Optional[str] = None,
             shard_dir: Optional[Union[str, Path]] = None, batch_size: Optional[int] = None, client=None,
             process_fn=None, pool=None) -> None:
    """Process (key, article) jobs with the chosen engine and write each result through this one writer."""
    writer = store.batch()
    try:
        _run_jobs(writer, jobs, report, record, workers=workers, engine=engine, scheduler=scheduler,
                  shard_dir=shard_dir, batch_size=batch_size, client=client, process_fn=process_fn, pool=pool)
    finally:
        start, cpu = time.perf_counter(), time.thread_time()
        writer.commit()
        report.write_seconds += time.perf_counter() - start
        report.write_cpu_seconds += time.thread_time() - cpu


def _run_jobs(writer: BatchWriter, jobs: Iterable[tuple[str, Article]], report: IngestReport, record: _Recorder,
              *, workers: int, engine: str, scheduler: Optional[str], shard_dir: Optional[Union[str, Path]],
              batch_size: Optional[int], client, process_fn, pool) -> None:
    from veille import runner

    if engine == "local":
        for out in runner.map_local(jobs, workers, process_fn=process_fn, pool=pool):
            report.process_seconds += out.seconds
            _write(writer, report, record, out.tag, out.article, out.extraction, out.error)
        return
    if engine != "dask":
        raise ValueError(f"unknown engine: {engine} (local or dask)")
    keep = shard_dir is not None
    folder = Path(shard_dir) if keep else Path(tempfile.mkdtemp(prefix="veille-shards-"))
    folder.mkdir(parents=True, exist_ok=True)
    if batch_size is None:
        # One article a task on this machine: both workers stay busy to the last article (a batch of 4 left one
        # idle for up to 4 articles' time); shards of a remote cluster travel, so there 4 share one shard.
        batch_size = 4 if scheduler or (client is not None and not runner.is_local(client)) else LOCAL_BATCH_SIZE
    try:
        for done in runner.map_dask(_batched(jobs, batch_size), str(folder), client=client, scheduler=scheduler,
                                    workers=max(1, workers), process_fn=process_fn, shared_dir=keep):
            if "error" in done:
                for key, article in done["batch"]:
                    record(ArticleResult(_source(article), "failed", key, article.id,
                                         f"{_source(article)}: {done['error']}"))
                continue
            load_shard(writer, done["path"], report, record, force=True)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


LOCAL_BATCH_SIZE = 1


def _batched(jobs: Iterable[tuple[str, Article]], size: int) -> Iterator[list[tuple[str, Article]]]:
    batch: list[tuple[str, Article]] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_articles(store: Store, articles: Iterable[Item], workers: int = 1, progress: Progress = None, *,
                    engine: str = "local", scheduler: Optional[str] = None,
                    shard_dir: Optional[Union[str, Path]] = None, batch_size: Optional[int] = None, client=None,
                    process_fn=None, pool=None) -> IngestReport:
    """Process and store articles (read errors may be mixed in as exceptions: each is reported, the rest go on).

    `progress`, if given, is called with each ArticleResult as it is settled. `process_fn` stands in for
    veille.process.process (an importable function with the same contract)."""
    report = IngestReport(store_path=store.path)
    record = _Recorder(report, progress)
    start = time.perf_counter()
    try:
        run_jobs(store, _jobs(store, articles, record), report, record, workers=workers, engine=engine,
                 scheduler=scheduler, shard_dir=shard_dir, batch_size=batch_size, client=client,
                 process_fn=process_fn, pool=pool)
    finally:
        report.seconds = time.perf_counter() - start
    return report


def ingest_paths(store: Store, paths: Iterable[Union[str, Path]], workers: int = 1, progress: Progress = None,
                 **kwargs) -> IngestReport:
    """Files, folders (recursively), .jsonl and .warc/.warc.gz → the store."""
    from veille.ingest.walk import iter_articles

    return ingest_articles(store, iter_articles(paths), workers, progress, **kwargs)


# -- shards (Dask output) --------------------------------------------------------------------------------------
def load_shard(writer: BatchWriter, path: Union[str, Path], report: IngestReport, record: _Recorder, *,
               force: bool = False) -> None:
    """Merge one Parquet shard into the store. Without `force`, an article already stored with the same content
    and pipeline version is left as it is."""
    from veille.store.shards import read_shard

    try:
        rows = list(read_shard(path))
    except Exception as exc:
        record(ArticleResult(str(path), "failed", error=f"{path}: unreadable shard ({exc})"))
        return
    for row in rows:
        source = row.get("source") or row["key"]
        if row.get("error") or not row.get("extraction"):
            record(ArticleResult(source, "failed", row["key"], row["article_id"], row.get("error") or
                                 f"{source}: no extraction in shard"))
            continue
        report.process_seconds += row.get("seconds") or 0.0
        if not force:
            stored = writer.store.conn.execute("SELECT id, pipeline_version FROM articles WHERE key = ?",
                                        (row["key"],)).fetchone()
            if stored is not None and stored[0] == row["article_id"] and stored[1] == row["pipeline_version"]:
                record(ArticleResult(source, "unchanged", row["key"], row["article_id"]))
                continue
        try:
            ext = record_to_extraction(json.loads(row["extraction"]))
        except Exception as exc:
            record(ArticleResult(source, "failed", row["key"], row["article_id"],
                                 f"{source}: bad extraction in shard {path} ({exc})"))
            continue
        _write(writer, report, record, row["key"], ext.article, ext, None)


def load_shards(store: Store, paths: Iterable[Union[str, Path]], progress: Progress = None) -> IngestReport:
    """`veille load SHARDS`: merge Parquet shards (files or folders) into the store."""
    from veille.store.shards import shard_paths

    report = IngestReport(store_path=store.path)
    record = _Recorder(report, progress)
    start = time.perf_counter()
    with store.batch() as writer:
        for path in shard_paths(paths):
            load_shard(writer, path, report, record)
    report.seconds = time.perf_counter() - start
    return report


# -- reprocess -------------------------------------------------------------------------------------------------
def version_tuple(version: str) -> tuple:
    parts = []
    for p in (version or "").replace("-", ".").split("."):
        parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return tuple(parts)


def articles_to_reprocess(store: Store, since: Optional[str] = None, everything: bool = False) -> list[str]:
    """Ids of stored articles to extract again: all with `everything`; those extracted by a pipeline older than
    `since`; else those whose pipeline version is not the current one."""
    from veille import PIPELINE_VERSION

    rows = store.conn.execute("SELECT id, pipeline_version FROM articles ORDER BY ingested_at, id").fetchall()
    if everything:
        return [r[0] for r in rows]
    if since:
        bound = version_tuple(since)
        return [r[0] for r in rows if version_tuple(r[1] or "0") < bound]
    return [r[0] for r in rows if (r[1] or "") != PIPELINE_VERSION]


def stored_article(store: Store, article_id: str) -> Optional[tuple[str, Article]]:
    r = store.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if r is None:
        return None
    return r["key"], Article(text=r["text"], title=r["title"], published=r["published"], url=r["url"],
                             outlet=r["outlet"], authors=json.loads(r["authors"] or "[]"), language=r["language"],
                             source_path=r["source_path"], external_id=r["external_id"],
                             body_start=r["body_start"] or 0)


def reprocess(store: Store, ids: Iterable[str], workers: int = 1, progress: Progress = None,
              **kwargs) -> IngestReport:
    """Extract stored articles again and replace their records. An article that now fails keeps its old records."""
    report = IngestReport(store_path=store.path)
    record = _Recorder(report, progress)

    def jobs() -> Iterator[tuple[str, Article]]:
        for article_id in ids:
            found = stored_article(store, article_id)
            if found is not None:
                yield found

    start = time.perf_counter()
    try:
        run_jobs(store, jobs(), report, record, workers=workers, **kwargs)
    finally:
        report.seconds = time.perf_counter() - start
    return report
