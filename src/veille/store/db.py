"""The SQLite store: one file, WAL journal, named migrations, one transaction per article.

Separate processes (ingest, watch, the web upload) share the file through SQLite's own locking: WAL lets readers
go on while one writer writes, and the busy timeout makes a second writer wait instead of failing.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator, Optional, Union

from veille.model import Extraction
from veille.names import fold
from veille.store import crossref
from veille.store.writer import article_key, extraction_rows, insert_rows, now_utc

log = logging.getLogger(__name__)

DEFAULT_DB = "veille.db"
BUSY_TIMEOUT_MS = 60_000
MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def default_db_path() -> str:
    return os.environ.get("VEILLE_DB") or DEFAULT_DB


def migration_files() -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped in veille/store/migrations, in order."""
    folder = resources.files("veille.store").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if MIGRATION_NAME.match(entry.name):
            out.append((entry.name[: -len(".sql")], entry.read_text(encoding="utf-8")))
    return sorted(out)


def split_statements(sql: str) -> list[str]:
    """SQL script → statements (trigger bodies kept whole), so a migration runs inside our own transaction."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            if stmt and not all(ln.strip().startswith("--") or not ln.strip() for ln in stmt.splitlines()):
                out.append(stmt)
            buf = ""
    if buf.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in buf.splitlines()):
        out.append(buf.strip())
    return out


class Store:
    """A veille database. `Store()` opens VEILLE_DB or ./veille.db and brings its schema up to date."""

    def __init__(self, path: Union[str, Path, None] = None, *, migrate: bool = True, readonly: bool = False):
        self.path = str(path or default_db_path())
        if readonly:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                        check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                        check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.create_function("veille_fold", 1, fold, deterministic=True)
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL loses nothing on a process crash (SIGKILL); only a power cut can drop the last
            # commits, never corrupt the file.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                self.migrate()

    # -- lifecycle -------------------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error: a write is all or nothing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- schema ----------------------------------------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def migrate(self, upto: Optional[str] = None) -> list[str]:
        """Apply the migrations not yet applied, in order (up to and including `upto`); return their names.

        Each migration runs in its own IMMEDIATE transaction, so two processes opening a new database at once
        apply it once."""
        done = []
        try:  # already up to date: no write lock taken (readers open the store often)
            applied = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        except sqlite3.OperationalError:
            applied = set()
        for name, sql in migration_files():
            if upto is not None and name > upto:
                break
            if name in applied:
                continue
            with self.transaction() as conn:
                conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
                if conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
                    continue
                log.info("applying migration %s", name)
                for stmt in split_statements(sql):
                    conn.execute(stmt)
                conn.execute("INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)", (name, now_utc()))
            done.append(name)
        return done

    # -- writes ----------------------------------------------------------------------------------------------
    def article_status(self, key: str, content_id: str) -> str:
        """"new" | "unchanged" | "changed" for an article known by `key` whose text hashes to `content_id`.

        The same text already stored under another key counts as unchanged: the content is in the store."""
        row = self.conn.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return "unchanged" if row[0] == content_id else "changed"
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (content_id,)).fetchone():
            return "unchanged"
        return "new"

    def write(self, extraction: Extraction, key: Optional[str] = None) -> str:
        """Insert one article's records, replacing what its key (or its content) had: "new" or "replaced"."""
        with self.transaction() as conn:
            return _replace(conn, extraction, key)

    def batch(self, max_articles: int = 64, max_seconds: float = 1.0) -> "BatchWriter":
        """A writer that groups articles into fewer commits (see BatchWriter)."""
        return BatchWriter(self, max_articles, max_seconds)

    def delete(self, article: str) -> bool:
        """Remove an article (by id, id prefix of 8+ characters, or key) and all its records."""
        with self.transaction() as conn:
            ids = resolve_article_ids(conn, article)
            if len(ids) != 1:
                return False
            conn.execute("DELETE FROM articles WHERE id = ?", (ids[0],))
            crossref.repair(conn)
        return True

    def vacuum(self) -> None:
        """VACUUM may renumber rowids, which the full-text indexes point at: rebuild them after."""
        self.conn.execute("VACUUM")
        with self.transaction() as conn:
            conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")

    def counts(self) -> dict[str, int]:
        from veille.store.writer import TABLES
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _replace(conn: sqlite3.Connection, extraction: Extraction, key: Optional[str]) -> str:
    key = key or article_key(extraction.article)
    rows = extraction_rows(extraction, key)
    cur = conn.execute("DELETE FROM articles WHERE key = ? OR id = ?", (key, extraction.article.id))
    insert_rows(conn, rows)
    crossref.index_article(conn, extraction)
    return "replaced" if cur.rowcount else "new"


class BatchWriter:
    """Writes articles inside one transaction committed every `max_articles` articles or `max_seconds`.

    A commit rewrites every index and full-text page an article touched, so grouping articles divides the
    store's share of an ingest several times. Each article still goes in whole or not at all (its own
    SAVEPOINT): a failing write undoes only itself. A process killed mid-batch loses the uncommitted articles
    of the batch only, which the next run processes again. Use as a context manager: leaving commits."""

    def __init__(self, store: Store, max_articles: int = 64, max_seconds: float = 1.0):
        self.store, self.max_articles, self.max_seconds = store, max_articles, max_seconds
        self.pending = 0
        self.started: Optional[float] = None

    def write(self, extraction: Extraction, key: Optional[str] = None) -> str:
        conn = self.store.conn
        if self.started is None:
            conn.execute("BEGIN IMMEDIATE")
            self.started = time.perf_counter()
        conn.execute("SAVEPOINT article")
        try:
            status = _replace(conn, extraction, key)
        except BaseException:
            conn.execute("ROLLBACK TO article")
            conn.execute("RELEASE article")
            raise
        conn.execute("RELEASE article")
        self.pending += 1
        if self.pending >= self.max_articles or time.perf_counter() - self.started >= self.max_seconds:
            self.commit()
        return status

    def commit(self) -> None:
        if self.started is not None:
            self.store.conn.execute("COMMIT")
            self.started, self.pending = None, 0

    def __enter__(self) -> "BatchWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.commit()


def resolve_article_ids(conn: sqlite3.Connection, article: str) -> list[str]:
    """Article ids matching an id, a unique id prefix (8+ hex characters), a key, or a URL/source path."""
    rows = conn.execute("SELECT id FROM articles WHERE id = ? OR key = ? OR url = ? OR source_path = ?",
                        (article, article, article, article)).fetchall()
    if not rows and len(article) >= 8 and re.fullmatch(r"[0-9a-f]+", article):
        rows = conn.execute("SELECT id FROM articles WHERE id >= ? AND id < ?",
                            (article, article + "g")).fetchall()
    if not rows:
        rows = conn.execute("SELECT id FROM articles WHERE key = ?", (os.path.abspath(article),)).fetchall()
    return sorted({r[0] for r in rows})
