"""The one read layer over a veille store: the CLI, the Python API, the web pages and the JSON API all call it.

Row shapes (one per record kind) are documented in docs/queries.md. Storage-level code only: never imports spaCy.
"""
from veille.query.actors import actor_summary, find_actors
from veille.query.articles import (counts, feeds, get_article, get_extraction, outlets, recent_articles,
                                   resolve_article)
from veille.query.base import (MARK_END, MARK_START, BadFilter, actor_key, check_date, check_event_type,
                               check_role, clean_text, connect_readonly, fts_query, plain_snippet, polarity)
from veille.query.events import list_events, network
from veille.query.search import search_articles, search_quotes

__all__ = ["BadFilter", "MARK_END", "MARK_START", "actor_key", "actor_summary", "check_date", "check_event_type",
           "check_role", "clean_text", "connect_readonly", "counts", "feeds", "find_actors", "fts_query",
           "get_article", "get_extraction", "list_events", "network", "outlets", "plain_snippet", "polarity",
           "recent_articles", "resolve_article", "search_articles", "search_quotes"]
