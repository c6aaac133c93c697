"""`veille watch run`: check the watched feeds, download the new items, ingest them, deliver alerts.

Feeds are checked concurrently by a small thread pool sharing one polite `Fetcher` (one request at a time per
host); every database write happens on the calling thread, feed by feed as checks complete, through
`veille.store.ingest.ingest_articles` — the same path as `veille ingest`.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Optional

from veille.ingest.readers import ReadError, article_from_html
from veille.model import Article
from veille.store import Store
from veille.watch import state
from veille.watch.feeds import Item, Listing, parse_listing, strip_tracking
from veille.watch.fetch import Disallowed, FetchError, Fetched, Fetcher

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
HTML_TYPES = ("text/html", "application/xhtml+xml", "")
MAX_NEW_PER_CHECK = 50     # items downloaded per feed per check; the rest wait for the next check


@dataclass
class FeedCheck:
    """What a worker thread learnt about one feed; the main thread writes it down."""
    feed: state.Feed
    ok: bool = True
    error: Optional[str] = None
    not_modified: bool = False
    listing: Optional[Listing] = None
    source_url: Optional[str] = None
    validators: Optional[tuple[Optional[str], Optional[str]]] = None   # (etag, last_modified) after a 200
    articles: list[tuple[Item, Article]] = field(default_factory=list)
    outcomes: list[dict] = field(default_factory=list)                # items that did not become articles
    fetched_pages: int = 0
    forget_source: bool = False     # the discovered feed is gone: look for it again next check


@dataclass
class FeedReport:
    url: str
    status: str                 # ok | not-modified | error
    error: Optional[str] = None
    items: int = 0
    fetched: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0


@dataclass
class RunReport:
    feeds: list[FeedReport] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0
    alerts_delivered: int = 0
    alerts_failed: int = 0
    seconds: float = 0.0
    new_article_ids: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.feeds)

    @property
    def failed_feeds(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.status == "error"]

    def summary(self) -> dict:
        return {"feeds": len(self.feeds), "failed_feeds": len(self.failed_feeds),
                "not_modified": sum(f.status == "not-modified" for f in self.feeds),
                "requests": self.requests, "pages_fetched": self.total("fetched"), "new": self.total("new"),
                "replaced": self.total("replaced"), "unchanged": self.total("unchanged"),
                "item_errors": self.total("failed"), "alerts_delivered": self.alerts_delivered,
                "alerts_failed": self.alerts_failed, "seconds": round(self.seconds, 2)}


# -- worker side: network only ---------------------------------------------------------------------------------
def _listing_of(fetcher: Fetcher, fetched: Fetched) -> Listing:
    listing = parse_listing(fetched)
    if listing.kind == "sitemapindex":
        merged = Listing(kind="sitemap", title=listing.title)
        for child in listing.children:
            try:
                sub = parse_listing(fetcher.get(child, accept=FEED_ACCEPT))
            except FetchError as exc:
                log.info("%s", exc)
                continue
            merged.items.extend(sub.items)
        merged.items.sort(key=lambda i: i.updated or "", reverse=True)
        return merged
    return listing


def _discover(fetcher: Fetcher, page: Listing, page_url: str) -> tuple[Listing, Optional[str], Optional[Fetched]]:
    """A watched site's front page: prefer the feed it advertises, then the sitemaps robots.txt names, then the
    page's own article links. Returns (listing, source_url or None for the page itself, the source's response)."""
    candidates = list(page.feed_links)
    try:
        candidates += fetcher.sitemaps(page_url)
    except FetchError:
        pass
    for url in candidates[:3]:
        try:
            fetched = fetcher.get(url, accept=FEED_ACCEPT)
        except FetchError as exc:
            log.info("%s: feed candidate failed: %s", page_url, exc)
            continue
        listing = _listing_of(fetcher, fetched)
        if listing.items:
            return listing, url, fetched
    return page, None, None


def _wanted(item: Item, known: Optional[state.KnownItem]) -> bool:
    """Download an item that is new, that the listing says changed, or that failed fewer than 3 times."""
    if known is None:
        return True
    if known.status == "disallowed":
        return False
    changed = bool(item.updated) and item.updated != known.item_updated
    if known.status == "error":
        return known.attempts < state.MAX_ITEM_ATTEMPTS or changed
    return changed


_ABSENT = object()


def check_feed(fetcher: Fetcher, feed: state.Feed, known: dict[str, state.KnownItem],
               elsewhere: dict[str, Optional[str]], claim: Callable[[str], bool]) -> FeedCheck:
    """Fetch one feed (conditional GET) and the article pages it newly lists. Never raises."""
    check = FeedCheck(feed=feed)
    try:
        fetched = fetcher.get(feed.fetch_url, etag=feed.etag, last_modified=feed.last_modified,
                              accept=FEED_ACCEPT)
        if fetched.not_modified:
            check.not_modified = True
            return check
        listing = _listing_of(fetcher, fetched)
        source_response = fetched
        if listing.kind == "page" and not feed.source_url:
            listing, check.source_url, found = _discover(fetcher, listing, fetched.url)
            source_response = found or fetched
        if listing.kind == "page" and not listing.items:
            raise FetchError(fetched.url, "no feed, sitemap or article links found on the page")
        check.listing = listing
        check.validators = (source_response.etag, source_response.last_modified)
    except FetchError as exc:
        check.ok, check.error = False, str(exc)
        check.forget_source = bool(feed.source_url) and exc.status in (404, 410)
        return check
    except Exception as exc:  # a broken document never stops the other feeds
        log.debug("feed check failed", exc_info=True)
        check.ok, check.error = False, f"{feed.fetch_url}: {type(exc).__name__}: {exc}"
        return check

    budget = MAX_NEW_PER_CHECK
    for item in listing.items:
        k = known.get(item.url)
        duplicate = k is None and elsewhere.get(item.url, _ABSENT) == item.updated  # another feed brought it
        if not duplicate and not _wanted(item, k):
            continue
        if not duplicate and budget <= 0:
            continue   # the rest waits for the next check
        if duplicate or not claim(item.url):
            check.outcomes.append({"item_url": item.url, "item_updated": item.updated, "status": "duplicate"})
            continue
        budget -= 1
        outcome = {"item_url": item.url, "item_updated": item.updated}
        try:
            page = fetcher.get(item.url, accept=PAGE_ACCEPT)
            check.fetched_pages += 1
            if page.content_type not in HTML_TYPES and "html" not in page.content_type:
                raise ReadError(item.url, f"not an HTML page ({page.content_type})")
            article = article_from_html(page.text(), url=item.url)
            # identity is the address we fetched (after redirects), not the page's canonical link, which some
            # sites point at their home page
            article.url = strip_tracking(page.url)
            article.title = article.title or item.title
            article.published = article.published or (item.updated[:10] if item.updated else None)
            check.articles.append((item, article))
            continue
        except Disallowed as exc:
            outcome.update(status="disallowed", error=exc.reason)
        except FetchError as exc:
            outcome.update(status="error", error=exc.reason, fetched=True)
        except ReadError as exc:
            outcome.update(status="error", error=exc.reason, fetched=True)
        except Exception as exc:  # one bad page never stops the feed
            log.debug("item failed", exc_info=True)
            outcome.update(status="error", error=f"{type(exc).__name__}: {exc}", fetched=True)
        check.outcomes.append(outcome)
    return check


# -- main thread: the store -----------------------------------------------------------------------------------
def ingest(store: Store, articles: list[Article], workers: int = 1) -> dict[str, tuple[str, Optional[str]]]:
    """Ingest through the shared store path (veille.store.ingest); returns {article id: (status, error)} with
    the store's statuses new | replaced | unchanged | failed."""
    from veille.store.ingest import ingest_articles

    report = ingest_articles(store, articles, workers=workers)
    return {r.article_id: (r.status, r.error) for r in report.results if r.article_id}


