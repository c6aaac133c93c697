"""The reading room: server-rendered pages and a JSON API over a veille store.

Read-only on the store (connections opened with mode=ro and query_only) except the upload path, which goes
through veille.store.ingest.ingest_articles like every other writer. Never imports spaCy or veille.nlp: the
upload handler imports the ingest path lazily, and that path calls veille.process.process.
"""
from __future__ import annotations

import logging
import os
import queue
import re
import sqlite3
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import jinja2
from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from veille import __version__
from veille.model import PLOVER_TYPES
from veille.web import queries
from veille.web import statements as crossref_pages
from veille.web.render import actor_url, article_rows, snippet_html, speaker_colours

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
MAX_BODY_BYTES = 64 * 1024                 # any request but an upload
MAX_UPLOAD_BYTES = 2 * 1024 * 1024         # an uploaded or pasted article
UPLOAD_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson"}
MAX_LIMIT = 500
ACTOR_PAGE_ITEMS = 50                      # newest quotes and events shown on an actor page
NETWORK_DEFAULT_KEY = ("network", None, None, None, 300)
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                 b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class StoreMissing(Exception):
    pass


class BodyTooLarge(Exception):
    pass


class GuardMiddleware:
    """Request bodies above a size limit get 413 (declared length or counted while streaming); every response
    gets the security headers (CSP without inline script: article text can never run)."""

    def __init__(self, app, upload_paths: tuple[str, ...]):
        self.app = app
        self.upload_paths = upload_paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = MAX_UPLOAD_BYTES + 64 * 1024 if scope["path"] in self.upload_paths else MAX_BODY_BYTES
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and not _same_origin(scope):
            # A page of another site must not make a visitor's browser post articles here.
            return await self._reject(send, 403, b"cross-origin request refused\n")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = True
                if too_big:
                    return await self._reject(send, 413, b"request body too large\n")
        received = 0
        state = {"too_large": False, "replaced": False}

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    state["too_large"] = True
                    raise BodyTooLarge()
            return message

        async def guarded_send(message):
            # The framework may turn our exception into its own error response (a form parser answers 400):
            # whatever it answers, a body over the limit gets 413.
            if state["too_large"]:
                if message["type"] == "http.response.start" and not state["replaced"]:
                    state["replaced"] = True
                    await self._reject(send, 413, b"request body too large\n")
                return
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in dict(SECURITY_HEADERS)]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            if not state["replaced"]:
                state["replaced"] = True
                await self._reject(send, 413, b"request body too large\n")

    @staticmethod
    async def _reject(send, status: int, body: bytes):
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())] + SECURITY_HEADERS})
        await send({"type": "http.response.body", "body": body})


def _same_origin(scope) -> bool:
    """True unless the request names an Origin whose host differs from the Host it was sent to."""
    headers = dict(scope.get("headers", []))
    origin = headers.get(b"origin")
    if origin is None:
        return True
    host = headers.get(b"host", b"")
    return origin.split(b"://", 1)[-1].rstrip(b"/") == host


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
                conn = queries.connect_readonly(self.db_path)
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
    """Results of heavy queries (LRU), valid until the store changes; one computation per key at a time."""

    def __init__(self, pool: ConnectionPool, size: int = 256):
        self.pool, self.size = pool, size
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.key_locks: dict[tuple, threading.Lock] = {}

    def _lookup(self, full: tuple) -> tuple[bool, Any]:
        with self.lock:
            if full in self.items:
                self.items.move_to_end(full)
                return True, self.items[full]
        return False, None

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
            with self.lock:
                self.items[full] = value
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
                if len(self.key_locks) > 4 * self.size:
                    self.key_locks.clear()
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(actor_url=actor_url, polarity=queries.polarity, plover_types=PLOVER_TYPES,
                       snippet_html=snippet_html, version=__version__, http_url=http_url)
    return Jinja2Templates(env=env)


