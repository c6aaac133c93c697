"""process(article) -> Extraction: the one pure function the CLI, the local pool and Dask all call."""
from __future__ import annotations

import logging

from veille import PIPELINE_VERSION
from veille.ingest.langid import detect_language
from veille.ingest.readers import ReadError
from veille.model import Article, Extraction

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = {"fr"}


class UnsupportedLanguage(ReadError):
    pass


def process(article: Article, *, check_language: bool = True) -> Extraction:
    """Extract quotes, speakers, entities, events and boilerplate from one article.

    Raises ReadError (or UnsupportedLanguage) with a one-line reason for input it cannot handle.
    """
    from veille.nlp.pipeline import analyse

    lang = article.language
    if check_language:
        detected = detect_language(article.text)
        if detected not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguage(article.source_path or article.url or article.external_id,
                                      f"unsupported language: {detected}")
        lang = detected
    extraction = analyse(article)
    extraction.language = lang or "fr"
    extraction.pipeline_version = PIPELINE_VERSION
    return extraction
