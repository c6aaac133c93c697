"""What a watched URL lists: RSS/Atom entries (feedparser), a sitemap's URLs, or a front page's article links.

`parse_listing(fetched)` turns one fetched document into a `Listing`; `discover(...)` says where a site's feed is
when the watched URL is an HTML page (a `<link rel="alternate">` feed, else the sitemaps robots.txt names,
else the page's own links).
"""
from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Optional
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree import ElementTree

import feedparser

from veille.watch.fetch import Fetched, decode_body

log = logging.getLogger(__name__)

MAX_ITEMS = 100          # newest first: a sitemap with 50 000 URLs is not read whole each run
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml",
              "text/xml")


@dataclass
class Item:
    url: str
    title: Optional[str] = None
    updated: Optional[str] = None     # what the listing says about the item's last change (ISO), if anything


@dataclass
class Listing:
    kind: str                          # rss | atom | sitemap | sitemapindex | page
    title: Optional[str] = None
    items: list[Item] = field(default_factory=list)
    feed_links: list[str] = field(default_factory=list)    # <link rel=alternate> feeds found in an HTML page
    children: list[str] = field(default_factory=list)      # sitemaps listed by a sitemap index


def _iso(struct) -> Optional[str]:
    if not struct:
        return None
    try:
        from datetime import datetime, timezone
        return datetime.fromtimestamp(calendar.timegm(struct), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError, OverflowError):
        return None


# Campaign parameters feeds add to links: the same article with or without them is one URL.
TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|xtor|at_[a-z_]+|fbclid|gclid)$", re.I)


def strip_tracking(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def clean_url(base: str, href: str) -> Optional[str]:
    if not href:
        return None
    url, _ = urldefrag(urljoin(base, href.strip()))
    return strip_tracking(url) if urlsplit(url).scheme in ("http", "https") else None


def looks_like_xml(fetched: Fetched) -> bool:
    head = fetched.content[:512].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed") \
        or head.startswith(b"<urlset") or head.startswith(b"<sitemapindex") or "xml" in fetched.content_type \
        or "rss" in fetched.content_type or "atom" in fetched.content_type


def parse_listing(fetched: Fetched) -> Listing:
    """Whatever the document is, the article URLs it lists (newest first where the document says)."""
    content = fetched.content
    if looks_like_xml(fetched):
        sitemap = _parse_sitemap(fetched)
        if sitemap is not None:
            return sitemap
        parsed = feedparser.parse(content, response_headers={"content-location": fetched.url})
        if parsed.entries or parsed.get("version"):
            return _from_feedparser(parsed, fetched.url)
    if fetched.content_type in ("application/json", "application/feed+json"):
        parsed = feedparser.parse(content)
        if parsed.entries:
            return _from_feedparser(parsed, fetched.url)
    return _parse_page(fetched)


def _from_feedparser(parsed, base: str) -> Listing:
    version = parsed.get("version") or ""
    kind = "atom" if version.startswith("atom") else "rss"
    items, seen = [], set()
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            for link in entry.get("links") or []:
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    href = link["href"]
                    break
        if not href and str(entry.get("id", "")).startswith("http"):
            href = entry["id"]
        url = clean_url(base, href or "")
        if not url or url in seen:
            continue
        seen.add(url)
        # dict.get: feedparser's own get() warns when it maps a missing updated_parsed to published_parsed
        updated = _iso(dict.get(entry, "updated_parsed")) or _iso(dict.get(entry, "published_parsed"))
        items.append(Item(url=url, title=entry.get("title"), updated=updated))
    return Listing(kind=kind, title=parsed.feed.get("title"), items=items[:MAX_ITEMS])


_SITEMAP_NS = re.compile(r"^\{[^}]*\}")


def _parse_sitemap(fetched: Fetched) -> Optional[Listing]:
    try:
        root = ElementTree.fromstring(fetched.content)
    except ElementTree.ParseError:
        return None
    tag = _SITEMAP_NS.sub("", root.tag)
    if tag not in ("urlset", "sitemapindex"):
        return None
    entries = []
    for node in root:
        fields = {_SITEMAP_NS.sub("", child.tag): (child.text or "").strip() for child in node}
        # Google News sitemaps put the date inside <news:news><news:publication_date>
        for child in node.iter():
            if _SITEMAP_NS.sub("", child.tag) == "publication_date" and child.text:
                fields.setdefault("lastmod", child.text.strip())
        url = clean_url(fetched.url, fields.get("loc", ""))
        if url:
            entries.append((fields.get("lastmod") or "", url))
    entries.sort(key=lambda e: e[0], reverse=True)   # ISO dates sort as text; undated last
    if tag == "sitemapindex":
        return Listing(kind="sitemapindex", children=[u for _, u in entries[:5]])
    return Listing(kind="sitemap", items=[Item(url=u, updated=d or None) for d, u in entries[:MAX_ITEMS]])


class _PageLinks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.feeds: list[tuple[str, str]] = []
        self.title_parts: list[str] = []
        self._in_title = False
        self._skip = 0     # inside <nav> or <footer>: site chrome, not articles

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag in ("nav", "footer"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "link" and "alternate" in a.get("rel", "").lower().split() \
                and a.get("type", "").lower() in FEED_TYPES and a.get("href"):
            self.feeds.append((a["type"].lower(), a["href"]))
        elif tag == "a" and a.get("href") and not self._skip:
            self.links.append(a["href"])

    def handle_endtag(self, tag):
        if tag in ("nav", "footer") and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)


def _article_like(url: str, site: str) -> bool:
    """A front page links to sections, tags, authors and articles; an article's path is long and specific
    (a slug with several words, or a numeric id). Same site only."""
    parts = urlsplit(url)
    if parts.netloc.lower() != site:
        return False
    path = parts.path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    if re.search(r"\.(jpe?g|png|gif|svg|webp|pdf|mp[34]|css|js|xml|zip)$", last, re.I):
        return False
    return last.count("-") >= 3 or bool(re.search(r"\d{5,}", path)) or bool(re.search(r"/\d{4}/\d{2}/", path))


def _parse_page(fetched: Fetched) -> Listing:
    parser = _PageLinks()
    try:
        parser.feed(decode_body(fetched.content, fetched.charset))
        parser.close()
    except Exception:  # malformed HTML yields what was read so far
        log.debug("%s: HTML parse stopped early", fetched.url, exc_info=True)
    site = urlsplit(fetched.url).netloc.lower()
    items, seen = [], set()
    for href in parser.links:
        url = clean_url(fetched.url, href)
        if url and url not in seen and url != fetched.url and _article_like(url, site):
            seen.add(url)
            items.append(Item(url=url))
    feed_links = [u for u in (clean_url(fetched.url, h) for _, h in
                              sorted(parser.feeds, key=lambda f: "atom" not in f[0] and "rss" not in f[0])) if u]
    title = " ".join("".join(parser.title_parts).split()) or None
    return Listing(kind="page", title=title, items=items[:MAX_ITEMS], feed_links=feed_links)
