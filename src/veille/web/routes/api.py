"""The JSON API: the same queries as the CLI (veille.query), the same records (docs/queries.md)."""
from __future__ import annotations

import sqlite3
from typing import Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from veille import query
from veille.web.deps import (EventType, Limit, Offset, Outlet, Since, Speaker, Until, Words, article_or_404, cached,
                             conn, filters, page)
from veille.web.routes.actors import summary_or_404

router = APIRouter(prefix="/api", tags=["api"])


@router.get("", response_class=HTMLResponse, include_in_schema=False)
def api_index(request: Request):
    """The endpoints of the OpenAPI schema as a page (no Swagger UI: it loads its scripts from a CDN)."""
    spec = request.app.openapi()
    endpoints = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                  "params": [(p["name"], p.get("in"), (p.get("schema") or {}).get("description")
                              or p.get("description") or "") for p in op.get("parameters", [])]}
                 for path, ops in spec["paths"].items() for method, op in ops.items()]
    return page(request, "api.html", {"endpoints": endpoints})


@router.get("/articles", summary="Newest articles with their quote and event counts")
def api_articles(limit: int = Limit, offset: int = Offset, c: sqlite3.Connection = Depends(conn)):
    return {"articles": query.recent_articles(c, limit=limit, offset=offset)}


@router.get("/articles/{article_id}",
            summary="One article as the output contract of `veille extract` (with its text)")
def api_article(article_id: str, c: sqlite3.Connection = Depends(conn)):
    aid = article_or_404(c, article_id)
    out = query.get_extraction(c, aid).to_dict(include_text=True)
    out["id"] = aid
    return JSONResponse(out)


@router.get("/quotes", summary="Quotes by words and/or filters (like `veille search --format json`)")
def api_quotes(q: Optional[str] = Words, speaker: Optional[str] = Speaker, type: Optional[str] = EventType,
               since: Optional[str] = Since, until: Optional[str] = Until, outlet: Optional[str] = Outlet,
               limit: int = Limit, offset: int = Offset, c: sqlite3.Connection = Depends(conn)):
    f = filters(since, until, type, q=q, speaker=speaker, outlet=outlet)
    rows = query.search_quotes(c, f["q"], speaker=f["speaker"], event_type=f["type"], since=f["since"],
                               until=f["until"], outlet=f["outlet"], limit=limit, offset=offset)
    return JSONResponse({"quotes": [query.plain_snippet(r) for r in rows]})


@router.get("/search", summary="Full-text search over quotes and articles")
def api_search(q: str = Query(..., min_length=1, max_length=500),
               scope: str = Query("all", pattern="^(all|quotes|articles)$"),
               speaker: Optional[str] = Speaker, type: Optional[str] = EventType,
               since: Optional[str] = Since, until: Optional[str] = Until, outlet: Optional[str] = Outlet,
               limit: int = Limit, offset: int = Offset, c: sqlite3.Connection = Depends(conn)):
    f = filters(since, until, type, speaker=speaker, outlet=outlet)
    kw = dict(speaker=f["speaker"], event_type=f["type"], since=f["since"], until=f["until"], outlet=f["outlet"],
              limit=limit, offset=offset)
    out: dict[str, list] = {}
    if scope in ("all", "quotes"):
        out["quotes"] = [query.plain_snippet(r) for r in query.search_quotes(c, q, **kw)]
    if scope in ("all", "articles"):
        out["articles"] = [query.plain_snippet(r) for r in query.search_articles(c, q, **kw)]
    return JSONResponse(out)


@router.get("/actors/{name:path}", summary="One actor (name, alias, kb id or country code), like `veille actor`")
def api_actor(request: Request, name: str, limit: int = Limit, c: sqlite3.Connection = Depends(conn)):
    return JSONResponse(summary_or_404(request, c, name, limit))


@router.get("/events", summary="Events by actor, type and dates, newest first (like `veille events`)")
def api_events(actor: Optional[str] = Query(None, max_length=200,
                                            description="kb id, name, or ISO alpha-3 country code"),
               role: Optional[str] = Query(None, pattern="^(source|target)$",
                                           description="the side the actor must be on"),
               mode: Optional[str] = Query(None, max_length=40, description="PLOVER mode"),
               type: Optional[str] = EventType, since: Optional[str] = Since, until: Optional[str] = Until,
               outlet: Optional[str] = Outlet, limit: int = Limit, offset: int = Offset,
               c: sqlite3.Connection = Depends(conn)):
    f = filters(since, until, type, actor=actor, mode=mode, outlet=outlet)
    return JSONResponse({"events": query.list_events(c, actor=f["actor"], type=f["type"], since=f["since"],
                                                     until=f["until"], outlet=f["outlet"], role=role,
                                                     mode=f["mode"], limit=limit, offset=offset)})


@router.get("/network", summary="Actors and their event edges, for the network page")
def api_network(request: Request, since: Optional[str] = Since, until: Optional[str] = Until,
                type: Optional[str] = EventType, max_edges: int = Query(300, ge=1, le=2000),
                c: sqlite3.Connection = Depends(conn)):
    f = filters(since, until, type)
    return JSONResponse(cached(request, ("network", f["since"], f["until"], f["type"], max_edges),
                               lambda: query.network(c, since=f["since"], until=f["until"], type=f["type"],
                                                     max_edges=max_edges)))


@router.get("/feeds", summary="Watched feeds and their state (like `veille watch list`)")
def api_feeds(c: sqlite3.Connection = Depends(conn)):
    return {"feeds": query.feeds(c)}
