"""Doc → Extraction: read what the components wrote into `doc._` and `doc.spans`."""
from __future__ import annotations

from veille.model import Article, Boilerplate, Extraction


def doc_to_extraction(doc, article: Article) -> Extraction:
    bps = [Boilerplate(s.start_char, s.end_char, s.text, s.label_) for s in doc.spans.get("veille_boilerplate", [])]
    return Extraction(article=article, entities=list(doc._.veille_entities or []),
                      quotes=list(doc._.veille_quotes or []), events=list(doc._.veille_events or []),
                      boilerplate=bps)
