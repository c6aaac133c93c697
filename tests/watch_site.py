"""A news site on loopback for the watch tests and benchmarks/watch.py: feeds, French article pages, robots.txt,
conditional GET (ETag / Last-Modified → 304), slow and failing paths, and a webhook receiver. No outside network.

    site = Site()                      # one host (127.0.0.1:random port) per Site
    site.add_article("/2024/03/12/un-titre-long-avec-des-mots", title=..., paragraphs=[...])
    site.add_rss("/rss.xml", ["/2024/03/12/..."])
    site.start(); ...; site.stop()
"""
from __future__ import annotations

import email.utils
import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0                # seconds before answering (a slow or hanging host)
    conditional: bool = True          # send ETag/Last-Modified and answer 304 when they match
    modified: float = field(default_factory=lambda: 1_700_000_000.0)
    headers: dict = field(default_factory=dict)   # extra headers, e.g. Location for a redirect

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'

    @property
    def last_modified(self) -> str:
        return email.utils.formatdate(self.modified, usegmt=True)


@dataclass
class Hit:
    method: str
    path: str
    headers: dict
    status: int
    body: bytes = b""


class Site:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.webhook_failures = 0          # the next N POSTs answer 500
        self.received: list[dict] = []     # JSON bodies POSTed to /hook
        self._lock = threading.Lock()
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                site._get(self)

            def do_POST(self):
                site._post(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread: Optional[threading.Thread] = None

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "Site":
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    # -- content ---------------------------------------------------------------------------------------------
    def set(self, path: str, body, content_type: str = "text/html; charset=utf-8", **kw) -> Route:
        if isinstance(body, str):
            body = body.encode("utf-8")
        route = Route(body=body, content_type=content_type, **kw)
        self.routes[path] = route
        return route

    def add_robots(self, disallow: list[str] = (), crawl_delay: Optional[float] = None, sitemaps=()) -> None:
        lines = ["User-agent: *"] + [f"Disallow: {p}" for p in disallow]
        if crawl_delay is not None:
            lines.append(f"Crawl-delay: {crawl_delay:g}")
        lines += [f"Sitemap: {self.url(s)}" for s in sitemaps]
        self.set("/robots.txt", "\n".join(lines) + "\n", "text/plain")

    def add_article(self, path: str, title: str, paragraphs: list[str], date: str = "2024-03-12",
                    author: str = "Rédaction") -> str:
        self.set(path, article_page(title, paragraphs, date, author, self.url(path)))
        return self.url(path)

    def redirect(self, path: str, target: str, status: int = 301) -> None:
        self.set(path, b"", "text/plain", status=status, headers={"Location": target})

    def add_rss(self, path: str, item_paths: list[str], title: str = "Le Quotidien — À la une",
                updated: Optional[dict] = None) -> str:
        self.set(path, rss_feed(title, self.base, [(p, (updated or {}).get(p)) for p in item_paths]),
                 "application/rss+xml; charset=utf-8")
        return self.url(path)

    def add_atom(self, path: str, item_paths: list[str], title: str = "Le Quotidien (Atom)",
                 updated: Optional[dict] = None) -> str:
        self.set(path, atom_feed(title, self.base, [(p, (updated or {}).get(p)) for p in item_paths]),
                 "application/atom+xml; charset=utf-8")
        return self.url(path)

    def requests_to(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    # -- serving ---------------------------------------------------------------------------------------------
    def _record(self, handler, status: int, body: bytes = b"", hit: Optional[Hit] = None) -> Hit:
        """Requests are logged when they arrive (status 0 until answered), so a hanging one is seen too."""
        with self._lock:
            if hit is None:
                hit = Hit(handler.command, handler.path, dict(handler.headers), status, body)
                self.hits.append(hit)
            hit.status = status
        return hit

    def _send(self, handler, status: int, body: bytes = b"", headers: Optional[dict] = None) -> None:
        try:
            handler.send_response(status)
            for k, v in (headers or {}).items():
                handler.send_header(k, v)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if body and handler.command != "HEAD":
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _get(self, handler) -> None:
        hit = self._record(handler, 0)
        route = self.routes.get(handler.path.split("?")[0])
        if route is None:
            self._record(handler, 404, hit=hit)
            return self._send(handler, 404, b"not found", {"Content-Type": "text/plain"})
        if route.delay and self._stop.wait(route.delay):
            return
        headers = {"Content-Type": route.content_type, **route.headers}
        if route.status == 200 and route.conditional:
            headers["ETag"] = route.etag
            headers["Last-Modified"] = route.last_modified
            inm, ims = handler.headers.get("If-None-Match"), handler.headers.get("If-Modified-Since")
            fresh = (inm == route.etag) if inm else (ims is not None and _not_after(route.modified, ims))
            if fresh:
                self._record(handler, 304, hit=hit)
                return self._send(handler, 304, b"", {"ETag": route.etag})
        self._record(handler, route.status, hit=hit)
        self._send(handler, route.status, route.body, headers)

    def _post(self, handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length)
        with self._lock:
            fail = self.webhook_failures > 0
            if fail:
                self.webhook_failures -= 1
        if handler.path != "/hook" or fail:
            self._record(handler, 500, body)
            return self._send(handler, 500, b"oops", {"Content-Type": "text/plain"})
        with self._lock:
            self.received.append(json.loads(body))
        self._record(handler, 204, body)
        self._send(handler, 204)


def _not_after(modified: float, header: str) -> bool:
    try:
        since = email.utils.parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return False
    return int(modified) <= since


# -- documents ---------------------------------------------------------------------------------------------
def article_page(title: str, paragraphs: list[str], date: str, author: str, url: str) -> str:
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{t} | Le Quotidien</title>
  <meta property="og:title" content="{t}">
  <meta property="og:site_name" content="Le Quotidien">
  <meta name="author" content="{html.escape(author)}">
  <meta property="article:published_time" content="{date}T08:30:00+01:00">
  <link rel="canonical" href="{html.escape(url)}">
</head>
<body>
  <header class="site"><nav><a href="/">Accueil</a> <a href="/international">International</a>
    <a href="/politique">Politique</a></nav></header>
  <main>
    <article>
      <h1>{t}</h1>
      <p class="byline">Par {html.escape(author)}</p>
{body}
    </article>
  </main>
  <footer><p>© Le Quotidien — Tous droits réservés. <a href="/mentions-legales">Mentions légales</a></p></footer>
</body>
</html>
"""


def _rfc822(iso_date: Optional[str], n: int) -> str:
    ts = time.mktime(time.strptime(iso_date, "%Y-%m-%d")) if iso_date else 1_710_000_000 - n * 3600
    return email.utils.formatdate(ts, usegmt=True)


def rss_feed(title: str, base: str, items: list[tuple[str, Optional[str]]]) -> str:
    entries = "\n".join(f"""    <item>
      <title>Article {n}</title>
      <link>{html.escape(base + path)}</link>
      <guid isPermaLink="true">{html.escape(base + path)}</guid>
      <pubDate>{_rfc822(updated, n)}</pubDate>
      <description>Résumé de l'article {n}.</description>
    </item>""" for n, (path, updated) in enumerate(items))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{html.escape(title)}</title>
    <link>{html.escape(base)}/</link>
    <description>Les dernières informations</description>
    <language>fr</language>
{entries}
  </channel>
</rss>
"""


def atom_feed(title: str, base: str, items: list[tuple[str, Optional[str]]]) -> str:
    def stamp(updated, n):
        return f"{updated}T08:30:00Z" if updated else time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                     time.gmtime(1_710_000_000 - n * 3600))
    entries = "\n".join(f"""  <entry>
    <title>Article {n}</title>
    <link rel="alternate" type="text/html" href="{html.escape(base + path)}"/>
    <id>{html.escape(base + path)}</id>
    <updated>{stamp(updated, n)}</updated>
  </entry>""" for n, (path, updated) in enumerate(items))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{html.escape(title)}</title>
  <id>{html.escape(base)}/</id>
  <updated>2024-03-12T09:00:00Z</updated>
{entries}
</feed>
"""


def sitemap(base: str, items: list[tuple[str, str]]) -> str:
    urls = "\n".join(f"  <url><loc>{html.escape(base + p)}</loc><lastmod>{d}</lastmod></url>" for p, d in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def front_page(title: str, links: list[str], feed_path: Optional[str] = None) -> str:
    alt = (f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{feed_path}">'
           if feed_path else "")
    items = "\n".join(f'    <article><h2><a href="{html.escape(p)}">Titre {n}</a></h2></article>'
                      for n, p in enumerate(links))
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{alt}</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/international">International</a> <a href="/politique">Politique</a>
    <a href="/auteurs/jean-dupont">Jean Dupont</a></nav>
  <main>
{items}
  </main>
  <footer><a href="/mentions-legales-et-conditions-generales-d-utilisation">Mentions</a></footer>
</body></html>
"""


# -- French articles written for the tests -------------------------------------------------------------------
PEOPLE = [("Claire Martin", "ministre de l'Économie"), ("Karim Benali", "maire de Lyon"),
          ("Sophie Lefèvre", "porte-parole du gouvernement"), ("Paul Girard", "député de la Gironde"),
          ("Nadia Haddad", "présidente de la région"), ("Marc Rousseau", "secrétaire général du syndicat"),
          ("Élise Moreau", "ministre des Armées"), ("Thomas Petit", "sénateur du Nord")]
PLACES = ["Lyon", "Bordeaux", "Lille", "Marseille", "Nantes", "Strasbourg", "Rennes", "Toulouse", "Grenoble",
          "Dijon"]
TOPICS = ["la réforme des retraites", "le budget de la santé", "la sécurité des transports", "le prix de l'énergie",
          "la rénovation des écoles", "l'aide aux agriculteurs", "le logement étudiant", "la qualité de l'eau"]


def french_article(n: int, edition: int = 0) -> tuple[str, list[str]]:
    """A distinct, realistic French news article (title, paragraphs) for index n."""
    who, role = PEOPLE[n % len(PEOPLE)]
    other, other_role = PEOPLE[(n + 3) % len(PEOPLE)]
    place = PLACES[n % len(PLACES)]
    topic = TOPICS[(n // 3) % len(TOPICS)]
    amount = 12 + (n * 7) % 90
    title = f"{who} défend {topic} à {place} (n° {n})"
    paragraphs = [
        f"{who}, {role}, s'est rendue mardi à {place} pour présenter un plan de {amount} millions d'euros "
        f"consacré à {topic}. La visite, annoncée la veille, a réuni élus locaux et représentants des "
        f"associations.",
        f"« Nous ne laisserons personne au bord du chemin », a déclaré {who} devant la presse, en promettant "
        f"des mesures concrètes avant l'été. « Les habitants de {place} attendent des réponses, pas des "
        f"promesses », a-t-elle ajouté.",
        f"{other}, {other_role}, a pour sa part critiqué un calendrier jugé trop serré. Selon lui, le plan "
        f"« manque de moyens pour les communes rurales » et devra être revu au Parlement.",
        f"D'après l'Agence France-Presse, les premiers versements interviendront en septembre. Le ministère "
        f"indique que {amount * 10} dossiers ont déjà été déposés dans la région.",
    ]
    if edition:
        paragraphs.append(f"Mise à jour n° {edition} : le ministère a précisé mercredi que le montant du plan "
                          f"serait porté à {amount + edition} millions d'euros.")
    return title, paragraphs


def build_news_site(site: Site, n_items: int, prefix: str = "", start: int = 0, feed: str = "rss") -> str:
    """n_items distinct articles under `prefix` and one feed listing them; returns the feed URL."""
    paths = []
    for i in range(n_items):
        n = start + i
        title, paragraphs = french_article(n)
        path = f"{prefix}/2024/03/{1 + n % 28:02d}/article-{n}-{'-'.join(title.lower().split()[:4])}"
        path = "".join(c if c.isascii() and (c.isalnum() or c in "/-") else "-" for c in path)
        site.add_article(path, title, paragraphs, date=f"2024-03-{1 + n % 28:02d}")
        paths.append(path)
    return site.add_rss(f"{prefix}/rss.xml", paths) if feed == "rss" else site.add_atom(f"{prefix}/atom.xml", paths)


# -- a stand-in for veille.process.process: fast, so unit tests need no spaCy --------------------------------
def fake_process(article, **_):
    """Quotes « … », a déclaré First Last → a quote with its speaker; « a critiqué » → an ACCUSE event by the
    person named before it. Enough records for alerts to match, in milliseconds."""
    import re

    from veille import PIPELINE_VERSION
    from veille.model import Entity, Event, Extraction, Mention, Quote, TextSpan

    text = article.text
    entities: dict[str, Entity] = {}

    def entity(name: str, start: int) -> Entity:
        if name not in entities:
            entities[name] = Entity(id=f"e{len(entities) + 1}", name=name, type="PER", country="FRA", sector="GOV")
        entities[name].mentions.append(Mention(start, start + len(name), name))
        return entities[name]

    quotes, events = [], []
    for m in re.finditer(r"« ([^»]+?) », a déclaré ((?:[A-ZÉ][\w'-]+ ?){2})", text):
        who = m.group(2).strip()
        e = entity(who, m.start(2))
        quotes.append(Quote(id=f"q{len(quotes) + 1}", start=m.start(1), end=m.end(1), text=m.group(1),
                            kind="direct", speaker=e.id, cue=TextSpan(m.start(2) - 11, m.start(2) - 1, "a déclaré"),
                            confidence=0.9))
    for m in re.finditer(r"((?:[A-ZÉ][\w'-]+ ?){2}), [^.]*?a pour sa part (critiqué)", text):
        e = entity(m.group(1).strip(), m.start(1))
        sentence_end = text.find(".", m.end()) + 1 or len(text)
        events.append(Event(id=f"v{len(events) + 1}", type="ACCUSE", trigger=TextSpan(m.start(2), m.end(2), "critiqué"),
                            sentence=TextSpan(m.start(1), sentence_end, text[m.start(1):sentence_end]),
                            source=[e.id], confidence=0.8))
    return Extraction(article=article, language="fr", entities=list(entities.values()), quotes=quotes,
                      events=events, pipeline_version=PIPELINE_VERSION)