def create_app(db_path: str | os.PathLike, allow_upload: bool = True) -> FastAPI:
    """The reading room over the store at `db_path`; `allow_upload=False` makes it strictly read-only."""
    db = Path(db_path)
    pool = ConnectionPool(db)
    cache = StateCache(pool)
    templates = _templates()
    upload_lock = threading.Lock()
    def warm_up() -> None:
        # The network over the whole store is the one heavy query: compute it before the first visitor asks.
        try:
            with pool.connection() as conn:
                cache.get(NETWORK_DEFAULT_KEY, lambda: queries.network(conn))
        except (StoreMissing, sqlite3.Error) as exc:
            log.info("network warm-up skipped: %s", exc)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=warm_up, name="veille-web-warm-up", daemon=True).start()
        yield

    # No Swagger UI or ReDoc: they load their scripts from a CDN. /api lists the endpoints from the OpenAPI schema.
    app = FastAPI(title="veille reading room", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Quotes, speakers and events extracted from French news, as stored by veille. "
                              "Read-only except the upload path.",
                  openapi_tags=[{"name": "api", "description": "JSON API mirroring the CLI"}])
    app.state.db_path = db
    app.state.allow_upload = allow_upload
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(GuardMiddleware, upload_paths=("/upload", "/api/upload"))

    def conn_dep() -> Iterator[sqlite3.Connection]:
        with pool.connection() as conn:
            yield conn

    @app.exception_handler(StoreMissing)
    async def store_missing(request: Request, exc: StoreMissing):
        msg = f"no veille store at {exc}: ingest articles first (veille ingest …)" + (
            " or upload one" if allow_upload else "")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": msg}, status_code=503)
        return page(request, "error.html", {"status": 503, "message": msg}, status_code=503)

    def page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"allow_upload": allow_upload, **context},
                                          status_code=status_code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", {"status": exc.status_code, "message": exc.detail},
                    status_code=exc.status_code)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', [])[1:])}: {e.get('msg')}"
                             for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        return page(request, "error.html", {"status": 422, "message": problems}, status_code=422)

    # -- common parameters ------------------------------------------------------------------------------------
    # Empty form fields mean "no filter": values are checked after blanks are dropped (see `filters`).
    Since = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
    Until = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
    EventType = Query(None, max_length=20, description="PLOVER event type: " + ", ".join(PLOVER_TYPES))
    Limit = Query(50, ge=1, le=MAX_LIMIT)
    Offset = Query(0, ge=0, le=100_000)

    def blank(value: Optional[str]) -> Optional[str]:
        return value.strip() or None if isinstance(value, str) else value

    def checked(since: Optional[str], until: Optional[str], type: Optional[str]) -> tuple:
        since, until, type = blank(since), blank(until), blank(type)
        for name, value in (("since", since), ("until", until)):
            if value and not re.fullmatch(DATE_PATTERN, value):
                raise HTTPException(422, f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        if type and type.upper() not in PLOVER_TYPES:
            raise HTTPException(422, f"type: not a PLOVER event type: {type!r}")
        return since, until, type.upper() if type else None

    app.include_router(crossref_pages.make_router(conn_dep, page))

    # -- pages -----------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, offset: int = Offset, conn: sqlite3.Connection = Depends(conn_dep)):
        totals = cache.get(("counts",), lambda: queries.counts(conn))
        return page(request, "index.html", {"counts": totals, "offset": offset,
                                            "articles": queries.recent_articles(conn, 50, offset),
                                            **cache.get(("crossref-home",), lambda: crossref_pages.home_context(conn))})

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_index(request: Request):
        spec = app.openapi()
        endpoints = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                      "params": [(p["name"], p.get("in"), (p.get("schema") or {}).get("description")
                                  or p.get("description") or "") for p in op.get("parameters", [])]}
                     for path, ops in spec["paths"].items() for method, op in ops.items()]
        return page(request, "api.html", {"endpoints": endpoints})

    @app.get("/healthz", response_class=PlainTextResponse, include_in_schema=False)
    def healthz():
        return "ok"

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, conn: sqlite3.Connection = Depends(conn_dep)):
        art = _article_or_404(conn, article_id)
        colours = speaker_colours(art["quotes"])
        entities = {e["id"]: e for e in art["entities"]}
        speakers = [{"entity": entities.get(eid), "colour": c, "quotes": sum(q["speaker"] == eid
                                                                             for q in art["quotes"])}
                    for eid, c in colours.items()]
        cited = sorted((e for e in art["entities"] if e["mentions"]), key=lambda e: -len(e["mentions"]))[:40]
        return page(request, "article.html", {"a": art, "rows": article_rows(art), "entities": entities,
                                              "speakers": speakers, "cited": cited,
                                              **crossref_pages.article_context(conn, art["id"])})

    @app.get("/actors/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, key: str, conn: sqlite3.Connection = Depends(conn_dep)):
        summary = cache.get(("actor", key, ACTOR_PAGE_ITEMS),
                            lambda: queries.actor_summary(conn, key, limit=ACTOR_PAGE_ITEMS))
        if summary is None:
            raise HTTPException(404, f"no actor named {key!r} in the store")
        return page(request, "actor.html", {"actor": summary})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Optional[str] = Query(None, max_length=500),
                    scope: str = Query("quotes", pattern="^(quotes|articles)$"),
                    speaker: Optional[str] = Query(None, max_length=200), type: Optional[str] = EventType,
                    since: Optional[str] = Since, until: Optional[str] = Until,
                    outlet: Optional[str] = Query(None, max_length=200), offset: int = Offset,
                    conn: sqlite3.Connection = Depends(conn_dep)):
        since, until, type = checked(since, until, type)
        q, speaker, outlet = blank(q), blank(speaker), blank(outlet)
        filters = dict(speaker=speaker, event_type=type, since=since, until=until, outlet=outlet)
        searched = bool(q or any(filters.values()))
        results = []
        if searched:
            fn = queries.search_quotes if scope == "quotes" else queries.search_articles
            results = fn(conn, q, limit=50, offset=offset, **filters)
        return page(request, "search.html", {
            "q": q or "", "scope": scope, "speaker": speaker or "", "type": (type or "").upper(),
            "since": since or "", "until": until or "", "outlet": outlet or "", "results": results,
            "searched": searched, "offset": offset,
            "outlets": cache.get(("outlets",), lambda: queries.outlets(conn))})

    @app.get("/feeds", response_class=HTMLResponse, include_in_schema=False)
    def feeds_page(request: Request, conn: sqlite3.Connection = Depends(conn_dep)):
        return page(request, "feeds.html", {"feeds": queries.feeds(conn)})

    @app.get("/api/feeds", tags=["api"], summary="Watched feeds and their state (like `veille watch list`)")
    def api_feeds(conn: sqlite3.Connection = Depends(conn_dep)):
        return {"feeds": queries.feeds(conn)}

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, since: Optional[str] = Since, until: Optional[str] = Until,
                     type: Optional[str] = EventType):
        since, until, type = checked(since, until, type)
        return page(request, "network.html", {"since": since or "", "until": until or "",
                                              "type": (type or "").upper()})

    # -- upload ----------------------------------------------------------------------------------------------
    if allow_upload:
        @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
        def upload_form(request: Request):
            return page(request, "upload.html", {"form": {}})

        @app.post("/upload", include_in_schema=False)
        def upload_post(request: Request, text: str = Form(""), title: str = Form(""), url: str = Form(""),
                        outlet: str = Form(""), published: str = Form(""),
                        file: Optional[UploadFile] = File(None)):
            form = {"text": text, "title": title, "url": url, "outlet": outlet, "published": published}
            try:
                article = _article_from_upload(text, title, url, outlet, published, file)
                article_id = _ingest(article)
            except UploadRefused as exc:
                return page(request, "upload.html", {"form": form, "error": str(exc)}, status_code=400)
            return RedirectResponse(f"/articles/{article_id}", status_code=303)

        @app.post("/api/upload", tags=["api"], summary="Extract and store one article (text or file)")
        def upload_api(text: str = Form(""), title: str = Form(""), url: str = Form(""), outlet: str = Form(""),
                       published: str = Form(""), file: Optional[UploadFile] = File(None)):
            try:
                article = _article_from_upload(text, title, url, outlet, published, file)
                article_id = _ingest(article)
            except UploadRefused as exc:
                return JSONResponse({"detail": str(exc)}, status_code=400)
            return JSONResponse({"id": article_id, "url": f"/articles/{article_id}",
                                 "api": f"/api/articles/{article_id}"}, status_code=201)

    def _ingest(article) -> str:
        # Lazy: the extraction pipeline (spaCy) is loaded only when someone uploads.
        from veille.store import Store
        from veille.store.ingest import ingest_articles

        with upload_lock:
            store = Store(db)
            try:
                report = ingest_articles(store, [article])
            finally:
                store.close()
        errors = _report_errors(report)
        if errors:
            raise UploadRefused(errors[0])
        cache.clear()
        return article.id

    # -- JSON API --------------------------------------------------------------------------------------------
    @app.get("/api/articles", tags=["api"], summary="Recent articles")
    def api_articles(limit: int = Limit, offset: int = Offset, conn: sqlite3.Connection = Depends(conn_dep)):
        return {"articles": queries.recent_articles(conn, limit, offset)}

    @app.get("/api/articles/{article_id}", tags=["api"],
             summary="One article as the output contract of `veille extract` (with its text)")
    def api_article(article_id: str, conn: sqlite3.Connection = Depends(conn_dep)):
        art = _article_or_404(conn, article_id)
        try:
            from veille.store.queries import get_extraction
        except ImportError:  # pragma: no cover - store helper's module not there
            return art
        ext = get_extraction(conn, art["id"])
        out = ext.to_dict(include_text=True)
        out["id"] = art["id"]
        return JSONResponse(out)

    @app.get("/api/quotes", tags=["api"], summary="Quotes by words and/or speaker (like `veille search`)")
    def api_quotes(q: Optional[str] = Query(None, max_length=500), speaker: Optional[str] = Query(None, max_length=200),
                   type: Optional[str] = EventType, since: Optional[str] = Since, until: Optional[str] = Until,
                   outlet: Optional[str] = Query(None, max_length=200), limit: int = Limit, offset: int = Offset,
                   conn: sqlite3.Connection = Depends(conn_dep)):
        since, until, type = checked(since, until, type)
        rows = queries.search_quotes(conn, blank(q), speaker=blank(speaker), event_type=type, since=since,
                                     until=until, outlet=blank(outlet), limit=limit, offset=offset)
        return JSONResponse({"quotes": [_clean_snippet(r) for r in rows]})

    @app.get("/api/search", tags=["api"], summary="Full-text search over quotes and articles")
    def api_search(q: str = Query(..., min_length=1, max_length=500),
                   scope: str = Query("all", pattern="^(all|quotes|articles)$"),
                   speaker: Optional[str] = Query(None, max_length=200), type: Optional[str] = EventType,
                   since: Optional[str] = Since, until: Optional[str] = Until,
                   outlet: Optional[str] = Query(None, max_length=200), limit: int = Limit, offset: int = Offset,
                   conn: sqlite3.Connection = Depends(conn_dep)):
        since, until, type = checked(since, until, type)
        filters = dict(speaker=blank(speaker), event_type=type, since=since, until=until, outlet=blank(outlet),
                       limit=limit, offset=offset)
        out: dict[str, list] = {}
        if scope in ("all", "quotes"):
            out["quotes"] = [_clean_snippet(r) for r in queries.search_quotes(conn, q, **filters)]
        if scope in ("all", "articles"):
            out["articles"] = [_clean_snippet(r) for r in queries.search_articles(conn, q, **filters)]
        return JSONResponse(out)

    @app.get("/api/actors/{name:path}", tags=["api"], summary="One actor (name or kb id), like `veille actor`")
    def api_actor(name: str, limit: int = Limit, conn: sqlite3.Connection = Depends(conn_dep)):
        summary = cache.get(("actor", name, limit), lambda: queries.actor_summary(conn, name, limit=limit))
        if summary is None:
            raise HTTPException(404, f"no actor named {name!r} in the store")
        return JSONResponse(summary)

    @app.get("/api/events", tags=["api"], summary="Events by actor, type and dates (like `veille events`)")
    def api_events(actor: Optional[str] = Query(None, max_length=200,
                                                description="kb id, name, or ISO alpha-3 country code"),
                   role: Optional[str] = Query(None, pattern="^(source|target)$",
                                               description="the side the actor must be on"),
                   mode: Optional[str] = Query(None, max_length=40, description="PLOVER mode"),
                   type: Optional[str] = EventType,
                   since: Optional[str] = Since, until: Optional[str] = Until,
                   outlet: Optional[str] = Query(None, max_length=200), limit: int = Limit, offset: int = Offset,
                   conn: sqlite3.Connection = Depends(conn_dep)):
        since, until, type = checked(since, until, type)
        return JSONResponse({"events": queries.list_events(conn, actor=blank(actor), type=type, since=since,
                                                           until=until, outlet=blank(outlet), role=role,
                                                           mode=blank(mode), limit=limit, offset=offset)})

    @app.get("/api/network", tags=["api"], summary="Actors and their event edges, for the network page")
    def api_network(since: Optional[str] = Since, until: Optional[str] = Until, type: Optional[str] = EventType,
                    max_edges: int = Query(300, ge=1, le=2000), conn: sqlite3.Connection = Depends(conn_dep)):
        since, until, type = checked(since, until, type)
        return JSONResponse(cache.get(("network", since, until, type, max_edges), lambda: queries.network(
            conn, since=since, until=until, type=type, max_edges=max_edges)))

    return app


