"""CLI commands of the corpus store: ingest, load, reprocess, delete, search, actor, events, export.

Results go to stdout; the progress bar, warnings and one-line errors go to stderr. Every command takes
`--db PATH` (default ./veille.db, or the VEILLE_DB environment variable).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer

log = logging.getLogger(__name__)

DB_HELP = "SQLite database (default ./veille.db, or $VEILLE_DB)."


def _db_option():
    return typer.Option(None, "--db", envvar="VEILLE_DB", help=DB_HELP, show_default=False)


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def _quiet_dask(verbose: bool) -> None:
    """Dask narrates its cluster's life at INFO (configured when it is imported); only its errors matter here."""
    import distributed  # noqa: F401

    if not verbose:
        for name in list(logging.root.manager.loggerDict):
            if name.split(".")[0] in ("distributed", "dask"):
                logging.getLogger(name).setLevel(logging.ERROR)


@contextmanager
def open_store(db: Optional[Path], *, must_exist: bool = False) -> Iterator["Store"]:  # noqa: F821
    from veille.store import Store, default_db_path

    path = Path(db) if db else Path(default_db_path())
    if must_exist and not path.exists():
        _error(f"{path}: no such database (run `veille ingest PATH --db {path}` first)")
        raise typer.Exit(2)
    try:
        store = Store(path)
    except sqlite3.OperationalError as exc:
        _error(f"{path}: cannot open the database ({exc})")
        raise typer.Exit(2)
    except sqlite3.DatabaseError as exc:
        _error(f"{path}: not a veille database ({exc})")
        raise typer.Exit(2)
    try:
        yield store
    finally:
        store.close()


def _stdout_console():
    from rich.console import Console
    return Console(soft_wrap=True)


def _mark(snippet: str) -> str:
    from rich.markup import escape
    from veille.store.queries import MARK_END, MARK_START

    return escape(snippet or "").replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")


def _plain(snippet: str) -> str:
    from veille.store.queries import MARK_END, MARK_START
    return (snippet or "").replace(MARK_START, "").replace(MARK_END, "")


class _Progress:
    """A rich progress bar on stderr: articles done/total, articles/s, ETA, failures; errors printed above it."""

    def __init__(self, total: Optional[int], label: str, quiet: bool = False):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):  # the average since the start: articles come in bursts from a pool
            def render(self, task):
                elapsed = task.elapsed or 0.0
                return Text(f"{task.completed / elapsed:.2f} art/s" if elapsed > 0.5 and task.completed else "– art/s")

        self.console = Console(stderr=True)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 TextColumn("[red]{task.fields[failed]} failed"), console=self.console,
                                 disable=quiet, transient=False)
        self.task = self.progress.add_task(label, total=total, failed=0)
        self.failed = 0
        self.done = 0
        self.total = total

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)

    def __call__(self, result) -> None:
        self.done += 1
        if result.status == "failed":
            self.failed += 1
            self.console.print(f"error: {result.error}", markup=False, highlight=False, soft_wrap=True)
        if self.total is not None and self.done > self.total:
            self.total = self.done
            self.progress.update(self.task, total=self.total)
        self.progress.update(self.task, advance=1, failed=self.failed)


