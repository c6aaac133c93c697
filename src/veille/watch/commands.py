"""`veille watch add|list|remove|run` and `veille alert add|list|remove|run`."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

watch_app = typer.Typer(no_args_is_help=True, help="Follow feeds and sites and keep the store current.")
alert_app = typer.Typer(no_args_is_help=True, help="Notify a webhook or a file when new records match a rule.")

DB_OPTION = typer.Option(None, "--db", help="Database file (default: $VEILLE_DB or ./veille.db).")


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _store(db: Optional[Path]):
    from veille.store import Store

    try:
        return Store(db)
    except Exception as exc:  # unreadable or locked file: one line, no traceback
        _error(f"{db or 'veille.db'}: cannot open the database ({exc})")
        raise typer.Exit(2)


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


# -- watch ---------------------------------------------------------------------------------------------------
@watch_app.command("add")
def watch_add(url: str = typer.Argument(..., help="An RSS/Atom feed, a sitemap, or a site's front page."),
              every: str = typer.Option("15m", "--every", help="How often to check it: 15m, 1h, 1h30m, 90s."),
              db: Optional[Path] = DB_OPTION):
    """Watch a feed or a site (run again to change --every)."""
    from veille.watch import state

    try:
        seconds = state.parse_every(every)
        with _store(db) as store:
            feed, created = state.add_feed(store, url, seconds)
    except ValueError as exc:
        _error(str(exc))
        raise typer.Exit(2)
    verb = "watching" if created else "updated"
    typer.echo(f"{verb} [{feed.id}] {feed.url} every {state.format_every(feed.every_seconds)}")


@watch_app.command("list")
def watch_list(as_json: bool = typer.Option(False, "--json", help="One JSON object per feed."),
               db: Optional[Path] = DB_OPTION):
    """Watched feeds with their state: last check, last success, errors, items and articles."""
    from veille.watch import state

    with _store(db) as store:
        feeds = state.list_feeds(store)
    if as_json:
        for f in feeds:
            sys.stdout.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        return
    if not feeds:
        typer.echo("no watched feeds (add one with: veille watch add URL)")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "url", "every", "kind", "last checked", "last ok", "errors", "items", "articles",
                "last error"):
        table.add_column(col, overflow="fold")
    for f in feeds:
        table.add_row(str(f.id), f.url + (f"\n→ {f.source_url}" if f.source_url else ""),
                      state.format_every(f.every_seconds), f.kind or "-", _short_time(f.last_checked) or "never",
                      _short_time(f.last_ok) or "-", str(f.error_count), str(f.items_seen), str(f.articles_ingested),
                      f.last_error or "")
    # piped output is not cut to 80 columns
    Console(file=sys.stdout, width=None if sys.stdout.isatty() else 240).print(table)


def _short_time(value: Optional[str]) -> Optional[str]:
    """'2026-11-25T17:07:04+00:00' → '2026-11-25 17:07 UTC' for the table (--json keeps the full value)."""
    return f"{value[:10]} {value[11:16]} UTC" if value and len(value) >= 16 else value


@watch_app.command("remove")
def watch_remove(feed: str = typer.Argument(..., help="The feed's URL or id."), db: Optional[Path] = DB_OPTION):
    """Stop watching a feed (the articles it brought stay in the store)."""
    from veille.watch import state

    with _store(db) as store:
        if not state.remove_feed(store, feed):
            _error(f"{feed}: not a watched feed")
            raise typer.Exit(1)
    typer.echo(f"removed {feed}")


@watch_app.command("run")
def watch_run(once: bool = typer.Option(False, "--once", help="Check every feed once now, then exit."),
              workers: int = typer.Option(4, "--workers", help="Feeds checked at the same time."),
              delay: float = typer.Option(1.0, "--delay", help="Seconds between two requests to one host "
                                                               "(robots.txt Crawl-delay wins when larger)."),
              timeout: float = typer.Option(10.0, "--timeout", help="Seconds before a request is given up."),
              retries: int = typer.Option(2, "--retries", help="Retries on 5xx, 429 and connection errors."),
              ingest_workers: int = typer.Option(1, "--ingest-workers", help="Processes extracting articles."),
              alerts: bool = typer.Option(True, "--alerts/--no-alerts", help="Deliver alerts for new records."),
              as_json: bool = typer.Option(False, "--json", help="Print the run's report as JSON."),
              verbose: bool = typer.Option(False, "--verbose", "-v"),
              db: Optional[Path] = DB_OPTION):
    """Fetch new items, ingest them, deliver alerts. Without --once: keep going, each feed on its --every."""
    from veille.watch import runner, state
    from veille.watch.fetch import Fetcher

    _logging(verbose)

    def make_fetcher() -> Fetcher:
        return Fetcher(delay=delay, timeout=timeout, retries=retries)

    def show(report: runner.RunReport) -> None:
        for f in report.failed_feeds:
            _error(f.error or f.url)
        if as_json:
            sys.stdout.write(json.dumps({**report.summary(), "feeds_detail": [f.__dict__ for f in report.feeds]},
                                        ensure_ascii=False) + "\n")
        else:
            s = report.summary()
            typer.echo(f"{s['feeds']} feeds checked ({s['failed_feeds']} failed, {s['not_modified']} not modified): "
                       f"{s['new']} new, {s['replaced']} replaced, {s['unchanged']} unchanged, "
                       f"{s['item_errors']} item errors; {s['requests']} requests in {s['seconds']}s; "
                       f"alerts: {s['alerts_delivered']} delivered, {s['alerts_failed']} failed")
        sys.stdout.flush()

    with _store(db) as store:
        try:
            lock = runner.run_lock(store.path)
        except runner.AlreadyRunning as exc:
            _error(str(exc))
            raise typer.Exit(1)
        with lock:
            feeds = state.list_feeds(store)
            if not feeds:
                _error("no watched feeds (add one with: veille watch add URL)")
                raise typer.Exit(1)
            if once:
                report = _run_with_progress(store, feeds, make_fetcher, workers, ingest_workers, alerts)
                show(report)
                raise typer.Exit(1 if report.failed_feeds else 0)
            print(f"watching {len(feeds)} feeds; Ctrl-C to stop", file=sys.stderr)
            try:
                runner.run_forever(store, make_fetcher=make_fetcher, workers=workers,
                                   ingest_workers=ingest_workers, alerts=alerts, on_report=show)
            except KeyboardInterrupt:
                print("stopped", file=sys.stderr)


def _run_with_progress(store, feeds, make_fetcher, workers, ingest_workers, alerts):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from veille.watch import runner

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True, console=_stderr_console(), disable=not sys.stderr.isatty()) as bar, \
            make_fetcher() as fetcher:
        task = bar.add_task("feeds", total=len(feeds))
        return runner.run_once(store, feeds=feeds, fetcher=fetcher, workers=workers, ingest_workers=ingest_workers,
                               alerts=alerts, progress=lambda fr: bar.advance(task))


def _stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)


# -- alerts --------------------------------------------------------------------------------------------------
@alert_app.command("add")
def alert_add(speaker: Optional[str] = typer.Option(None, "--speaker", help="Quotes by this person (name or part)."),
              actor: Optional[str] = typer.Option(None, "--actor",
                                                  help="Events by this actor: country code (FRA), kb id or sector."),
              event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type (THREATEN, ...)."),
              role: str = typer.Option("source", "--role", help="With --actor: source, target or any."),
              query: Optional[str] = typer.Option(None, "--query", help="Articles containing every term."),
              webhook: Optional[str] = typer.Option(None, "--webhook", help="POST each notification here (JSON)."),
              file: Optional[Path] = typer.Option(None, "--file", help="Append each notification here (JSONL)."),
              db: Optional[Path] = DB_OPTION):
    """Add an alert rule with one sink."""
    from veille.watch.alerts import add_alert

    try:
        with _store(db) as store:
            alert = add_alert(store, speaker=speaker, actor=actor, event_type=event_type, query=query, role=role,
                              webhook=webhook, file=str(file) if file else None)
    except ValueError as exc:
        _error(str(exc))
        raise typer.Exit(2)
    typer.echo(f"alert [{alert.id}] {alert.rule()} → {alert.sink} {alert.target}")


@alert_app.command("list")
def alert_list(as_json: bool = typer.Option(False, "--json", help="One JSON object per alert."),
               db: Optional[Path] = DB_OPTION):
    """Alert rules with their deliveries (delivered, pending, given up, last error)."""
    from veille.watch.alerts import delivery_counts, list_alerts

    with _store(db) as store:
        alerts, counts = list_alerts(store), delivery_counts(store)
    empty = {"delivered": 0, "pending": 0, "given_up": 0, "last_delivered": None, "last_error": None}
    if as_json:
        for a in alerts:
            sys.stdout.write(json.dumps({**a.to_dict(), **counts.get(a.id, empty)}, ensure_ascii=False) + "\n")
        return
    if not alerts:
        typer.echo("no alerts (add one with: veille alert add --speaker NAME --file alerts.jsonl)")
        return
    for a in alerts:
        c = counts.get(a.id, empty)
        line = (f"[{a.id}] {a.rule()} → {a.sink} {a.target}: {c['delivered']} delivered, {c['pending']} pending"
                + (f", {c['given_up']} given up" if c["given_up"] else "")
                + (f" (last error: {c['last_error']})" if c["last_error"] and c["pending"] + c["given_up"] else ""))
        typer.echo(line)


@alert_app.command("remove")
def alert_remove(alert_id: int = typer.Argument(..., help="The alert's id (see alert list)."),
                 db: Optional[Path] = DB_OPTION):
    """Remove an alert rule and its delivery log."""
    from veille.watch.alerts import remove_alert

    with _store(db) as store:
        if not remove_alert(store, alert_id):
            _error(f"{alert_id}: no such alert")
            raise typer.Exit(1)
    typer.echo(f"removed alert {alert_id}")


@alert_app.command("run")
def alert_run(db: Optional[Path] = DB_OPTION):
    """Match the alerts against everything ingested since each was created (e.g. by `veille ingest`) and
    deliver what is pending. Records already notified are not notified again."""
    from veille.watch.alerts import run_alerts

    with _store(db) as store:
        delivered, failed = run_alerts(store, None)
    typer.echo(f"alerts: {delivered} delivered, {failed} failed")
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")
    app.add_typer(alert_app, name="alert")
