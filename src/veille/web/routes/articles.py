"""Pages: the home page (counts and newest articles) and one article with its records highlighted."""
from __future__ import annotations

import sqlite3

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from veille import query
from veille.web import statements as crossref_pages
from veille.web.deps import Offset, article_or_404, cached, conn, page
from veille.web.render import article_rows, speaker_colours

router = APIRouter(include_in_schema=False)


@router.get("/healthz", response_class=PlainTextResponse)
def healthz():
    return "ok"


@router.get("/", response_class=HTMLResponse)
def home(request: Request, offset: int = Offset, c: sqlite3.Connection = Depends(conn)):
    totals = cached(request, ("counts",), lambda: query.counts(c))
    stories = cached(request, ("crossref-home",), lambda: crossref_pages.home_context(c))
    return page(request, "index.html", {"counts": totals, "offset": offset, **stories,
                                        "articles": query.recent_articles(c, limit=50, offset=offset)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, c: sqlite3.Connection = Depends(conn)):
    art = query.get_article(c, article_or_404(c, article_id))
    colours = speaker_colours(art["quotes"])
    entities = {e["id"]: e for e in art["entities"]}
    speakers = [{"entity": entities.get(eid), "colour": colour,
                 "quotes": sum(q["speaker"] == eid for q in art["quotes"])} for eid, colour in colours.items()]
    cited = sorted((e for e in art["entities"] if e["mentions"]), key=lambda e: -len(e["mentions"]))[:40]
    return page(request, "article.html", {"a": art, "rows": article_rows(art), "entities": entities,
                                          "speakers": speakers, "cited": cited,
                                          **crossref_pages.article_context(c, art["id"])})
