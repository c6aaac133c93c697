"""PLOVER JSON export: one record per event of an Extraction (`veille extract --format plover`).

Follows the PLOVER manual's JSON table (id, date, actor, recipient, event, mode, context, event_text, text,
text_info, cite_info …), with veille's own fields added where PLOVER has none: the date as written, the quote and
the sources a claim rests on, every telling of the event. Dates stay as precise as the article allows (YYYY-MM-DD,
YYYY-MM or YYYY) and `date_precision` says which; the auxiliary modes negation and hypothetical go into `context`
as the manual suggests. Plain records in, plain dicts out: no spaCy here.
"""
from __future__ import annotations

from typing import Any

from veille import PIPELINE_VERSION
from veille.model import PLOVER_QUAD as QUAD, Entity, Event, Extraction

CODEBOOK = "PLOVER draft 2.0 (openeventdata)"


# Contexts that follow from a mode or from an actor's sector (PLOVER general contexts).
MODE_CONTEXT = {"unconventional": "cbrn", "crowd-control": "repression", "troops": "military",
                "weapons": "military", "police": "repression", "martial-law": "rights_freedoms",
                "curfew": "rights_freedoms", "censor": "rights_freedoms", "arrest": "repression",
                "cyber": "cyber", "misinformation": "misinformation"}
SECTOR_CONTEXT = {"MIL": "military", "GOV": "executive", "LEG": "legislative", "JUD": "legal"}


def _precision(date: str | None) -> str | None:
    if not date:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(date))


def _entity(ent: Entity | None, entity_id: str) -> dict[str, Any]:
    if ent is None:
        return {"entity_text": None, "identifier_id": entity_id}
    return {
        "entity_text": ent.name,
        "code": ent.country,
        "sector": ent.sector,
        "identifier_id": ent.kb_id,
        "identifier_text": ent.name,
        "office": ent.role,
        "entity_type": ent.type,
        "veille_id": ent.id,
    }


def _context(ev: Event, actors: list[Entity | None]) -> list[str]:
    ctx: list[str] = []
    if ev.mode and ev.mode in MODE_CONTEXT:
        ctx.append(MODE_CONTEXT[ev.mode])
    for a in actors:
        if a is not None and a.sector in SECTOR_CONTEXT and SECTOR_CONTEXT[a.sector] not in ctx:
            ctx.append(SECTOR_CONTEXT[a.sector])
    if ev.negated:
        ctx.append("negation")
    if ev.hypothetical:
        ctx.append("hypothetical")
    return ctx


def plover_records(extraction: Extraction) -> list[dict[str, Any]]:
    """PLOVER JSON records for every event of one article, in the order of their first telling."""
    art = extraction.article
    text = art.text or ""
    cite = {
        "title": art.title, "url": art.url, "publication": art.outlet, "language": extraction.language,
        "citation": art.source_path or art.external_id, "coder": f"veille {PIPELINE_VERSION}",
        "codebook": CODEBOOK,
    }
    names = {e.id: e for e in extraction.entities}
    quotes = {q.id: q for q in extraction.quotes}
    out = []
    for ev in extraction.events:
        actors = [names.get(x) for x in ev.source]
        recipients = [names.get(x) for x in ev.target]
        quote = quotes.get(ev.quote) if ev.quote else None
        sentence = text[ev.sentence.start:ev.sentence.end] if text else ev.sentence.text
        out.append({
            "id": f"{art.id[:16]}-{ev.id}",
            "has_event": True,
            "date": ev.date,
            "date_precision": _precision(ev.date),
            "date_text": ev.date_text,
            "actor": [_entity(a, x) for a, x in zip(actors, ev.source)],
            "recipient": [_entity(r, x) for r, x in zip(recipients, ev.target)],
            "event": [ev.type],
            "mode": [ev.mode] if ev.mode else [],
            "context": _context(ev, actors + recipients),
            # the town, region or country named as where it was done
            "event_loc": _entity(names.get(ev.place), ev.place) if ev.place else None,
            "quad_code": QUAD.get(ev.type),
            "event_text": [m.trigger.text for m in ev.mentions] or [ev.trigger.text],
            "text": sentence,
            "text_info": {
                "start": ev.sentence.start, "end": ev.sentence.end,
                "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
                "mentions": [{"trigger": [m.trigger.start, m.trigger.end], "sentence": [m.sentence.start, m.sentence.end]}
                             for m in ev.mentions],
            },
            "cite_info": cite,
            "attribution": {
                "quote": ev.quote,
                "speaker": quote.speaker if quote is not None else None,
                "attributed_to": [_entity(names.get(x), x) for x in ev.attributed_to],
            },
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "target_from": ev.target_from,
            "source_from": ev.source_from,
            "confidence": ev.confidence,
            "coded_date": None,
        })
    return out
