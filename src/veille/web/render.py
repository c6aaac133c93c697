"""Article text → safe HTML: the text is cut at every record offset and each piece is escaped on its own.

The article text is untrusted (it may hold markup or script); only this module turns it into HTML, and it never
lets a character of it through unescaped. A piece covered by several records (a cue inside a quote's sentence,
a trigger inside a quote) carries the classes and the provenance of all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import quote as urlquote

from markupsafe import Markup, escape

from veille.query import MARK_END as MARK_CLOSE, MARK_START as MARK_OPEN, actor_key, polarity

SPEAKER_COLOURS = 8   # .spk-0 … .spk-7 in style.css; further speakers reuse them


def actor_url(key: Optional[str]) -> Optional[str]:
    return "/actors/" + urlquote(key, safe="") if key else None


@dataclass
class Layer:
    """One highlighted span of text."""
    start: int
    end: int
    classes: list[str]
    title: str = ""
    href: Optional[str] = None
    anchor: Optional[str] = None          # id given to the first piece of the span
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class Row:
    """One paragraph of the article and the event cards of the sentences that start in it."""
    start: int
    end: int
    html: Markup
    events: list[dict[str, Any]]
    is_title: bool = False


def speaker_colours(quotes: list[dict]) -> dict[Optional[str], int]:
    """A colour index per speaker entity, in order of first quote."""
    colours: dict[Optional[str], int] = {}
    for q in sorted(quotes, key=lambda q: q["start"]):
        if q.get("speaker") and q["speaker"] not in colours:
            colours[q["speaker"]] = len(colours) % SPEAKER_COLOURS
    return colours


def article_layers(article: dict[str, Any]) -> list[Layer]:
    """Boilerplate, quotes (coloured by speaker), cues, speaker mentions (linked) and event triggers."""
    entities = {e["id"]: e for e in article["entities"]}
    colours = speaker_colours(article["quotes"])

    def ent_name(eid: Optional[str]) -> str:
        e = entities.get(eid)
        return e["name"] if e else (eid or "?")

    layers: list[Layer] = []
    for b in article["boilerplate"]:
        layers.append(Layer(b["start"], b["end"], ["bp"], f"boilerplate ({b.get('reason') or 'noise'})"))
    for q in article["quotes"]:
        speaker = entities.get(q["speaker"]) if q.get("speaker") else None
        spk_class = f"spk-{colours[q['speaker']]}" if q.get("speaker") in colours else "spk-none"
        who = (speaker["name"] if speaker else q.get("speaker_name")) or "unknown speaker"
        parts = [f"quote {q['id']} ({q.get('kind') or '?'}) — said by {who}"]
        if q.get("via"):
            parts.append("relayed by " + ", ".join(ent_name(v) for v in q["via"]))
        if q.get("cue"):
            parts.append(f"cue « {q['cue']['text']} »")
        if q.get("channel"):
            parts.append(f"channel: {q['channel']}")
        if q.get("confidence") is not None:
            parts.append(f"confidence {q['confidence']:.2f}")
        if article.get("pipeline_version"):
            parts.append(f"pipeline {article['pipeline_version']}")
        layers.append(Layer(q["start"], q["end"], ["quote", spk_class], "; ".join(parts),
                            anchor=f"quote-{q['id']}", data={"quote": q["id"], "speaker": who}))
        if q.get("cue"):
            c = q["cue"]
            layers.append(Layer(c["start"], c["end"], ["cue"], f"speech cue of quote {q['id']}"))
        if q.get("speaker_mention"):
            m = q["speaker_mention"]
            key = actor_key(speaker.get("kb_id") if speaker else q.get("speaker_kb_id"),
                            speaker["name"] if speaker else q.get("speaker_name"))
            layers.append(Layer(m["start"], m["end"], ["speaker", spk_class],
                                f"speaker of quote {q['id']}: {who}" + (f" ({key})" if key and key != who else ""),
                                href=actor_url(key), data={"speaker": who}))
    for v in article["events"]:
        t = v.get("trigger") or {}
        if t.get("start") is None:
            continue
        src = ", ".join(ent_name(x) for x in v.get("source") or []) or "?"
        tgt = ", ".join(ent_name(x) for x in v.get("target") or []) or "?"
        layers.append(Layer(t["start"], t["end"], ["trigger", polarity(v["type"])],
                            f"event {v['id']} {v['type']}: {src} → {tgt}", anchor=f"trigger-{v['id']}"))
    return [la for la in layers if 0 <= la.start < la.end <= len(article["text"])]


def _piece(text: str, covering: list[Layer], first_of: set[int]) -> Markup:
    if not covering:
        return escape(text)
    classes = []
    for la in covering:
        classes += [c for c in la.classes if c not in classes]
    attrs = [f'class="{escape(" ".join(classes))}"', f'title="{escape(" | ".join(la.title for la in covering))}"']
    for la in covering:
        if id(la) in first_of and la.anchor:
            attrs.append(f'id="{escape(la.anchor)}"')
        for k, val in la.data.items():
            attrs.append(f'data-{escape(k)}="{escape(val)}"')
    inner = Markup(f"<span {' '.join(attrs)}>") + escape(text) + Markup("</span>")
    link = next((la for la in covering if la.href), None)
    if link:
        inner = Markup(f'<a href="{escape(link.href)}">') + inner + Markup("</a>")
    return inner


def highlight(text: str, layers: list[Layer], start: int = 0, end: Optional[int] = None) -> Markup:
    """HTML of text[start:end] with every layer as a span; each piece of text escaped."""
    end = len(text) if end is None else end
    inside = [la for la in layers if la.start < end and la.end > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for la in inside for x in (la.start, la.end)})
    started: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        covering = [la for la in inside if la.start <= a and la.end >= b]
        first_of = {id(la) for la in covering if la.start == a and id(la) not in started}
        started |= first_of
        out.append(_piece(text[a:b], covering, first_of))
    return Markup("").join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) offsets."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def article_rows(article: dict[str, Any]) -> list[Row]:
    """The article as paragraphs of highlighted HTML, each with the events whose sentence starts in it."""
    text = article["text"]
    layers = article_layers(article)
    paras = paragraphs(text)
    rows = []
    events = sorted(article["events"], key=lambda v: ((v.get("sentence") or {}).get("start") or 0))
    placed: set[str] = set()
    for i, (s, e) in enumerate(paras):
        next_start = paras[i + 1][0] if i + 1 < len(paras) else len(text) + 1
        mine = [v for v in events if v["id"] not in placed
                and s <= ((v.get("sentence") or {}).get("start") or 0) < next_start]
        placed.update(v["id"] for v in mine)
        rows.append(Row(s, e, highlight(text, layers, s, e), mine,
                        is_title=bool(article.get("body_start")) and e <= article["body_start"]))
    leftovers = [v for v in events if v["id"] not in placed]
    if leftovers and rows:
        rows[-1].events.extend(leftovers)
    return rows


def snippet_html(snippet: Optional[str]) -> Markup:
    """An FTS5 snippet with its match markers turned into <mark>, every other character escaped."""
    if not snippet:
        return Markup("")
    out, open_ = [], False
    for piece in re.split(f"([{MARK_OPEN}{MARK_CLOSE}])", snippet):
        if piece == MARK_OPEN:
            if not open_:
                out.append(Markup("<mark>"))
                open_ = True
        elif piece == MARK_CLOSE:
            if open_:
                out.append(Markup("</mark>"))
                open_ = False
        elif piece:
            out.append(escape(piece))
    if open_:
        out.append(Markup("</mark>"))
    return Markup("").join(out)
