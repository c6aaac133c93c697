"""The reading room: server-rendered pages and a JSON API over a veille store.

Read-only on the store (connections opened with mode=ro and query_only) except the upload path, which goes
through veille.store.ingest.ingest_articles like every other writer, in a background job. Never imports spaCy
or veille.nlp: the upload job imports the ingest path lazily, and that path calls veille.process.process.

The pages and the API are routers by page family (veille.web.routes); they share what this module puts on
`app.state` through veille.web.deps.
"""
from __future__ import annotations

import gc
import logging
import os
import sqlite3
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Iterable

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from veille import __version__, query
from veille.web.deps import HERE, page, templates
from veille.web.guard import GuardMiddleware, allowed_hosts
from veille.web.jobs import UploadJobs
from veille.web.routes import ROUTERS, UPLOAD_ROUTER
from veille.web.routes.upload import UPLOAD_PATHS, ingest_upload
from veille.web.state import ConnectionPool, StateCache, StoreMissing

log = logging.getLogger(__name__)

NETWORK_DEFAULT_KEY = ("network", None, None, None, 300)


def create_app(db_path: str | os.PathLike, allow_upload: bool = True, host: str = "127.0.0.1",
               allow_hosts: Iterable[str] = ()) -> FastAPI:
    """The reading room over the store at `db_path`; `allow_upload=False` makes it strictly read-only.

    Uploads are accepted only when addressed to `host` (the address served), a loopback name or one of
    `allow_hosts` (the names a reverse proxy forwards), from this server's own pages."""
    db = Path(db_path)
    pool = ConnectionPool(db)
    cache = StateCache(pool)

    def warm_up() -> None:
        # The network over the whole store is the one heavy query: compute it before the first visitor asks.
        try:
            with pool.connection() as conn:
                cache.get(NETWORK_DEFAULT_KEY, lambda: query.network(conn))
        except (StoreMissing, sqlite3.Error) as exc:
            log.info("network warm-up skipped: %s", exc)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # What start-up made (modules, routes, templates) lives as long as the server: out of the garbage
        # collector's sight, a full collection walks the requests' objects only, not a few hundred thousand more
        # with the GIL held (measured: 40-90 ms pauses of every request under load, a few per second).
        gc.freeze()
        threading.Thread(target=warm_up, name="veille-web-warm-up", daemon=True).start()
        yield

    # No Swagger UI or ReDoc: they load their scripts from a CDN. /api lists the endpoints from the OpenAPI schema.
    app = FastAPI(title="veille reading room", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Quotes, speakers and events extracted from French news, as stored by veille. "
                              "Read-only except the upload path.",
                  openapi_tags=[{"name": "api", "description": "JSON API mirroring the CLI"}])
    app.state.db_path, app.state.allow_upload = db, allow_upload
    app.state.pool, app.state.cache, app.state.templates = pool, cache, templates()
    app.state.uploads = UploadJobs(db, ingest_upload, cache.clear)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(GuardMiddleware, upload_paths=UPLOAD_PATHS, hosts=allowed_hosts(host, allow_hosts))
    for router in ROUTERS:
        app.include_router(router)
    if allow_upload:
        app.include_router(UPLOAD_ROUTER)
    add_error_pages(app)
    return app


def add_error_pages(app: FastAPI) -> None:
    """Errors as one line: JSON under /api/ and /static/, an error page elsewhere."""

    def answer(request: Request, status: int, message: str):
        if request.url.path.startswith(("/api/", "/static/")):
            return JSONResponse({"detail": message}, status_code=status)
        return page(request, "error.html", {"status": status, "message": message}, status_code=status)

    @app.exception_handler(StoreMissing)
    async def store_missing(request: Request, exc: StoreMissing):
        return answer(request, 503, f"no veille store at {exc}: ingest articles first (veille ingest …)"
                      + (" or upload one" if request.app.state.allow_upload else ""))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return answer(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        return answer(request, 422, "; ".join(f"{'.'.join(str(x) for x in e.get('loc', [])[1:])}: {e.get('msg')}"
                                              for e in exc.errors()))


def create_app_from_env() -> FastAPI:
    """The app factory `veille serve --workers N` hands to uvicorn (each worker process builds its own app)."""
    return create_app(os.environ["VEILLE_WEB_DB"], allow_upload=os.environ.get("VEILLE_WEB_UPLOAD", "1") == "1",
                      host=os.environ.get("VEILLE_WEB_HOST", "127.0.0.1"),
                      allow_hosts=[h for h in os.environ.get("VEILLE_WEB_ALLOW_HOSTS", "").split(",") if h])