def create_app_from_env() -> FastAPI:
    """The app factory `veille serve --workers N` hands to uvicorn (each worker process builds its own app)."""
    return create_app(os.environ["VEILLE_WEB_DB"], allow_upload=os.environ.get("VEILLE_WEB_UPLOAD", "1") == "1")


class UploadRefused(Exception):
    pass


def http_url(value: Optional[str]) -> Optional[str]:
    """A URL safe to put in href (http or https only: no javascript: or data: from article metadata)."""
    return value if isinstance(value, str) and re.match(r"^https?://", value, re.I) else None


def _article_or_404(conn: sqlite3.Connection, article_id: str) -> dict:
    art = queries.get_article(conn, article_id)
    if art is None and re.fullmatch(r"[0-9a-f]{8,63}", article_id):
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                                          (article_id, article_id + "g"))]
        if len(ids) == 1:
            art = queries.get_article(conn, ids[0])
    if art is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return art


def _clean_snippet(row: dict) -> dict:
    """API rows carry snippets with [ and ] around matched words instead of the private markers."""
    if row.get("snippet"):
        row = {**row, "snippet": row["snippet"].replace(queries.MARK_OPEN, "[").replace(queries.MARK_CLOSE, "]")}
    return row


def _article_from_upload(text: str, title: str, url: str, outlet: str, published: str,
                         file: Optional[UploadFile]):
    """A pasted text or an uploaded file → one Article (the .txt convention: first line is the title)."""
    from veille.ingest.readers import (ReadError, article_from_html, article_from_record, article_from_text,
                                       decode_text)
    import json

    meta = {"url": url.strip() or None, "outlet": outlet.strip() or None, "published": published.strip() or None}
    if meta["published"] and not re.fullmatch(DATE_PATTERN, meta["published"]):
        raise UploadRefused("published must be YYYY, YYYY-MM or YYYY-MM-DD")
    if meta["url"] and not re.match(r"^https?://", meta["url"]):
        raise UploadRefused("url must start with http:// or https://")
    try:
        if file is not None and file.filename:
            name = Path(file.filename).name
            suffix = Path(name).suffix.lower()
            if suffix not in UPLOAD_SUFFIXES:
                raise UploadRefused(f"{name}: unsupported file type (use .txt, .html or .jsonl)")
            data = file.file.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise UploadRefused(f"{name}: larger than {MAX_UPLOAD_BYTES // 1024} KiB")
            content = decode_text(data, name)
            if suffix in (".html", ".htm"):
                article = article_from_html(content, source_path=None, url=meta["url"])
            elif suffix in (".jsonl", ".ndjson"):
                lines = [ln for ln in content.splitlines() if ln.strip()]
                if len(lines) != 1:
                    raise UploadRefused(f"{name}: upload one article per .jsonl file")
                try:
                    article = article_from_record(json.loads(lines[0]), name)
                except ValueError as exc:
                    raise UploadRefused(f"{name}: invalid JSON ({exc})")
                article.source_path = None
            else:
                article = article_from_text(content)
        elif text.strip():
            if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
                raise UploadRefused(f"text larger than {MAX_UPLOAD_BYTES // 1024} KiB")
            body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            if title.strip() and not body.startswith(title.strip()):
                body = title.strip() + "\n\n" + body
            article = article_from_text(body)
        else:
            raise UploadRefused("paste an article or choose a file")
    except ReadError as exc:
        raise UploadRefused(str(exc)) from exc
    for k, v in meta.items():
        if v:
            setattr(article, k, v)
    if title.strip():
        article.title = title.strip()
    return article


def _report_errors(report: Any) -> list[str]:
    """One-line reasons of the articles an IngestReport says failed (the report's shape is the store's)."""
    errors = getattr(report, "errors", None)
    if errors is None and isinstance(report, dict):
        errors = report.get("errors")
    out = []
    for e in errors or []:
        if isinstance(e, str):
            out.append(e)
        elif isinstance(e, (tuple, list)):
            out.append(": ".join(str(x) for x in e if x))
        else:
            out.append(str(getattr(e, "reason", None) or getattr(e, "message", None) or e))
    return out
