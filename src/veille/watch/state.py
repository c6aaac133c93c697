"""The watch tables (migration 0050_watch.sql): watched feeds, the items they listed, and their state.

Everything here runs on the writer's thread (the runner's main thread); worker threads only fetch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional
from urllib.parse import urlsplit

from veille.store import Store

DEFAULT_EVERY = 15 * 60
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")


def parse_every(text: str) -> int:
    """'15m', '1h30m', '2h', '45s', '1d' or a number of seconds → seconds."""
    value = text.strip().lower()
    if re.fullmatch(r"\d+", value):
        seconds = int(value)
    else:
        parts = _DURATION.findall(value)
        if not parts or _DURATION.sub("", value).strip():
            raise ValueError(f"not a duration: {text!r} (try 15m, 1h, 1h30m, 90s)")
        seconds = int(sum(float(n) * _UNITS[u] for n, u in parts))
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {text!r}")
    return seconds


def format_every(seconds: int) -> str:
    out = ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            out += f"{seconds // size}{unit}"
            seconds %= size
    return out or "0s"


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def parse_time(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@dataclass
class Feed:
    id: int
    url: str
    every_seconds: int
    source_url: Optional[str]
    kind: Optional[str]
    title: Optional[str]
    etag: Optional[str]
    last_modified: Optional[str]
    added_at: str
    last_checked: Optional[str]
    last_ok: Optional[str]
    last_new: Optional[str]
    last_error: Optional[str]
    error_count: int
    items_seen: int
    articles_ingested: int

    @property
    def fetch_url(self) -> str:
        return self.source_url or self.url

    def next_due(self) -> datetime:
        """Every `every_seconds`; after consecutive failures the pause doubles (up to 16×), so a broken site
        is not hammered."""
        last = parse_time(self.last_checked)
        if last is None:
            return datetime.fromtimestamp(0, tz=timezone.utc)
        factor = min(2 ** self.error_count, 16) if self.error_count else 1
        return last + timedelta(seconds=self.every_seconds * factor)

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["every"] = format_every(self.every_seconds)
        d["next_due"] = self.next_due().isoformat(timespec="seconds")
        return d


FEED_COLUMNS = ("id", "url", "every_seconds", "source_url", "kind", "title", "etag", "last_modified", "added_at",
                "last_checked", "last_ok", "last_new", "last_error", "error_count", "items_seen",
                "articles_ingested")
_SELECT = f"SELECT {', '.join(FEED_COLUMNS)} FROM feeds"


def _feed(row) -> Feed:
    return Feed(*tuple(row))


def normalise_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def add_feed(store: Store, url: str, every_seconds: int = DEFAULT_EVERY) -> tuple[Feed, bool]:
    """Watch a URL (or change how often an already watched one is checked). Returns (feed, created)."""
    url = normalise_url(url)
    with store.transaction() as conn:
        row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row:
            conn.execute("UPDATE feeds SET every_seconds = ? WHERE id = ?", (every_seconds, row[0]))
            created = False
        else:
            conn.execute("INSERT INTO feeds(url, every_seconds, added_at) VALUES (?, ?, ?)",
                         (url, every_seconds, now_utc()))
            created = True
    return get_feed(store, url), created


def get_feed(store: Store, ref: str) -> Optional[Feed]:
    """A feed by its URL or its numeric id."""
    row = store.conn.execute(_SELECT + " WHERE url = ?", (ref.strip(),)).fetchone()
    if row is None and ref.strip().isdigit():
        row = store.conn.execute(_SELECT + " WHERE id = ?", (int(ref),)).fetchone()
    return _feed(row) if row else None


def list_feeds(store: Store) -> list[Feed]:
    return [_feed(r) for r in store.conn.execute(_SELECT + " ORDER BY id")]


def remove_feed(store: Store, ref: str) -> bool:
    """Stop watching; the articles already ingested stay in the store."""
    feed = get_feed(store, ref)
    if feed is None:
        return False
    with store.transaction() as conn:
        conn.execute("DELETE FROM feed_items WHERE feed_id = ?", (feed.id,))
        conn.execute("DELETE FROM feeds WHERE id = ?", (feed.id,))
    return True


def record_check(store: Store, feed: Feed, *, ok: bool, error: Optional[str] = None,
                 source_url: Optional[str] = None, kind: Optional[str] = None, title: Optional[str] = None,
                 etag: Optional[str] = None, last_modified: Optional[str] = None, new_articles: int = 0,
                 validators: bool = False, forget_source: bool = False) -> None:
    """Save the outcome of one check. `validators=True` replaces etag/last_modified (after a 200)."""
    now = now_utc()
    with store.transaction() as conn:
        if ok:
            conn.execute(
                "UPDATE feeds SET last_checked = ?, last_ok = ?, last_error = NULL, error_count = 0,"
                " source_url = COALESCE(?, source_url), kind = COALESCE(?, kind), title = COALESCE(?, title),"
                " articles_ingested = articles_ingested + ?,"
                " last_new = CASE WHEN ? > 0 THEN ? ELSE last_new END,"
                " items_seen = (SELECT count(*) FROM feed_items WHERE feed_id = feeds.id) WHERE id = ?",
                (now, now, source_url, kind, title, new_articles, new_articles, now, feed.id))
            if validators:
                conn.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?",
                             (etag, last_modified, feed.id))
        else:
            conn.execute("UPDATE feeds SET last_checked = ?, last_error = ?, error_count = error_count + 1,"
                         " articles_ingested = articles_ingested + ?,"
                         " last_new = CASE WHEN ? > 0 THEN ? ELSE last_new END WHERE id = ?",
                         (now, error, new_articles, new_articles, now, feed.id))
            if forget_source:
                conn.execute("UPDATE feeds SET source_url = NULL, etag = NULL, last_modified = NULL WHERE id = ?",
                             (feed.id,))


# -- items -------------------------------------------------------------------------------------------------
MAX_ITEM_ATTEMPTS = 3   # an article page that failed this many times is left alone


@dataclass
class KnownItem:
    item_updated: Optional[str]
    article_id: Optional[str]
    status: Optional[str]
    attempts: int


def known_items(store: Store, feed_id: int) -> dict[str, KnownItem]:
    rows = store.conn.execute("SELECT item_url, item_updated, article_id, status, attempts FROM feed_items"
                              " WHERE feed_id = ?", (feed_id,))
    return {r[0]: KnownItem(r[1], r[2], r[3], r[4]) for r in rows}


def ingested_elsewhere(store: Store, item_url: str) -> Optional[str]:
    """The article id another feed already ingested for this URL (two feeds listing one article)."""
    row = store.conn.execute("SELECT article_id FROM feed_items WHERE item_url = ? AND article_id IS NOT NULL"
                             " ORDER BY fetched_at DESC LIMIT 1", (item_url,)).fetchone()
    return row[0] if row else None


def save_items(store: Store, feed_id: int, rows: list[dict]) -> None:
    """Upsert item outcomes: dicts with item_url, item_updated, article_id, status, error, fetched (bool)."""
    now = now_utc()
    with store.transaction() as conn:
        for r in rows:
            conn.execute(
                "INSERT INTO feed_items(feed_id, item_url, item_updated, seen_at, fetched_at, article_id, status,"
                " error, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(feed_id, item_url) DO UPDATE SET item_updated = excluded.item_updated,"
                " fetched_at = COALESCE(excluded.fetched_at, fetched_at),"
                " article_id = COALESCE(excluded.article_id, article_id), status = excluded.status,"
                " error = excluded.error,"
                " attempts = CASE WHEN excluded.status = 'error' THEN attempts + 1 ELSE 0 END",
                (feed_id, r["item_url"], r.get("item_updated"), now, now if r.get("fetched") else None,
                 r.get("article_id"), r["status"], r.get("error"), 1 if r["status"] == "error" else 0))