def _apply(store: Store, check: FeedCheck, ingest_workers: int, report: RunReport) -> FeedReport:
    feed = check.feed
    fr = FeedReport(url=feed.url, status="ok")
    if not check.ok:
        fr.status, fr.error = "error", check.error
        state.record_check(store, feed, ok=False, error=check.error, forget_source=check.forget_source)
        return fr
    if check.not_modified:
        fr.status = "not-modified"
        state.record_check(store, feed, ok=True)
        return fr
    listing = check.listing
    fr.items = len(listing.items)
    fr.fetched = check.fetched_pages
    rows = list(check.outcomes)
    fr.failed = sum(1 for r in rows if r["status"] == "error")
    new_articles = 0
    if check.articles:
        try:
            statuses = ingest(store, [a for _, a in check.articles], ingest_workers)
        except Exception as exc:  # the store path failed as a whole: the items are retried next check
            log.warning("%s: ingest failed: %s", feed.url, exc)
            statuses = {a.id: ("failed", f"ingest failed: {exc}") for _, a in check.articles}
        for item, article in check.articles:
            status, error = statuses.get(article.id, ("failed", "not ingested"))
            ok = status in ("new", "replaced", "unchanged")
            rows.append({"item_url": item.url, "item_updated": item.updated, "fetched": True,
                         "status": status if ok else "error", "error": error,
                         "article_id": article.id if ok else None})
            if status == "new":
                fr.new += 1
            elif status == "replaced":
                fr.replaced += 1
            elif status == "unchanged":
                fr.unchanged += 1
            else:
                fr.failed += 1
            if status in ("new", "replaced"):
                new_articles += 1
                report.new_article_ids.append(article.id)
    state.save_items(store, feed.id, rows)
    etag, last_modified = check.validators or (None, None)
    state.record_check(store, feed, ok=True, source_url=check.source_url, kind=listing.kind,
                       title=listing.title, etag=etag, last_modified=last_modified,
                       new_articles=new_articles, validators=True)
    return fr


