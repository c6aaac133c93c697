"""Map the one pure function, veille.process.process, over articles: in this process, on a local process pool,
or on a Dask cluster. Runners only compute; the caller (veille.store.ingest) is the one writer.

Workers return failures as one-line strings rather than exceptions, so that a bad article never stops a batch and
nothing depends on exceptions surviving pickling.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import time
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

from veille.model import Article, Extraction

log = logging.getLogger(__name__)

WARM_UP_TEXT = ("Le ministre a déclaré mardi à Paris que le gouvernement soutiendrait la proposition. "
                "« Nous sommes prêts », a-t-il ajouté devant la presse.")


@dataclass
class Outcome:
    """What processing one article gave: an Extraction, or the one-line reason it failed."""
    tag: Any
    article: Article
    extraction: Optional[Extraction]
    error: Optional[str]
    seconds: float


def describe(article: Article) -> str:
    return article.source_path or article.url or article.external_id or article.id[:12]


ProcessFn = Optional[Callable[[Article], Extraction]]


def process_one(article: Article, fn: ProcessFn = None) -> tuple[Optional[Extraction], Optional[str], float]:
    """(extraction, None, seconds) or (None, "file: reason", seconds).

    `fn` defaults to veille.process.process, looked up at call time; another importable function with the same
    contract may stand in (tests use a fast one)."""
    from veille.ingest.readers import ReadError

    if fn is None:
        import veille.process
        fn = veille.process.process
    start = time.perf_counter()
    try:
        ext = fn(article)
        return ext, None, time.perf_counter() - start
    except ReadError as exc:
        return None, one_line(str(exc)), time.perf_counter() - start
    except Exception as exc:  # one bad article never stops the batch
        log.debug("extraction failed for %s", describe(article), exc_info=True)
        return None, one_line(f"{describe(article)}: extraction failed ({type(exc).__name__}: {exc})"), \
            time.perf_counter() - start


def one_line(message: str) -> str:
    return " ".join(message.split())


def warm_up(fn: ProcessFn = None) -> None:
    """Load the pipeline once in a worker, before timing or work starts."""
    try:
        process_one(Article(text=WARM_UP_TEXT, title=None), fn)
    except Exception:  # pragma: no cover - warm-up is an optimisation only
        log.debug("warm-up failed", exc_info=True)


def map_local(items: Iterable[tuple[Any, Article]], workers: int = 1, *, warm: bool = True,
              in_flight_per_worker: int = 4, process_fn: ProcessFn = None,
              pool: Optional[ProcessPoolExecutor] = None) -> Iterator[Outcome]:
    """Process (tag, article) pairs; yield Outcomes in completion order.

    workers <= 1 runs in this process. Otherwise a pool of `workers` processes (or the given `pool`, kept warm
    by the caller), each loading the pipeline once, with a bounded number of articles in flight so that memory
    stays flat on any corpus size."""
    if pool is not None:
        yield from _map_pool(lambda: pool, items, workers, in_flight_per_worker, process_fn, own=False)
        return
    if workers <= 1:
        for tag, article in items:
            ext, err, secs = process_one(article, process_fn)
            yield Outcome(tag, article, ext, err, secs)
        return
    with single_threaded_children():
        yield from _map_pool(lambda: make_pool(workers, warm=warm, process_fn=process_fn), items, workers,
                             in_flight_per_worker, process_fn, own=True)


# Numeric libraries start one thread per core in every process; N workers on N cores would then fight over
# the cores (OpenBLAS threads spin while waiting). A worker is one core's worth of work: one thread each.
SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                     "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextmanager
def single_threaded_children() -> Iterator[None]:
    """While the pool starts its workers (on demand), they inherit one-thread settings even if a module of the
    main program has loaded numpy before init_worker runs; the caller's environment is restored after."""
    saved = {var: os.environ.get(var) for var in SINGLE_THREAD_ENV}
    for var in SINGLE_THREAD_ENV:
        os.environ.setdefault(var, "1")
    try:
        yield
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value


def init_worker(fn: ProcessFn = None, warm: bool = True) -> None:
    """Pool worker start: one numeric thread (set before numpy loads), then the pipeline loaded once."""
    for var in SINGLE_THREAD_ENV:
        os.environ.setdefault(var, "1")
    if warm:
        warm_up(fn)


def make_pool(workers: int, *, warm: bool = True, process_fn: ProcessFn = None) -> ProcessPoolExecutor:
    # spawn: workers start clean (no inherited threads or open database handles).
    ctx = multiprocessing.get_context(os.environ.get("VEILLE_MP_START", "spawn"))
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(process_fn, warm))


