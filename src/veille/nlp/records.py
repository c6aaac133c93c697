"""Doc → Extraction: read what the components wrote into `doc._` and `doc.spans`."""
from __future__ import annotations

import dataclasses
import logging
import re
from typing import Optional

from veille.model import Article, Boilerplate, Extraction
from veille.nlp.extensions import doc_text

log = logging.getLogger(__name__)

# A dateline opens the body: « 20 mars 2016 . – », « 14 juin 2016, France . – », « PARIS, 3 mai (AFP) – ».
_DATELINE_TAIL = re.compile(r"^[^\n]{0,40}?(?:[.,]\s*)?[–—-]")


def publication_date(doc, article: Article) -> Optional[str]:
    """The article's date from its metadata, else from a dateline at the start of its body."""
    if article.published:
        return article.published
    offset = doc._.veille_offset or 0
    text = doc_text(doc)
    body = max(0, article.body_start - offset)
    head = text[body:body + 80].lstrip()
    lead = len(text[body:body + 80]) - len(head)
    for d in doc._.veille_dates or []:
        if d["start"] > body + lead + 3:
            break
        value = d.get("value")
        if value and len(value) == 10 and _DATELINE_TAIL.match(text[d["end"]:d["end"] + 45]):
            return value
    return None


def doc_to_extraction(doc, article: Article) -> Extraction:
    off = doc._.veille_offset or 0
    bps = [Boilerplate(s.start_char + off, s.end_char + off, s.text, s.label_)
           for s in doc.spans.get("veille_boilerplate", [])]
    published = publication_date(doc, article)
    art = article if published == article.published else dataclasses.replace(article, published=published)
    entities = list(doc._.veille_entities or [])
    _roles_at_date(entities, published or doc._.veille_reference_date)
    text = article.text
    for e in entities:
        e.mentions = [m for m in e.mentions if _fits(m, text, "entity mention")]
    quotes = [q for q in (doc._.veille_quotes or []) if _fits(q, text, "quote")]
    return Extraction(article=art, entities=entities, quotes=quotes,
                      events=list(doc._.veille_events or []), boilerplate=bps)


def _fits(record, text: str, what: str) -> bool:
    """A record whose offsets do not point at its own words in the text is dropped, with a warning."""
    start, end = record.start, record.end
    ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text) \
        and (getattr(record, "text", None) is None or text[start:end] == record.text)
    if not ok:
        log.warning("dropped a %s with offsets %r-%r that do not match the text", what, start, end)
    return ok


def _roles_at_date(entities, date: Optional[str]) -> None:
    """The role each known actor held at the article's date (Choïgou: defence minister until May 2024)."""
    from veille.nlp.entities import get_kb

    kb = get_kb()
    getter = getattr(kb, "get", None)
    if getter is None:
        return
    for e in entities:
        if not e.kb_id:
            continue
        actor = getter(e.kb_id)
        if actor is None:
            continue
        try:
            e.role = kb.role_at(actor, date)
        except Exception:  # a malformed role range must not lose the article
            e.role = None
