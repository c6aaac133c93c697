"""Actors across articles: countries, people and organisations with multilingual aliases and date-ranged roles.

    from veille.kb import get_kb
    kb = get_kb()
    kb.match("Loukachenko", "PER")        # Actor(kb_id=..., country="BLR", sector="GOV", ...)
    kb.place_country("le Kremlin")        # the Russia actor
    kb.demonym_country("biélorusses")     # "BLR"
    kb.role_at(actor, "2024-06-01")       # title valid at that date
"""
from __future__ import annotations

import functools

from veille.kb.build import load_kb
from veille.kb.kb import KB, Actor, Role
from veille.names import fold, name_key, stable_id, strip_determiner

__all__ = ["KB", "Actor", "Role", "get_kb", "load_kb", "fold", "name_key", "stable_id", "strip_determiner"]


@functools.lru_cache(maxsize=1)
def get_kb() -> KB:
    """The KB of this process (shipped data plus the user's imported file), loaded once from the index cache."""
    return load_kb()
