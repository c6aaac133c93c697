"""Page: the actor network (drawn by static/network.js from /api/network)."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from veille.web.deps import EventType, Since, Until, filters, page

router = APIRouter(include_in_schema=False)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: Optional[str] = Since, until: Optional[str] = Until,
                 type: Optional[str] = EventType):
    return page(request, "network.html", {k: v or "" for k, v in filters(since, until, type).items()})