def _finish(report, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report.summary() + "\n")
    raise typer.Exit(0 if report.ok else 1)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: List[Path] = typer.Argument(..., help="Files, folders (recursive), .jsonl, .warc/.warc.gz."),
        db: Optional[Path] = _db_option(),
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes running the extraction."),
        engine: Engine = typer.Option(Engine.local, "--engine", help="local process pool, or a Dask cluster."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Dask scheduler address (default: a LocalCluster)."),
        shards: Optional[Path] = typer.Option(None, "--shards", help="Dask: keep the Parquet shards in this "
                                              "folder (seen by workers and by this machine)."),
        batch_size: int = typer.Option(4, "--batch-size", min=1, help="Dask: articles per task and shard."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        verbose: bool = typer.Option(False, "--verbose", "-v"),
    ):
        """Read articles, extract their records and store them.

        Unchanged articles are skipped, changed ones replaced; a killed ingest resumes when run again."""
        _setup_logging(verbose)
        from veille.ingest.walk import estimate_count, iter_articles
        from veille.store.ingest import ingest_articles

        if engine == Engine.dask:
            _quiet_dask(verbose)
        with open_store(db) as store, _Progress(estimate_count(paths), "ingest", quiet) as bar:
            report = ingest_articles(store, iter_articles(paths), workers, bar, engine=engine.value,
                                     scheduler=scheduler, shard_dir=shards, batch_size=batch_size)
        _finish(report, as_json)

    @app.command()
    def load(
        shard_paths: List[Path] = typer.Argument(..., metavar="SHARDS", help="Parquet shards, or folders of them."),
        db: Optional[Path] = _db_option(),
        as_json: bool = typer.Option(False, "--json"),
        quiet: bool = typer.Option(False, "--quiet", "-q"),
    ):
        """Merge Parquet shards written by `veille ingest --engine dask --shards DIR` into the store."""
        _setup_logging(False)
        from veille.store.ingest import load_shards
        from veille.store.shards import shard_paths as find_shards

        import pyarrow.parquet as pq

        files = find_shards(shard_paths)
        total = 0
        for p in files:
            try:
                total += pq.ParquetFile(p).metadata.num_rows
            except Exception:
                total += 1  # reported as unreadable by load_shards
        with open_store(db) as store, _Progress(total, "load", quiet) as bar:
            report = load_shards(store, files, bar)
        _finish(report, as_json)

    @app.command()
    def reprocess(
        db: Optional[Path] = _db_option(),
        since: Optional[str] = typer.Option(None, "--since", metavar="VERSION",
                                            help="Redo articles extracted by a pipeline older than VERSION."),
        everything: bool = typer.Option(False, "--all", help="Redo every stored article."),
        workers: int = typer.Option(1, "--workers", "-w", min=1),
        as_json: bool = typer.Option(False, "--json"),
        quiet: bool = typer.Option(False, "--quiet", "-q"),
    ):
        """Extract stored articles again after a pipeline, lexicon or knowledge-base upgrade.

        By default, the articles whose stored pipeline version is not the current one."""
        _setup_logging(False)
        from veille.store.ingest import articles_to_reprocess, reprocess as run

        with open_store(db, must_exist=True) as store:
            ids = articles_to_reprocess(store, since, everything)
            with _Progress(len(ids), "reprocess", quiet) as bar:
                report = run(store, ids, workers, bar)
        _finish(report, as_json)

    @app.command()
    def delete(
        article: str = typer.Argument(..., help="Article id (or a unique prefix), URL, key or source path."),
        db: Optional[Path] = _db_option(),
    ):
        """Remove an article and all its records."""
        from veille.store.db import resolve_article_ids

        with open_store(db, must_exist=True) as store:
            ids = resolve_article_ids(store.conn, article)
            if not ids:
                _error(f"{article}: no such article")
                raise typer.Exit(1)
            if len(ids) > 1:
                _error(f"{article}: matches {len(ids)} articles ({', '.join(i[:12] for i in ids[:5])}…); "
                       "give more of the id")
                raise typer.Exit(1)
            store.delete(ids[0])
            sys.stdout.write(f"deleted {ids[0]}\n")

    @app.command()
    def search(
        query: str = typer.Argument(..., help='Words that must all appear; "a phrase"; prefix*.'),
        db: Optional[Path] = _db_option(),
        speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name, kb_id or country code."),
        since: Optional[str] = typer.Option(None, "--since", help="Published on or after (YYYY[-MM[-DD]])."),
        until: Optional[str] = typer.Option(None, "--until", help="Published on or before."),
        outlet: Optional[str] = typer.Option(None, "--outlet"),
        articles: bool = typer.Option(False, "--articles", help="Search article titles and texts, not quotes."),
        limit: int = typer.Option(20, "--limit", "-n", min=1),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per hit."),
    ):
        """Full-text search over quotes (text and speaker), ranked, with snippets."""
        from veille.store import queries

        with open_store(db, must_exist=True) as store:
            if articles:
                hits = queries.search_articles(store, query, since=since, until=until, outlet=outlet, limit=limit)
            else:
                hits = queries.search_quotes(store, query, speaker=speaker, since=since, until=until,
                                             outlet=outlet, limit=limit)
        if as_json:
            for h in hits:
                h["snippet"] = _plain(h["snippet"])
                sys.stdout.write(json.dumps(h, ensure_ascii=False) + "\n")
            return
        console = _stdout_console()
        if not hits:
            console.print("no match", markup=False)
            return
        from rich.markup import escape
        for n, h in enumerate(hits, 1):
            where = " · ".join(escape(str(x)) for x in (h.get("outlet"), h.get("published"), h.get("title")) if x)
            if articles:
                console.print(f"[bold]{n}.[/bold] {where}\n   {_mark(h['snippet'])}\n"
                              f"   [dim]{h['article_id'][:12]}[/dim]")
            else:
                who = escape(h.get("speaker_name") or "(speaker unknown)")
                via = f" [dim](via {escape(', '.join(h['via']))})[/dim]" if h.get("via") else ""
                console.print(f"[bold]{n}. {who}[/bold]{via}: « {_mark(h['snippet'])} »\n"
                              f"   [dim]{where} — {h['article_id'][:12]} [{h['start']}:{h['end']}][/dim]")

    @app.command()
    def actor(
        name: str = typer.Argument(..., help="A name or alias, a kb_id, or a country code (all its actors)."),
        db: Optional[Path] = _db_option(),
        limit: int = typer.Option(30, "--limit", "-n", min=1, help="Timeline length."),
        as_json: bool = typer.Option(False, "--json"),
    ):
        """Who an actor is (names, aliases, roles), how often they appear, and a timeline of quotes and events."""
        from rich.markup import escape
        from veille.render import counted
        from veille.store import queries

        with open_store(db, must_exist=True) as store:
            summary = queries.actor_summary(store, name, limit=limit)
        if as_json:
            sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
            return
        console = _stdout_console()
        if not summary["actors"]:
            console.print(f"no actor matches {name!r}", markup=False)
            raise typer.Exit(1)
        for a in summary["actors"][:10]:
            facts = ", ".join(x for x in (a["kb_id"], "/".join(a["types"]), "/".join(a["countries"]),
                                          "/".join(a["sectors"])) if x)
            console.print(f"[bold]{escape(a['name'])}[/bold] ({escape(facts)}) — {counted(a['articles'], 'article')}")
            if a["aliases"] or len(a["names"]) > 1:
                console.print("   aka " + escape(", ".join(dict.fromkeys(a["names"][1:] + a["aliases"]))))
            for r in a["roles"]:
                seen = f" (first seen {escape(r['first_seen'])})" if r["first_seen"] else ""
                console.print(f"   role: {escape(r['role'])}{seen}")
        if len(summary["actors"]) > 10:
            console.print(f"… and {len(summary['actors']) - 10} more actors")
        c = summary["counts"]
        console.print(f"{counted(c['articles'], 'article')}, {counted(c['mentions'], 'mention')}, "
                      f"{counted(c['quotes'], 'quote')}, {counted(c['events_as_source'], 'event')} as actor, "
                      f"{c['events_as_target']} as recipient")
        for item in summary["timeline"]:
            date = escape(str(item.get("date") or "undated"))
            if item["kind"] == "quote":
                console.print(f"  {date}  [green]quote[/green]  {escape(item.get('speaker_name') or '')}: "
                              f"« {escape(item['text'][:160])} »  [dim]{escape(item.get('title') or '')}[/dim]")
            else:
                console.print(f"  {date}  [cyan]{item['type']}[/cyan]  {_event_line(item)}")

    def _event_line(e: dict) -> str:
        from rich.markup import escape
        src = ", ".join(a["name"] or a["entity_id"] for a in e["source"]) or "?"
        tgt = ", ".join(a["name"] or a["entity_id"] for a in e["target"]) or "?"
        flags = "".join(f" [{f}]" for f in ("negated", "hypothetical") if e.get(f))
        return (f"{escape(src)} → {escape(tgt)}: {escape(e.get('trigger_text') or '')}{escape(flags)}"
                f"  [dim]{escape(e.get('title') or '')}[/dim]")

    @app.command()
    def events(
        db: Optional[Path] = _db_option(),
        actor_name: Optional[str] = typer.Option(None, "--actor", help="Name, kb_id or country code (e.g. RUS)."),
        role: Optional[str] = typer.Option(None, "--role", help="source | target: which side the actor is on."),
        type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. REQUEST."),
        mode: Optional[str] = typer.Option(None, "--mode"),
        since: Optional[str] = typer.Option(None, "--since", help="YYYY[-MM[-DD]]"),
        until: Optional[str] = typer.Option(None, "--until"),
        limit: int = typer.Option(100, "--limit", "-n", min=1),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per event."),
    ):
        """Events by actor, type and date (the event's date, else its article's)."""
        from rich.markup import escape
        from veille.store import queries

        with open_store(db, must_exist=True) as store:
            rows = queries.list_events(store, actor=actor_name, type=type_, since=since, until=until, mode=mode,
                                       role=role, limit=limit)
        if as_json:
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            return
        console = _stdout_console()
        if not rows:
            console.print("no event", markup=False)
            return
        for e in rows:
            mode_txt = f"/{e['mode']}" if e.get("mode") else ""
            console.print(f"{escape(str(e['date'] or 'undated'))}  [cyan]{e['type']}{escape(mode_txt)}[/cyan]  "
                          f"{_event_line(e)}  [dim]{e['article_id'][:12]}[/dim]")

    @app.command()
    def export(
        format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                            help="jsonl | csv | parquet (one file per table) | plover (events)."),
        table: Optional[List[str]] = typer.Option(None, "--table", "-t", help="Table(s) to export (default all)."),
        out: Path = typer.Option(Path("export"), "--out", "-o", help="Output folder."),
        db: Optional[Path] = _db_option(),
    ):
        """Export the store's tables, or its events as PLOVER JSON lines."""
        from veille.store.export import export as run
        from veille.store.writer import TABLES

        bad = [t for t in table or [] if t not in TABLES]
        if bad:
            _error(f"unknown table {', '.join(bad)} (tables: {', '.join(TABLES)})")
            raise typer.Exit(2)
        with open_store(db, must_exist=True) as store:
            for path, n in run(store, format.value, out, table or None):
                sys.stdout.write(f"{path}\t{n} rows\n")
