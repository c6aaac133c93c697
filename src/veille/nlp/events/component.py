"""The `veille_events` component: writes `doc._.veille_events`, the events one `EventRun` finds in the Doc."""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from veille.nlp.events.extractor import EventRun
from veille.nlp.events.lexicon import bound_word_caches, lexicon

log = logging.getLogger(__name__)


@Language.factory("veille_events", assigns=["doc._.veille_events"], requires=[], default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str):
    return EventExtractor(lang)


class EventExtractor:
    """The `veille_events` component: writes `doc._.veille_events`."""

    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        bound_word_caches()
        try:
            doc._.veille_events = EventRun(doc, lexicon(self.lang)).run()
        except Exception:  # an event bug must not lose the article's quotes and entities
            log.exception("event extraction failed")
            doc._.veille_events = []
        return doc
