"""What the routers share: the connection of a request, the page renderer, the cache, common query parameters.

The app keeps its pool, cache, templates and upload jobs on `app.state` (see app.create_app); routers reach them
through the request, so a router module is a plain `APIRouter` with no set-up of its own.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import jinja2
from fastapi import HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from veille import __version__, query
from veille.model import PLOVER_TYPES
from veille.web.render import actor_url, snippet_html

HERE = Path(__file__).parent
MAX_LIMIT = 500

# Empty form fields mean "no filter": values are checked after blanks are dropped (see `filters`).
Since = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
Until = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
EventType = Query(None, max_length=20, description="PLOVER event type: " + ", ".join(PLOVER_TYPES))
Words = Query(None, max_length=500, description='words that must all appear; "a phrase"; prefix*')
Speaker = Query(None, max_length=200, description="speaker: name or alias (any case or accents), kb id, or "
                                                  "country code")
Outlet = Query(None, max_length=200, description="outlet (any case or accents)")
Limit = Query(50, ge=1, le=MAX_LIMIT)
Offset = Query(0, ge=0, le=100_000)


def templates() -> Jinja2Templates:
    # auto_reload off: the templates ship with the package, so no stat() of each one on every page (measured: 2% of
    # an actor page's time under load).
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(actor_url=actor_url, polarity=query.polarity, plover_types=PLOVER_TYPES,
                       snippet_html=snippet_html, version=__version__, http_url=http_url)
    return Jinja2Templates(env=env)


def http_url(value: Optional[str]) -> Optional[str]:
    """A URL safe to put in href (http or https only: no javascript: or data: from article metadata)."""
    return value if isinstance(value, str) and re.match(r"^https?://", value, re.I) else None


def conn(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request (FastAPI dependency)."""
    with request.app.state.pool.connection() as c:
        yield c


def page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, name, {"allow_upload": request.app.state.allow_upload, **context}, status_code=status_code)


def cached(request: Request, key: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`, or its result kept since the store last changed."""
    return request.app.state.cache.get(key, compute)


def filters(since: Optional[str] = None, until: Optional[str] = None, type: Optional[str] = None,
            **text: Optional[str]) -> dict[str, Optional[str]]:
    """Checked filters: blanks dropped, control characters removed, dates and event type validated (422)."""
    try:
        out = {"since": query.check_date("since", since), "until": query.check_date("until", until),
               "type": query.check_event_type(type)}
    except query.BadFilter as exc:
        raise HTTPException(422, str(exc)) from None
    return {**out, **{k: query.clean_text(v) for k, v in text.items()}}


def article_or_404(c: sqlite3.Connection, article_id: str) -> str:
    aid = query.resolve_article(c, article_id)
    if aid is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return aid
