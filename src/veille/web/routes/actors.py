"""Page: one actor (names, roles, events by type, counterparts, newest events and quotes)."""
from __future__ import annotations

import sqlite3

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from veille import query
from veille.web.deps import cached, conn, page

router = APIRouter(include_in_schema=False)

ACTOR_PAGE_ITEMS = 50                      # newest quotes and events shown on an actor page


def summary_or_404(request: Request, c: sqlite3.Connection, key: str, limit: int) -> dict:
    """The actor summary (cached until the store changes), or 404."""
    key = query.clean_text(key) or ""
    summary = cached(request, ("actor", key, limit), lambda: query.actor_summary(c, key, limit=limit)) \
        if key else None
    if summary is None:
        raise HTTPException(404, f"no actor named {key!r} in the store")
    return summary


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(request: Request, key: str, c: sqlite3.Connection = Depends(conn)):
    return page(request, "actor.html", {"actor": summary_or_404(request, c, key, ACTOR_PAGE_ITEMS)})
