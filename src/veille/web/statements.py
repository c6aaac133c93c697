"""Reading room across articles: statement pages (timeline of reports, outlets, drift), stories, and their JSON API.

One APIRouter, made by `make_router(conn_dep, page)` from the app's read-only connection dependency and page
renderer, so the app includes it with one line. `article_context` and `home_context` give the article page its
« also reported by N outlets » and the home page its stories. Never imports spaCy; reads through
veille.store.crossref.queries only.
"""
from __future__ import annotations

import re
import sqlite3
from typing import Callable, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from veille.store.crossref import queries as X
from veille.names import fold as fold_name

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
HOME_STORIES = 10
PAGE_SIZE = 50


def _date(name: str, value: Optional[str]) -> Optional[str]:
    value = (value or "").strip() or None
    if value and not re.fullmatch(DATE_PATTERN, value):
        raise HTTPException(422, f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def _with_fold(conn: sqlite3.Connection) -> sqlite3.Connection:
    # The speaker filter compares folded names; read-only connections are opened without the store's function.
    conn.create_function("veille_fold", 1, fold_name, deterministic=True)
    return conn


def article_context(conn: sqlite3.Connection, article_id: str) -> dict:
    """For the article page: its quotes reported elsewhere (quote id → statement, reports, other outlets), and its
    story when other articles share it."""
    story = X.story_of_articles(conn, [article_id]).get(article_id)
    return {"reported": X.statements_of_quotes(conn, article_id), "story": story}


def home_context(conn: sqlite3.Connection) -> dict:
    """For the home page: the latest stories of two or more articles."""
    return {"stories": X.list_stories(conn, limit=HOME_STORIES)}


def make_router(conn_dep: Callable, page: Callable) -> APIRouter:
    router = APIRouter()
    Since = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD: a report on or after")
    Until = Query(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD: a report on or before")
    Speaker = Query(None, max_length=200, description="Speaker name (part of it) or kb id")
    MinReports = Query(2, ge=1, le=1000)
    Offset = Query(0, ge=0, le=100_000)
    Limit = Query(PAGE_SIZE, ge=1, le=500)

    def statements(conn, speaker, since, until, min_reports, limit, offset):
        return X.list_statements(_with_fold(conn), speaker=(speaker or "").strip() or None,
                                 since=_date("since", since), until=_date("until", until),
                                 min_reports=min_reports, limit=limit, offset=offset)

    def statement_or_404(conn, statement_id: int) -> dict:
        found = X.get_statement(conn, statement_id)
        if found is None:
            raise HTTPException(404, f"no statement {statement_id} in the store")
        return found

    def story_or_404(conn, story_id: int) -> dict:
        found = X.get_story(conn, story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id} in the store")
        return found

    # -- pages -----------------------------------------------------------------------------------------------
    @router.get("/statements", response_class=HTMLResponse, include_in_schema=False)
    def statements_page(request: Request, speaker: Optional[str] = Speaker, since: Optional[str] = Since,
                        until: Optional[str] = Until, min_reports: int = MinReports, offset: int = Offset,
                        conn: sqlite3.Connection = Depends(conn_dep)):
        rows = statements(conn, speaker, since, until, min_reports, PAGE_SIZE, offset)
        return page(request, "statements.html", {"statements": rows, "speaker": speaker or "", "since": since or "",
                                                 "until": until or "", "min_reports": min_reports,
                                                 "offset": offset, "page_size": PAGE_SIZE})

    @router.get("/statements/{statement_id}", response_class=HTMLResponse, include_in_schema=False)
    def statement_page(request: Request, statement_id: int, conn: sqlite3.Connection = Depends(conn_dep)):
        return page(request, "statement.html", {"s": statement_or_404(conn, statement_id)})

    @router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: int, conn: sqlite3.Connection = Depends(conn_dep)):
        return page(request, "story.html", {"story": story_or_404(conn, story_id)})

    # -- JSON API --------------------------------------------------------------------------------------------
    @router.get("/api/statements", tags=["api"], summary="Statements reported by several articles "
                                                          "(like `veille statements`)")
    def api_statements(speaker: Optional[str] = Speaker, since: Optional[str] = Since, until: Optional[str] = Until,
                       min_reports: int = MinReports, limit: int = Limit, offset: int = Offset,
                       conn: sqlite3.Connection = Depends(conn_dep)):
        return {"statements": statements(conn, speaker, since, until, min_reports, limit, offset)}

    @router.get("/api/statements/{statement_id}", tags=["api"],
                summary="One statement: its reports in time order, relay chains and drift (like `veille statement`)")
    def api_statement(statement_id: int, conn: sqlite3.Connection = Depends(conn_dep)):
        return statement_or_404(conn, statement_id)

    @router.get("/api/stories", tags=["api"], summary="Stories: near-duplicate articles (like `veille stories`)")
    def api_stories(since: Optional[str] = Since, until: Optional[str] = Until,
                    min_articles: int = Query(2, ge=1, le=1000), limit: int = Limit, offset: int = Offset,
                    conn: sqlite3.Connection = Depends(conn_dep)):
        return {"stories": X.list_stories(conn, since=_date("since", since), until=_date("until", until),
                                          min_articles=min_articles, limit=limit, offset=offset)}

    @router.get("/api/stories/{story_id}", tags=["api"], summary="One story: its articles in time order")
    def api_story(story_id: int, conn: sqlite3.Connection = Depends(conn_dep)):
        return story_or_404(conn, story_id)

    @router.get("/api/shared-events", tags=["api"], summary="Events told by several articles "
                                                            "(like `veille shared-events`)")
    def api_shared_events(type: Optional[str] = Query(None, max_length=20), since: Optional[str] = Since,
                          until: Optional[str] = Until, min_reports: int = MinReports, limit: int = Limit,
                          offset: int = Offset, conn: sqlite3.Connection = Depends(conn_dep)):
        return {"events": X.list_shared_events(conn, type=(type or "").strip() or None,
                                               since=_date("since", since), until=_date("until", until),
                                               min_reports=min_reports, limit=limit, offset=offset)}

    @router.get("/api/shared-events/{event_id}", tags=["api"], summary="One shared event and its reports")
    def api_shared_event(event_id: int, conn: sqlite3.Connection = Depends(conn_dep)):
        found = X.get_shared_event(conn, event_id)
        if found is None:
            raise HTTPException(404, f"no shared event {event_id} in the store")
        return found

    return router
