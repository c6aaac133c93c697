"""A polite HTTP fetcher: robots.txt, one request at a time per host with a delay, conditional GET,
timeouts, retries with exponential back-off, and a host that failed in this run is not waited on again.

Thread-safe: the runner shares one `Fetcher` between its worker threads.
"""
from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from veille import __version__

log = logging.getLogger(__name__)

# Where site owners can read what this crawler is; override with VEILLE_CRAWLER_URL (e.g. your own contact page).
PROJECT_URL = os.environ.get("VEILLE_CRAWLER_URL", "https://github.com/veille/veille")
ROBOTS_TOKEN = "veille"
USER_AGENT = f"{ROBOTS_TOKEN}/{__version__} (+{PROJECT_URL})"

RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024   # an article page or a feed larger than this is not news
MAX_CRAWL_DELAY = 60.0         # a robots.txt Crawl-delay above this is capped
ROBOTS_TTL = 3600.0            # a long-running watcher reads each robots.txt again after this


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line."""

    def __init__(self, url: str, reason: str, status: Optional[int] = None):
        self.url, self.reason, self.status = url, reason, status
        super().__init__(f"{url}: {reason}")


class Disallowed(FetchError):
    """robots.txt forbids this URL to veille."""


@dataclass
class Fetched:
    url: str                     # final URL, after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    charset: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    retry_after: Optional[str] = None
    location: Optional[str] = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        return decode_body(self.content, self.charset)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)


def decode_body(content: bytes, charset: Optional[str] = None) -> str:
    """Header charset, else the document's own declaration, else UTF-8, else cp1252 (old French sites)."""
    candidates = [charset] if charset else []
    head = content[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        m = pattern.search(head)
        if m:
            candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            return content.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("utf-8", "replace")


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_allowed: float = 0.0
    robots: Optional[RobotFileParser] = None
    robots_error: Optional[str] = None   # robots.txt could not be read: the host is skipped this run
    robots_checked: bool = False
    robots_read_at: float = 0.0
    down: Optional[str] = None           # timed out / refused earlier in this run: fail fast


class Fetcher:
    """Shared by the threads of a run (a long-running watcher keeps one, calling `new_run()` between runs).
    `delay` is the pause between two requests to the same host (robots.txt Crawl-delay wins
    when larger); `timeout` bounds each request; `retries` more attempts are made on 429/5xx/connection errors
    with back-off `backoff * 2**n` seconds. A timeout is not retried: a hanging host costs one timeout."""

    def __init__(self, *, delay: float = 1.0, timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
                 respect_robots: bool = True, transport: Optional[httpx.BaseTransport] = None,
                 sleep: Callable[[float], None] = time.sleep):
        self.delay = delay
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.respect_robots = respect_robots
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.requests = 0    # counters read by the runner's report
        self.not_modified = 0
        self._count_lock = threading.Lock()
        # Redirects are followed by get() itself, so that the target host's robots.txt and delay apply too.
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=False,
                                   timeout=httpx.Timeout(timeout), transport=transport,
                                   limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))

    def new_run(self, robots_ttl: float = ROBOTS_TTL) -> None:
        """Between two runs of a long-lived fetcher: hosts that failed get another chance, and robots.txt files
        older than `robots_ttl` seconds are read again (RFC 9309 allows caching them up to a day)."""
        now = time.monotonic()
        with self._hosts_lock:
            for host in self._hosts.values():
                with host.lock:
                    host.down = None
                    if host.robots_error or now - host.robots_read_at > robots_ttl:
                        host.robots_checked, host.robots, host.robots_error = False, None, None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- hosts ---------------------------------------------------------------------------------------------
    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._hosts_lock:
            host = self._hosts.setdefault(key, _Host())
        return key, host

    def _load_robots(self, origin: str, host: _Host) -> None:
        """RFC 9309: 4xx means no rules; 5xx or unreachable means the site is not crawled now."""
        host.robots_checked = True
        host.robots_read_at = time.monotonic()
        robots_url = origin + "/robots.txt"
        try:
            resp = self._request(robots_url, host, {}, retries=0, follow=True)
        except FetchError as exc:
            host.robots_error = f"robots.txt unreachable ({exc.reason})"
            return
        rp = RobotFileParser(robots_url)
        if resp.status >= 500:
            host.robots_error = f"robots.txt answered HTTP {resp.status}"
            return
        if resp.status >= 400:
            rp.parse([])
        else:
            rp.parse(decode_body(resp.content, resp.charset).splitlines())
        host.robots = rp
        host.next_allowed = time.monotonic() + self._crawl_delay(host)   # now that Crawl-delay is known

    def robots_for(self, url: str) -> Optional[RobotFileParser]:
        origin, host = self._host(url)
        with host.lock:
            if not host.robots_checked:
                self._load_robots(origin, host)
        return host.robots

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        origin, host = self._host(url)
        self.robots_for(url)
        if host.robots_error:
            raise FetchError(url, host.robots_error)
        return host.robots.can_fetch(ROBOTS_TOKEN, url)

    def sitemaps(self, url: str) -> list[str]:
        rp = self.robots_for(url) if self.respect_robots else None
        return list((rp.site_maps() if rp else None) or [])

    # -- requests ------------------------------------------------------------------------------------------
    def get(self, url: str, *, etag: Optional[str] = None, last_modified: Optional[str] = None,
            accept: str = "*/*", _hops: int = 0) -> Fetched:
        """GET one URL politely, following up to MAX_REDIRECTS redirects (each hop checked against its host's
        robots.txt and delay). Returns a 2xx or 304 `Fetched`; raises FetchError otherwise."""
        origin, host = self._host(url)
        if host.down:
            raise FetchError(url, host.down)
        if not self.allowed(url):
            raise Disallowed(url, "disallowed by robots.txt")
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with host.lock:
            resp = self._request(url, host, headers, retries=self.retries)
        if resp.status in REDIRECTS and resp.location:
            if _hops >= MAX_REDIRECTS:
                raise FetchError(url, "too many redirects")
            return self.get(urljoin(url, resp.location), etag=etag, last_modified=last_modified, accept=accept,
                            _hops=_hops + 1)
        if resp.status == 304:
            with self._count_lock:
                self.not_modified += 1
            return resp
        if resp.status >= 400:
            raise FetchError(url, f"HTTP {resp.status}", resp.status)
        return resp

    def _crawl_delay(self, host: _Host) -> float:
        extra = None
        if host.robots is not None:
            try:
                extra = host.robots.crawl_delay(ROBOTS_TOKEN)
            except (AttributeError, ValueError):
                extra = None
        return max(self.delay, min(float(extra or 0), MAX_CRAWL_DELAY))

    def _request(self, url: str, host: _Host, headers: dict, retries: int, follow: bool = False) -> Fetched:
        """Called with host.lock held (or from _load_robots under it): requests to a host never overlap."""
        attempt = 0
        while True:
            wait = host.next_allowed - time.monotonic()
            if wait > 0:
                self._sleep(wait)
            try:
                with self._count_lock:
                    self.requests += 1
                result = self._send(url, headers, follow)
            except httpx.TimeoutException:
                host.down = f"timed out after {self.timeout:g}s"
                raise FetchError(url, host.down) from None
            except httpx.TransportError as exc:
                result = exc
            finally:
                host.next_allowed = time.monotonic() + self._crawl_delay(host)
            retryable = isinstance(result, Exception) or result.status in RETRY_STATUSES
            if not retryable or attempt >= retries:
                break
            pause = self.backoff * (2 ** attempt)
            if isinstance(result, Fetched) and result.status in (429, 503):
                pause = max(pause, _retry_after(result))
            log.info("%s: %s, retrying in %.1fs", url, _describe(result), pause)
            self._sleep(pause)
            attempt += 1
        if isinstance(result, Exception):
            host.down = f"connection failed ({type(result).__name__})"
            raise FetchError(url, host.down)
        return result

    def _send(self, url: str, headers: dict, follow: bool = False) -> Fetched:
        with self.client.stream("GET", url, headers=headers, follow_redirects=follow) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                raise FetchError(url, f"too large ({declared} bytes)")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(url, f"too large (over {MAX_BYTES} bytes)")
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "")
            m = re.search(r"charset=([\w\-:.]+)", ctype, re.I)
            return Fetched(url=str(resp.url), status=resp.status_code, content=b"".join(chunks),
                           content_type=ctype.split(";")[0].strip().lower(),
                           charset=m.group(1).strip("\"'") if m else None,
                           etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
                           retry_after=resp.headers.get("retry-after"), location=resp.headers.get("location"))


def _retry_after(result: Fetched) -> float:
    value = result.retry_after
    if value and value.strip().isdigit():
        return min(float(value), MAX_CRAWL_DELAY)
    return 0.0


def _describe(result) -> str:
    return f"HTTP {result.status}" if isinstance(result, Fetched) else type(result).__name__