def _map_pool(new_pool: Callable[[], ProcessPoolExecutor], items: Iterable[tuple[Any, Article]], workers: int,
              in_flight_per_worker: int, process_fn: ProcessFn, own: bool) -> Iterator[Outcome]:
    """Bounded submission loop.

    If a worker dies (segfault, out of memory), the pool breaks and every article in flight fails with it. When
    the pool is ours, those articles are run again one at a time on a fresh pool: the one that breaks it alone is
    reported as failed, the others go through."""
    pool = new_pool()
    pending: dict = {}
    suspects: list[tuple[Any, Article]] = []
    it = iter(items)
    exhausted = False
    try:
        while True:
            isolated = False
            if suspects:
                if not pending:  # isolation: one suspect at a time
                    tag, article = suspects.pop(0)
                    pending[pool.submit(process_one, article, process_fn)] = (tag, article)
                    isolated = True
            else:
                while not exhausted and len(pending) < workers * in_flight_per_worker:
                    try:
                        tag, article = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    pending[pool.submit(process_one, article, process_fn)] = (tag, article)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                tag, article = pending.pop(fut)
                try:
                    ext, err, secs = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if own and not isolated:
                        suspects.append((tag, article))
                        continue
                    ext, err, secs = None, f"{describe(article)}: the worker processing it died", 0.0
                except Exception as exc:
                    ext, err, secs = None, one_line(f"{describe(article)}: worker failed ({type(exc).__name__}: "
                                                    f"{exc})"), 0.0
                yield Outcome(tag, article, ext, err, secs)
            if broken and own:
                log.warning("a worker died; restarting the process pool")
                suspects.extend(pending.values())
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)


# -- Dask ----------------------------------------------------------------------------------------------------
def process_batch_to_shard(batch: list[tuple[str, Article]], shard_path: str, process_fn: ProcessFn = None,
                           ship: bool = False) -> dict:
    """Dask task: process a batch of (key, article) into one Parquet shard, written at `shard_path` (a folder
    the loader sees too) or, with `ship`, sent back as bytes. Returns {path, n, failed[, data]}."""
    from veille.store.shards import shard_bytes, shard_row, write_shard

    rows = []
    for key, article in batch:
        ext, err, secs = process_one(article, process_fn)
        rows.append(shard_row(key, article, ext, err, secs))
    out = {"path": shard_path, "n": len(rows), "failed": sum(1 for r in rows if r["error"])}
    if ship:
        out["data"] = shard_bytes(rows)
    else:
        write_shard(rows, shard_path)
    return out


def warm_up_dask_worker(fn: ProcessFn = None) -> None:
    """warm_up, plus the Parquet writer a Dask task uses."""
    warm_up(fn)
    import pyarrow.parquet  # noqa: F401


def dask_client(scheduler: Optional[str] = None, workers: int = 2):
    """A Client on `scheduler`, or on a LocalCluster of `workers` single-threaded processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    import dask

    with dask.config.set(LOCAL_DASK_CONFIG), single_threaded_children():
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


# Workers we start run the pipeline as the pool's workers do: no statistical profiler sampling the task's deep
# call stack every 10 ms (for a dashboard we do not start), and glibc's own malloc trimming instead of the
# aggressive threshold Dask sets by default (spaCy allocates and frees constantly); one numeric thread each.
LOCAL_DASK_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {var: 1 for var in SINGLE_THREAD_ENV},
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


def is_local(client) -> bool:
    """True for a client on a LocalCluster started here: its workers see this machine's folders."""
    from distributed import LocalCluster

    return isinstance(getattr(client, "cluster", None), LocalCluster)


def close_client(client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def map_dask(batches: Iterable[list[tuple[str, Article]]], shard_dir: str, *, client=None,
             scheduler: Optional[str] = None, workers: int = 2, warm: bool = True,
             in_flight_per_worker: int = 2, process_fn: ProcessFn = None, shared_dir: bool = False) -> Iterator[dict]:
    """Submit each batch as a task making one Parquet shard; yield {path, n, failed} as each completes, the shard
    being then in `shard_dir`. With `shared_dir`, or on a LocalCluster, workers write there themselves (a folder
    they and this process both see); otherwise they send the shard back and it is written here. A task that fails outright (its worker
    killed repeatedly) yields {batch, error} instead."""
    from distributed import as_completed

    from veille.store.shards import save_shard_bytes

    own = client is None
    client = client or dask_client(scheduler, workers)
    shared_dir = shared_dir or is_local(client)   # workers on this machine write their shards in place
    try:
        if warm:
            client.run(warm_up_dask_worker, process_fn)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = n_workers * in_flight_per_worker
        seq = as_completed()
        it = iter(batches)
        submitted = 0

        def submit_next() -> bool:
            nonlocal submitted
            try:
                batch = next(it)
            except StopIteration:
                return False
            path = os.path.join(shard_dir, f"shard-{os.getpid()}-{submitted:06d}.parquet")
            fut = client.submit(process_batch_to_shard, batch, path, process_fn, not shared_dir, pure=False)
            batches_of[fut.key] = batch
            seq.add(fut)
            submitted += 1
            return True

        batches_of: dict = {}
        for _ in range(limit):
            if not submit_next():
                break
        for fut in seq:
            batch = batches_of.pop(fut.key)
            try:
                done = fut.result()
            except Exception as exc:
                yield {"batch": batch, "error": one_line(f"task failed ({type(exc).__name__}: {exc})")}
            else:
                if "data" in done:
                    save_shard_bytes(done.pop("data"), done["path"])
                yield done
            submit_next()
    finally:
        if own:
            close_client(client)
