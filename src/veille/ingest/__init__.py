"""Readers that turn files, records and pages into `Article`s."""
from veille.ingest.readers import ReadError, article_from_html, article_from_record, article_from_text, read_path

__all__ = ["ReadError", "article_from_html", "article_from_record", "article_from_text", "read_path"]
