"""CLI commands that query the store: search, actor, events. They call veille.query, like the reading room,
and print its records: `--format json` (one JSON array, or object for `actor`), `jsonl` (one record a line) or
`table` (for reading, the default). Row shapes: docs/queries.md."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from veille.render import counted
from veille.store.commands_common import db_option, error, open_store, stdout_console


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def format_option():
    return typer.Option(Format.table, "--format", "-f", help="table | json (one document) | jsonl (a record a line).")


def json_flag():
    return typer.Option(False, "--json", hidden=True, help="Same as --format jsonl (kept for scripts).")


def since_option():
    return typer.Option(None, "--since", help="On or after (YYYY[-MM[-DD]]).")


def until_option():
    return typer.Option(None, "--until", help="On or before (YYYY[-MM[-DD]]; a partial date includes its period).")


def checked_filters(**values: Optional[str]) -> dict[str, Optional[str]]:
    """Filters as the web checks them: blanks and control characters out, dates and event type validated."""
    from veille import query

    try:
        out = {k: query.clean_text(v) for k, v in values.items()}
        for k in ("since", "until"):
            if k in out:
                out[k] = query.check_date(k, out[k])
        if "type" in out:
            out["type"] = query.check_event_type(out["type"])
        if "role" in out:
            out["role"] = query.check_role(out["role"])
    except query.BadFilter as exc:
        error(str(exc))
        raise typer.Exit(2)
    return out


def emit(records: list[dict], fmt: Format) -> bool:
    """Print the records as JSON when asked; False when the caller prints a table."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False) + "\n")
    elif fmt == Format.jsonl:
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return fmt != Format.table


def marked(snippet: Optional[str]) -> str:
    """A snippet for the terminal: matched words in colour, everything else escaped from rich markup."""
    from rich.markup import escape
    from veille.query import MARK_END, MARK_START

    return escape(snippet or "").replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")


def event_line(e: dict[str, Any]) -> str:
    from rich.markup import escape

    # a side no clause names, read from context, says so (« (context) »)
    src = ", ".join(a["name"] or a["id"] for a in e["source"]) or "?"
    src += " (context)" if e.get("source_from") == "context" else ""
    tgt = ", ".join(a["name"] or a["id"] for a in e["target"]) or "?"
    tgt += " (context)" if e.get("target_from") == "context" else ""
    flags = "".join(f" [{f}]" for f in ("negated", "hypothetical") if e.get(f))
    place = f" ({e['place']['name']})" if e.get("place") and e["place"].get("name") else ""
    return (f"{escape(src)} → {escape(tgt)}: {escape(e['trigger']['text'] or '')}{escape(place)}{escape(flags)}"
            f"  [dim]{escape(e.get('title') or '')}[/dim]")


