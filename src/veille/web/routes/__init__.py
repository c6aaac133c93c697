"""The reading room's routers, one per page family. `create_app` includes every router of ROUTERS, in order;
a new page family is a module here with a `router = APIRouter()` and one more line below."""
from veille.web import deps
from veille.web import statements as crossref_pages
from veille.web.routes import actors, api, articles, feeds, network, search, upload

# statements and stories across articles (web/statements.py builds its router from the shared dependencies)
statements = crossref_pages.make_router(deps.conn, deps.page)
ROUTERS = (articles.router, actors.router, search.router, network.router, feeds.router, api.router, statements)
UPLOAD_ROUTER = upload.router   # included only when uploads are allowed

__all__ = ["ROUTERS", "UPLOAD_ROUTER"]