def run_once(store: Store, *, feeds: Optional[list[state.Feed]] = None, fetcher: Optional[Fetcher] = None,
             workers: int = 4, ingest_workers: int = 1, alerts: bool = True,
             progress: Optional[Callable[[FeedReport], None]] = None) -> RunReport:
    """Check every given feed (default: all) once, ingest what is new, deliver alerts for it."""
    started = time.monotonic()
    feeds = state.list_feeds(store) if feeds is None else feeds
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    report = RunReport()
    elsewhere = {r[0]: r[1] for r in store.conn.execute(
        "SELECT item_url, item_updated FROM feed_items WHERE article_id IS NOT NULL")}
    claimed: set[str] = set()
    claim_lock = threading.Lock()

    def claim(url: str) -> bool:
        with claim_lock:
            if url in claimed:
                return False
            claimed.add(url)
            return True

    requests_before, not_modified_before = fetcher.requests, fetcher.not_modified
    try:
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="veille-watch") as pool:
            futures = {pool.submit(check_feed, fetcher, f, state.known_items(store, f.id), elsewhere, claim): f
                       for f in feeds}
            for future in as_completed(futures):
                feed_started = time.monotonic()
                check = future.result()
                try:
                    fr = _apply(store, check, ingest_workers, report)
                except Exception as exc:  # a store error on one feed is reported, the others go on
                    log.exception("%s: could not save the check", check.feed.url)
                    fr = FeedReport(url=check.feed.url, status="error", error=f"{check.feed.url}: {exc}")
                fr.seconds = time.monotonic() - feed_started
                report.feeds.append(fr)
                if progress:
                    progress(fr)
    finally:
        report.requests = fetcher.requests - requests_before
        report.not_modified = fetcher.not_modified - not_modified_before
        if own_fetcher:
            fetcher.close()
    if alerts:
        from veille.watch.alerts import run_alerts
        delivered, failed = run_alerts(store, report.new_article_ids)
        report.alerts_delivered, report.alerts_failed = delivered, failed
    report.seconds = time.monotonic() - started
    return report


def due_feeds(store: Store, now: Optional[datetime] = None) -> list[state.Feed]:
    now = now or datetime.now(timezone.utc)
    return [f for f in state.list_feeds(store) if f.next_due() <= now]


def run_forever(store: Store, *, make_fetcher: Callable[[], Fetcher], workers: int = 4, ingest_workers: int = 1,
                alerts: bool = True, on_report: Optional[Callable[[RunReport], None]] = None,
                stop: Optional[threading.Event] = None, max_sleep: float = 60.0) -> None:
    """Check each feed when it is due (its --every; longer after failures) until `stop` is set or Ctrl-C."""
    stop = stop or threading.Event()
    with make_fetcher() as fetcher:   # one fetcher: robots.txt files are cached across cycles (for an hour)
        while not stop.is_set():
            due = due_feeds(store)
            if due:
                fetcher.new_run()
                rep = run_once(store, feeds=due, fetcher=fetcher, workers=workers, ingest_workers=ingest_workers,
                               alerts=alerts)
                if on_report:
                    on_report(rep)
            feeds = state.list_feeds(store)
            now = datetime.now(timezone.utc)
            waits = [(f.next_due() - now).total_seconds() for f in feeds]
            stop.wait(min([max_sleep] + [max(w, 1.0) for w in waits]))


class AlreadyRunning(Exception):
    pass


class _RunLock:
    """One `watch run` per database at a time (two would fetch and notify the same items). An OS file lock:
    released by the OS if the process dies."""

    def __init__(self, db_path: str):
        self.path = f"{db_path}.watch.lock"
        self.handle = open(self.path, "a+")
        try:
            import fcntl
        except ImportError:  # no fcntl (Windows): no lock
            return
        try:
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.handle.close()
            raise AlreadyRunning(f"{db_path}: another `veille watch run` is using this database") from None

    def __enter__(self) -> "_RunLock":
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()


def run_lock(db_path: str) -> _RunLock:
    return _RunLock(db_path)
