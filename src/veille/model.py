"""Plain records that flow from extraction to storage and display.

No spaCy, no SQL: storage, the web app and exports only ever see these dataclasses. `Extraction.to_dict()`
is the JSON object of the output contract (CONTRACT.md); `Extraction.from_dict()` reads it back.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER's quad category of each type (PLOVER manual, "Quad categories in PLOVER"): 1 verbal cooperation,
# 2 material cooperation, 3 verbal conflict, 4 material conflict
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One article as read: `text` is what every offset refers to."""
    text: str
    title: Optional[str] = None
    published: Optional[str] = None      # ISO date
    url: Optional[str] = None
    outlet: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    language: Optional[str] = None       # detected or declared
    source_path: Optional[str] = None
    external_id: Optional[str] = None    # e.g. the `id` of a .jsonl record
    body_start: int = 0                  # where the body starts in `text` (after a title line)

    @property
    def id(self) -> str:
        """Content hash: the same text is the same article."""
        return text_sha256(self.text)


@dataclass
class TextSpan:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    type: str                            # PER | ORG | GPE | LOC | MISC
    kb_id: Optional[str] = None
    country: Optional[str] = None        # ISO 3166 alpha-3
    sector: Optional[str] = None         # PLOVER sector code
    role: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    start: int
    end: int
    text: str
    kind: str                            # direct | indirect | mixed
    speaker: Optional[str] = None        # entity id
    speaker_mention: Optional[TextSpan] = None
    cue: Optional[TextSpan] = None
    via: list[str] = field(default_factory=list)
    channel: Optional[str] = None        # tweet | speech | interview | statement
    confidence: float = 0.0


@dataclass
class EventMention:
    trigger: TextSpan
    sentence: TextSpan


@dataclass
class Event:
    id: str
    type: str
    trigger: TextSpan
    sentence: TextSpan
    mode: Optional[str] = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    # "context" when no clause telling the event names its recipient and `target` is the one the context gives
    target_from: Optional[str] = None
    # likewise "context" when no clause telling the event names its author and `source` is the context's
    source_from: Optional[str] = None
    # the entity id of the town, region or country named as where the act was done (PLOVER's event_loc), or None
    place: Optional[str] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    quote: Optional[str] = None
    attributed_to: list[str] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.0
    mentions: list[EventMention] = field(default_factory=list)


@dataclass
class Boilerplate:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class Extraction:
    """Everything veille knows about one article: the records `process()` returns."""
    article: Article
    language: str = "fr"
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    pipeline_version: str = ""

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "text_sha256": a.id,
            "language": self.language,
            "title": a.title,
            "published": a.published,
            "url": a.url,
            "outlet": a.outlet,
            "authors": list(a.authors),
            "source_path": a.source_path,
            "pipeline_version": self.pipeline_version,
            "boilerplate": [asdict(b) for b in self.boilerplate],
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(v) for v in self.events],
        }
        if include_text:
            out["text"] = a.text
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str = "") -> "Extraction":
        art = Article(text=d.get("text", text), title=d.get("title"), published=d.get("published"),
                      url=d.get("url"), outlet=d.get("outlet"), authors=list(d.get("authors") or []),
                      language=d.get("language"), source_path=d.get("source_path"))
        span = lambda x: TextSpan(**x) if x else None  # noqa: E731
        ents = [Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions") or []]})
                for e in d.get("entities") or []]
        quotes = [Quote(**{**q, "speaker_mention": span(q.get("speaker_mention")), "cue": span(q.get("cue"))})
                  for q in d.get("quotes") or []]
        events = [Event(**{**v, "trigger": span(v["trigger"]), "sentence": span(v["sentence"]),
                           "mentions": [EventMention(span(m["trigger"]), span(m["sentence"]))
                                        for m in v.get("mentions") or []]})
                  for v in d.get("events") or []]
        bps = [Boilerplate(**b) for b in d.get("boilerplate") or []]
        return cls(article=art, language=d.get("language") or "fr", entities=ents, quotes=quotes,
                   events=events, boilerplate=bps, pipeline_version=d.get("pipeline_version", ""))
