"""What the reading room keeps between requests: read-only connections to the store, and results of heavy
queries valid until the store changes."""
from __future__ import annotations

import os
import pickle
import queue
import sqlite3
import threading
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from veille.query import connect_readonly


class StoreMissing(Exception):
    pass


class ConnectionPool:
    """Read-only connections reused across requests (one request uses one connection at a time)."""

    def __init__(self, db_path: Path, size: int = 8):
        self.db_path = db_path
        self.idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue(maxsize=size)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = self.idle.get_nowait()
        except queue.Empty:
            if not self.db_path.exists():
                raise StoreMissing(str(self.db_path))
            try:
                conn = connect_readonly(self.db_path)
                conn.execute("SELECT 1 FROM articles LIMIT 1")
            except sqlite3.Error as exc:
                raise StoreMissing(f"{self.db_path} ({exc})") from exc
        healthy = True
        try:
            yield conn
        except sqlite3.DatabaseError:
            healthy = False
            raise
        finally:
            if healthy:
                try:
                    self.idle.put_nowait(conn)
                except queue.Full:
                    conn.close()
            else:
                conn.close()

    def state(self) -> tuple:
        """Changes whenever the store is written (file sizes and times of the database and its WAL)."""
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(str(self.db_path) + suffix)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)


class StateCache:
    """Results of heavy queries (LRU), valid until the store changes; one computation per key at a time.

    Results are kept pickled and each hit gets its own copy: kept as objects, a few hundred actor summaries are
    hundreds of thousands of containers that every full collection of the garbage collector walks while the GIL
    is held, stalling every request for tens of milliseconds (measured: 80 ms pauses once 400 summaries are kept)."""

    def __init__(self, pool: ConnectionPool, size: int = 256):
        self.pool, self.size = pool, size
        self.items: OrderedDict[tuple, bytes] = OrderedDict()
        self.lock = threading.Lock()
        self.key_locks: dict[tuple, threading.Lock] = {}

    def _lookup(self, full: tuple) -> tuple[bool, Any]:
        with self.lock:
            if full in self.items:
                self.items.move_to_end(full)
                kept = self.items[full]
            else:
                return False, None
        return True, pickle.loads(kept)

    def get(self, key: tuple, compute):
        full = (self.pool.state(), key)
        hit, value = self._lookup(full)
        if hit:
            return value
        with self.lock:
            key_lock = self.key_locks.setdefault(key, threading.Lock())
        with key_lock:  # concurrent requests for a cold key wait for one computation
            hit, value = self._lookup(full)
            if hit:
                return value
            value = compute()
            kept = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with self.lock:
                self.items[full] = kept
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
                if len(self.key_locks) > 4 * self.size:
                    self.key_locks.clear()
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


