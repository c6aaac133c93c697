"""Moved: the store's read queries are `veille.query` (one read layer for the CLI, the web and Python callers).

This name stays so that code written against it keeps working; new code imports `veille.query`.
"""
from veille.query import *  # noqa: F401,F403
from veille.query import __all__  # noqa: F401
