"""Page: watched feeds and their state (veille watch)."""
from __future__ import annotations

import sqlite3

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from veille import query
from veille.web.deps import conn, page

router = APIRouter(include_in_schema=False)


@router.get("/feeds", response_class=HTMLResponse)
def feeds_page(request: Request, c: sqlite3.Connection = Depends(conn)):
    return page(request, "feeds.html", {"feeds": query.feeds(c)})
