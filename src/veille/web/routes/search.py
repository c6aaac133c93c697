"""Page: full-text search over quotes or articles, with filters."""
from __future__ import annotations

import sqlite3
from typing import Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from veille import query
from veille.web.deps import EventType, Offset, Outlet, Since, Speaker, Until, Words, cached, conn, filters, page

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Optional[str] = Words,
                scope: str = Query("quotes", pattern="^(quotes|articles)$"),
                speaker: Optional[str] = Speaker, type: Optional[str] = EventType,
                since: Optional[str] = Since, until: Optional[str] = Until,
                outlet: Optional[str] = Outlet, offset: int = Offset, c: sqlite3.Connection = Depends(conn)):
    f = filters(since, until, type, q=q, speaker=speaker, outlet=outlet)
    searched = any(f.values())
    results = []
    if searched:
        search = query.search_quotes if scope == "quotes" else query.search_articles
        results = search(c, f["q"], speaker=f["speaker"], event_type=f["type"], since=f["since"],
                         until=f["until"], outlet=f["outlet"], limit=PAGE_SIZE, offset=offset)
    return page(request, "search.html", {
        **{k: v or "" for k, v in f.items()}, "scope": scope, "results": results, "searched": searched,
        "offset": offset, "outlets": cached(request, ("outlets",), lambda: query.outlets(c))})
