"""The corpus store: SQLite (WAL, FTS5) with named migrations, one writer, queries and exports.

Storage knows records (veille.model), never spaCy: extraction happens in veille.process, called by
veille.store.ingest through veille.runner.
"""
from veille.store.db import Store, default_db_path
from veille.store.writer import article_key

__all__ = ["Store", "article_key", "default_db_path"]