def register(app: typer.Typer) -> None:
    @app.command()
    def search(
        words: Optional[str] = typer.Argument(None, metavar="QUERY", help='Words that must all appear; "a '
                                              'phrase"; prefix*. Without words: the filtered quotes, newest first.'),
        db: Optional[Path] = db_option(),
        speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker: name or alias (any case or "
                                              "accents), kb_id or country code."),
        since: Optional[str] = since_option(),
        until: Optional[str] = until_option(),
        outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet (any case or accents)."),
        type_: Optional[str] = typer.Option(None, "--type", help="Keep quotes of articles reporting an event "
                                            "of this PLOVER type."),
        articles: bool = typer.Option(False, "--articles", help="Search article titles and texts, not quotes."),
        limit: int = typer.Option(20, "--limit", "-n", min=1),
        offset: int = typer.Option(0, "--offset", min=0),
        fmt: Format = format_option(),
        as_json: bool = json_flag(),
    ):
        """Full-text search over quotes (text and speaker), ranked, with snippets."""
        from rich.markup import escape
        from veille import query

        f = checked_filters(words=words, speaker=speaker, since=since, until=until, outlet=outlet, type=type_)
        if not any(f.values()):
            error("give words to search for, or a filter (--speaker, --outlet, --since, --until, --type)")
            raise typer.Exit(2)
        search_fn = query.search_articles if articles else query.search_quotes
        with open_store(db, must_exist=True) as store:
            hits = search_fn(store, words, speaker=f["speaker"], event_type=f["type"], since=f["since"],
                             until=f["until"], outlet=f["outlet"], limit=limit, offset=offset)
        if emit([query.plain_snippet(dict(h)) for h in hits], Format.jsonl if as_json else fmt):
            return
        console = stdout_console()
        if not hits:
            console.print("no match", markup=False)
            return
        for n, h in enumerate(hits, offset + 1):
            where = " · ".join(escape(str(x)) for x in (h.get("outlet"), h.get("published"), h.get("title")) if x)
            if articles:
                console.print(f"[bold]{n}.[/bold] {where}\n   {marked(h['snippet'])}\n"
                              f"   [dim]{h['article_id'][:12]}[/dim]")
            else:
                who = escape(h.get("speaker_name") or "(speaker unknown)")
                via = f" [dim](via {escape(', '.join(h['via']))})[/dim]" if h.get("via") else ""
                console.print(f"[bold]{n}. {who}[/bold]{via}: « {marked(h['snippet'] or h['text'])} »\n"
                              f"   [dim]{where} — {h['article_id'][:12]} [{h['start']}:{h['end']}][/dim]")

    @app.command()
    def actor(
        name: str = typer.Argument(..., help="A name or alias, a kb_id, or a country code (all its actors)."),
        db: Optional[Path] = db_option(),
        limit: int = typer.Option(30, "--limit", "-n", min=1, help="Newest quotes and events shown."),
        fmt: Format = format_option(),
        as_json: bool = json_flag(),
    ):
        """Who an actor is (names, aliases, roles), how often they appear, their newest quotes and events."""
        from rich.markup import escape
        from veille import query

        with open_store(db, must_exist=True) as store:
            summary = query.actor_summary(store, checked_filters(name=name)["name"] or "", limit=limit)
        if summary is None:
            error(f"no actor matches {name!r}")
            raise typer.Exit(1)
        if as_json or fmt != Format.table:
            sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
            return
        console = stdout_console()
        for a in summary["actors"][:10]:
            facts = ", ".join(x for x in (a["kb_id"], "/".join(a["types"]), "/".join(a["countries"]),
                                          "/".join(a["sectors"])) if x)
            console.print(f"[bold]{escape(a['name'])}[/bold] ({escape(facts)}) — {counted(a['articles'], 'article')}")
            if a["aliases"] or len(a["names"]) > 1:
                console.print("   aka " + escape(", ".join(dict.fromkeys(a["names"][1:] + a["aliases"]))))
            for r in a["roles"]:
                seen = f" (first seen {escape(r['first_seen'])})" if r["first_seen"] else ""
                console.print(f"   role: {escape(r['role'])}{seen}")
        if summary["n_actors"] > 10:
            console.print(f"… and {summary['n_actors'] - 10} more actors")
        c = summary["counts"]
        console.print(f"{counted(c['articles'], 'article')}, {counted(c['mentions'], 'mention')}, "
                      f"{counted(c['quotes'], 'quote')}, "
                      f"{counted(c['events_as_source'], 'event')} as actor, {c['events_as_target']} as recipient")
        timeline = [("quote", q["published"], q) for q in summary["quotes"]] + \
                   [("event", e["date"], e) for e in summary["events"]]
        for kind, date, item in sorted(timeline, key=lambda t: t[1] or "", reverse=True)[:limit]:
            when = escape(str(date or "undated"))
            if kind == "quote":
                console.print(f"  {when}  [green]quote[/green]  {escape(item.get('speaker_name') or '')}: "
                              f"« {escape(item['text'][:160])} »  [dim]{escape(item.get('title') or '')}[/dim]")
            else:
                console.print(f"  {when}  [cyan]{item['type']}[/cyan]  {event_line(item)}")

    @app.command()
    def events(
        db: Optional[Path] = db_option(),
        actor_name: Optional[str] = typer.Option(None, "--actor", help="Name, kb_id or country code (e.g. RUS)."),
        role: Optional[str] = typer.Option(None, "--role", help="source | target: which side the actor is on."),
        type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. REQUEST."),
        mode: Optional[str] = typer.Option(None, "--mode"),
        since: Optional[str] = since_option(),
        until: Optional[str] = until_option(),
        outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet (any case or accents)."),
        limit: int = typer.Option(100, "--limit", "-n", min=1),
        offset: int = typer.Option(0, "--offset", min=0),
        fmt: Format = format_option(),
        as_json: bool = json_flag(),
    ):
        """Events by actor, type and date (the event's date, else its article's), newest first."""
        from rich.markup import escape
        from veille import query

        f = checked_filters(actor=actor_name, role=role, type=type_, mode=mode, since=since, until=until,
                            outlet=outlet)
        with open_store(db, must_exist=True) as store:
            rows = query.list_events(store, actor=f["actor"], type=f["type"], since=f["since"], until=f["until"],
                                     mode=f["mode"], role=f["role"], outlet=f["outlet"], limit=limit,
                                     offset=offset)
        if emit(rows, Format.jsonl if as_json else fmt):
            return
        console = stdout_console()
        if not rows:
            console.print("no event", markup=False)
            return
        for e in rows:
            mode_txt = f"/{e['mode']}" if e.get("mode") else ""
            console.print(f"{escape(str(e['date'] or 'undated'))}  [cyan]{e['type']}{escape(mode_txt)}[/cyan]  "
                          f"{event_line(e)}  [dim]{e['article_id'][:12]}[/dim]")
