"""CLI commands across articles: stories, statements, statement ID, shared-events, export-statements, crossref.

Every command takes `--db` and `--format table|json|jsonl` (table: for reading; json: one document; jsonl: one
object per line); listings take `--since/--until` (publication dates, YYYY[-MM[-DD]]).
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from veille.store.commands_common import db_option as _db_option
from veille.store.commands_read import Format, format_option
from veille.store.commands_common import error as _error
from veille.store.commands_common import open_store
from veille.store.commands_common import stdout_console as _stdout_console

DATE = "YYYY[-MM[-DD]]: groups with a report published on or after this date."
UNTIL = "Groups with a report published on or before this date."


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _format_option():
    return format_option()


def _since_option():
    return typer.Option(None, "--since", help=DATE)


def _until_option():
    return typer.Option(None, "--until", help=UNTIL)


def _limit_option():
    return typer.Option(50, "--limit", "-n", min=1)


def _emit_json(items, fmt: Format) -> bool:
    """Print `items` as JSON or JSON lines; False when the caller should draw a table."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
    elif fmt == Format.jsonl:
        for item in items if isinstance(items, list) else [items]:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    return fmt != Format.table


def _where(item: Optional[dict]) -> str:
    from rich.markup import escape
    if not item:
        return ""
    return escape(" · ".join(str(x) for x in (item.get("published"), item.get("outlet"), item.get("title")) if x))


