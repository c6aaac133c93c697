"""What the store's CLI commands share: the --db option, opening the store, one-line errors, the progress bar,
the report at the end of a run.

Results go to stdout; the progress bar, warnings and one-line errors go to stderr. Every command takes
`--db PATH` (default ./veille.db, or the VEILLE_DB environment variable).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer

log = logging.getLogger(__name__)

DB_HELP = "SQLite database (default ./veille.db, or $VEILLE_DB)."


def db_option():
    return typer.Option(None, "--db", envvar="VEILLE_DB", help=DB_HELP, show_default=False)


def error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def quiet_dask(verbose: bool) -> None:
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
        error(f"{path}: no such database (run `veille ingest PATH --db {path}` first)")
        raise typer.Exit(2)
    try:
        store = Store(path)
    except sqlite3.OperationalError as exc:
        error(f"{path}: cannot open the database ({exc})")
        raise typer.Exit(2)
    except sqlite3.DatabaseError as exc:
        error(f"{path}: not a veille database ({exc})")
        raise typer.Exit(2)
    try:
        yield store
    finally:
        store.close()


def stdout_console():
    from rich.console import Console
    return Console(soft_wrap=True)


class Progress:
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


def finish(report, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report.summary() + "\n")
    raise typer.Exit(0 if report.ok else 1)
