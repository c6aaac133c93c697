"""A readable terminal rendering (rich) of one extraction: `veille extract --format pretty`.

It shows the same content as the JSON of the output contract: title and metadata, entities, quotes (speaker →
text, cue, via, channel), events and the lines set aside as boilerplate. Article text is printed as text, never
as rich markup.
"""
from __future__ import annotations

from typing import Optional

from veille.model import Extraction

QUOTE_PREVIEW = 300   # characters of a quote shown before it is cut
MAX_FORMS = 6         # distinct mention forms listed per entity


def counted(n: int, noun: str, plural: Optional[str] = None) -> str:
    """'1 article', '3 articles', '0 article' (French and English agree on the singular for one only)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _short(text: Optional[str], limit: int = QUOTE_PREVIEW) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(ext: Extraction, ids) -> str:
    out = []
    for entity_id in ids or []:
        ent = ext.entity(entity_id)
        out.append(ent.name if ent else str(entity_id))
    return ", ".join(out)


def render(ext: Extraction):
    """The rich renderables of one extraction, top to bottom."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    a = ext.article
    parts = []
    header = Text(a.title or a.source_path or a.url or a.id[:12], style="bold")
    meta = [x for x in (a.outlet, a.published, a.url or a.source_path, f"langue: {ext.language}") if x]
    if a.authors:
        meta.append("par " + ", ".join(a.authors))
    header.append("\n" + " · ".join(meta), style="dim")
    parts.append(Panel(header, expand=True))

    if ext.entities:
        table = Table(title=f"Entités ({len(ext.entities)})", title_justify="left", show_lines=False)
        for col in ("id", "nom", "type", "pays", "secteur", "rôle", "mentions", "formes dans l'article"):
            table.add_column(col, overflow="fold")
        for e in ext.entities:
            # The forms the article uses, not every KB alias: that is what a reader checks.
            forms = list(dict.fromkeys(m.text for m in e.mentions if m.text != e.name))
            shown = ", ".join(forms[:MAX_FORMS]) + (" …" if len(forms) > MAX_FORMS else "")
            table.add_row(e.id, Text(e.name), e.type, e.country or "", e.sector or "", Text(e.role or ""),
                          str(len(e.mentions)), Text(shown))
        parts.append(table)

    if ext.quotes:
        table = Table(title=f"Citations ({len(ext.quotes)})", title_justify="left", show_lines=True)
        table.add_column("id")
        table.add_column("locuteur → propos", overflow="fold", ratio=3)
        table.add_column("verbe", overflow="fold")
        table.add_column("via", overflow="fold")
        table.add_column("canal")
        table.add_column("type")
        for q in ext.quotes:
            speaker = _names(ext, [q.speaker]) if q.speaker else "?"
            body = Text(speaker, style="bold cyan")
            if q.speaker_mention and q.speaker_mention.text and q.speaker_mention.text != speaker:
                body.append(f" ({q.speaker_mention.text})", style="cyan")
            body.append(" → ")
            marks = ("« ", " »") if q.kind in ("direct", "mixed") else ("", "")
            body.append(marks[0] + _short(q.text) + marks[1])
            table.add_row(q.id, body, Text(q.cue.text if q.cue else ""), Text(_names(ext, q.via)),
                          q.channel or "", q.kind)
        parts.append(table)

    if ext.events:
        table = Table(title=f"Événements ({len(ext.events)})", title_justify="left", show_lines=False)
        for col in ("id", "type", "source", "cible", "date", "déclencheur", "selon", "drapeaux"):
            table.add_column(col, overflow="fold")
        for v in ext.events:
            flags = [f for f, on in (("nié", v.negated), ("hypothétique", v.hypothetical)) if on]
            if v.mode:
                flags.insert(0, v.mode)
            if v.quote:
                flags.append(f"dans {v.quote}")
            table.add_row(v.id, v.type, Text(_names(ext, v.source)), Text(_names(ext, v.target)),
                          v.date or "", Text(v.trigger.text if v.trigger else ""),
                          Text(_names(ext, v.attributed_to)), ", ".join(flags))
        parts.append(table)

    if ext.boilerplate:
        table = Table(title=f"Hors article ({len(ext.boilerplate)})", title_justify="left")
        table.add_column("raison")
        table.add_column("ligne", overflow="fold")
        for b in ext.boilerplate:
            table.add_row(b.reason, Text(_short(b.text, 160)))
        parts.append(table)

    if not (ext.entities or ext.quotes or ext.events):
        parts.append(Text("Aucune entité, citation ni événement trouvés.", style="dim"))
    return parts


def print_pretty(ext: Extraction, console=None) -> None:
    """Print one extraction to stdout (or to the given rich Console)."""
    from rich.console import Console

    if console is None:
        console = Console()
        if not console.is_terminal:  # piped: a width that keeps the tables readable
            console = Console(width=120)
    for part in render(ext):
        console.print(part)
    console.print()