def _table(columns: list[str], rows: list[list[str]], empty: str) -> None:
    from rich.table import Table
    console = _stdout_console()
    if not rows:
        console.print(empty, markup=False)
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def stories(
        db: Optional[Path] = _db_option(),
        since: Optional[str] = _since_option(),
        until: Optional[str] = _until_option(),
        min_articles: int = typer.Option(2, "--min-articles", min=1, help="Stories of at least this many articles."),
        limit: int = _limit_option(),
        format: Format = _format_option(),
    ):
        """Stories: near-duplicate articles (wire copies, updated versions, one dispatch under two titles)."""
        from rich.markup import escape
        from veille.store.crossref.queries import list_stories

        with open_store(db, must_exist=True) as store:
            rows = list_stories(store, since=since, until=until, min_articles=min_articles, limit=limit)
        if _emit_json(rows, format):
            return
        _table(["story", "articles", "outlets", "first", "last"],
               [[str(s["id"]), str(s["articles"]), escape(", ".join(s["outlet_names"])), _where(s["first"]),
                 escape(s["last_date"] or "")] for s in rows], "no story of that many articles")

    @app.command()
    def statements(
        db: Optional[Path] = _db_option(),
        speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name (part of it) or kb_id."),
        since: Optional[str] = _since_option(),
        until: Optional[str] = _until_option(),
        min_reports: int = typer.Option(2, "--min-reports", min=1, help="Statements reported at least this often."),
        limit: int = _limit_option(),
        format: Format = _format_option(),
    ):
        """Statements: one quotation reported by several articles, with its first report."""
        from rich.markup import escape
        from veille.store.crossref.queries import list_statements

        with open_store(db, must_exist=True) as store:
            rows = list_statements(store, speaker=speaker, since=since, until=until, min_reports=min_reports,
                                   limit=limit)
        if _emit_json(rows, format):
            return
        _table(["statement", "speaker", "reports", "outlets", "first report", "wording (first report)"],
               [[str(s["id"]), escape(s["first"]["speaker_name"] or ""), str(s["reports"]), str(s["outlets"]),
                 _where(s["first"]), "« " + escape(s["first"]["text"][:120]) + " »"] for s in rows],
               "no statement")

    @app.command()
    def statement(
        statement_id: int = typer.Argument(..., metavar="ID", help="A statement id (from `veille statements`)."),
        db: Optional[Path] = _db_option(),
        format: Format = _format_option(),
    ):
        """One statement: its reports in time order, each with its relay chain and its word changes."""
        from rich.markup import escape
        from veille.store.crossref.queries import get_statement

        with open_store(db, must_exist=True) as store:
            found = get_statement(store, statement_id)
        if found is None:
            _error(f"{statement_id}: no such statement")
            raise typer.Exit(1)
        if _emit_json(found, format):
            return
        console = _stdout_console()
        console.print(f"[bold]statement {found['id']}[/bold] — {escape(found['speaker_name'] or '?')}: "
                      f"{found['reports']} reports, {found['outlets']} outlets, {found['reworded']} reworded")
        for n, r in enumerate(found["timeline"], 1):
            mark = "[green]first[/green] " if r["first"] else ""
            console.print(f"{n}. {mark}{_where(r)}  [dim]{r['article_id'][:12]} [{r['start']}:{r['end']}][/dim]")
            console.print("   relay: " + escape(" → ".join(r["relay"])))
            if r["first"] or not r["changed"]:
                console.print(f"   « {escape(r['text'])} »")
            else:
                console.print("   " + _coloured_diff(r["diff"]))

    def _coloured_diff(ops: list[dict]) -> str:
        from rich.markup import escape
        parts = []
        for o in ops:
            if o["op"] == "equal":
                parts.append(escape(o["before"]))
                continue
            if o["before"]:  # the [-…-] {+…+} marks keep the diff readable without colours
                parts.append(f"[red]{escape('[-' + o['before'] + '-]')}[/red]")
            if o["after"]:
                parts.append(f"[green]{escape('{+' + o['after'] + '+}')}[/green]")
        return "± " + " ".join(parts)

    @app.command("shared-events")
    def shared_events(
        event_group: Optional[int] = typer.Argument(None, metavar="[ID]", help="One shared event: its reports."),
        db: Optional[Path] = _db_option(),
        type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT."),
        since: Optional[str] = _since_option(),
        until: Optional[str] = _until_option(),
        min_reports: int = typer.Option(2, "--min-reports", min=1),
        limit: int = _limit_option(),
        format: Format = _format_option(),
    ):
        """Events told by several articles (same type, actors, date within two days), or one with its reports."""
        from rich.markup import escape
        from veille.store.crossref import queries

        with open_store(db, must_exist=True) as store:
            if event_group is not None:
                found = queries.get_shared_event(store, event_group)
                if found is None:
                    _error(f"{event_group}: no such shared event")
                    raise typer.Exit(1)
                if _emit_json(found, format):
                    return
                rows = [[escape(str(r["date"] or "")), escape(r["type"]), escape(", ".join(
                    f"{a['role']}: {a['name'] or a['kb_id']}" for a in r["actors"])),
                    escape(r["trigger_text"] or ""), _where(r)] for r in found["reports"]]
                _table(["date", "type", "actors", "trigger", "report"], rows, "no report")
                return
            found_list = queries.list_shared_events(store, type=type_, since=since, until=until,
                                                    min_reports=min_reports, limit=limit)
        if _emit_json(found_list, format):
            return
        _table(["event", "type", "reports", "outlets", "first report"],
               [[str(g["id"]), escape(g["type"]), str(g["reports"]), str(g["outlets"]), _where(g["first"])]
                for g in found_list], "no event told by that many articles")

    @app.command("export-statements")
    def export_statements(
        format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl | csv | parquet"),
        out: Path = typer.Option(Path("export"), "--out", "-o", help="Output folder."),
        min_reports: int = typer.Option(1, "--min-reports", min=1),
        db: Optional[Path] = _db_option(),
    ):
        """Export statements and their reports: statements.<fmt> and statement_reports.<fmt>."""
        from veille.store.crossref.export import export_statements as run

        with open_store(db, must_exist=True) as store:
            for path, n in run(store, format.value, out, min_reports=min_reports):
                sys.stdout.write(f"{path}\t{n} rows\n")

    @app.command()
    def crossref(
        db: Optional[Path] = _db_option(),
        format: Format = _format_option(),
    ):
        """Group the stored articles not yet in stories, statements and shared events (a store from before them)."""
        from veille.store.crossref.rebuild import index_missing

        with open_store(db, must_exist=True) as store:
            n = index_missing(store)
        if not _emit_json({"indexed_articles": n}, format):
            sys.stdout.write(f"{n} articles grouped\n")
