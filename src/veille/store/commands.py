"""CLI commands of the corpus store that write it or read it whole: ingest, load, reprocess, delete, export.

The commands that query it (search, actor, events) are in veille.store.commands_read; `register` adds both.
Results go to stdout; the progress bar, warnings and one-line errors go to stderr.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from veille.store.commands_common import (Progress, db_option, error, finish, open_store, quiet_dask,
                                          setup_logging)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


def register(app: typer.Typer) -> None:
    from veille.store import commands_read

    @app.command()
    def ingest(
        paths: List[Path] = typer.Argument(..., help="Files, folders (recursive), .jsonl, .warc/.warc.gz."),
        db: Optional[Path] = db_option(),
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes running the extraction."),
        engine: Engine = typer.Option(Engine.local, "--engine", help="local process pool, or a Dask cluster."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Dask scheduler address (default: a LocalCluster)."),
        shards: Optional[Path] = typer.Option(None, "--shards", help="Dask: keep the Parquet shards in this "
                                              "folder (seen by workers and by this machine)."),
        batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Dask: articles per task and "
                                                 "shard (default 1 on a local cluster, 4 with --scheduler)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        verbose: bool = typer.Option(False, "--verbose", "-v"),
    ):
        """Read articles, extract their records and store them.

        Unchanged articles are skipped, changed ones replaced; a killed ingest resumes when run again."""
        setup_logging(verbose)
        from veille.ingest.walk import estimate_count, iter_articles
        from veille.store.ingest import ingest_articles

        if engine == Engine.dask:
            quiet_dask(verbose)
        with open_store(db) as store, Progress(estimate_count(paths), "ingest", quiet) as bar:
            report = ingest_articles(store, iter_articles(paths), workers, bar, engine=engine.value,
                                     scheduler=scheduler, shard_dir=shards, batch_size=batch_size)
        finish(report, as_json)

    @app.command()
    def load(
        shard_paths: List[Path] = typer.Argument(..., metavar="SHARDS", help="Parquet shards, or folders of them."),
        db: Optional[Path] = db_option(),
        as_json: bool = typer.Option(False, "--json"),
        quiet: bool = typer.Option(False, "--quiet", "-q"),
    ):
        """Merge Parquet shards written by `veille ingest --engine dask --shards DIR` into the store."""
        setup_logging(False)
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
        with open_store(db) as store, Progress(total, "load", quiet) as bar:
            report = load_shards(store, files, bar)
        finish(report, as_json)

    @app.command()
    def reprocess(
        db: Optional[Path] = db_option(),
        since: Optional[str] = typer.Option(None, "--since", metavar="VERSION",
                                            help="Redo articles extracted by a pipeline older than VERSION."),
        everything: bool = typer.Option(False, "--all", help="Redo every stored article."),
        workers: int = typer.Option(1, "--workers", "-w", min=1),
        as_json: bool = typer.Option(False, "--json"),
        quiet: bool = typer.Option(False, "--quiet", "-q"),
    ):
        """Extract stored articles again after a pipeline, lexicon or knowledge-base upgrade.

        By default, the articles whose stored pipeline version is not the current one."""
        setup_logging(False)
        from veille.store.ingest import articles_to_reprocess, reprocess as run

        with open_store(db, must_exist=True) as store:
            ids = articles_to_reprocess(store, since, everything)
            with Progress(len(ids), "reprocess", quiet) as bar:
                report = run(store, ids, workers, bar)
        finish(report, as_json)

    @app.command()
    def delete(
        article: str = typer.Argument(..., help="Article id (or a unique prefix), URL, key or source path."),
        db: Optional[Path] = db_option(),
    ):
        """Remove an article and all its records."""
        from veille.store.db import resolve_article_ids

        with open_store(db, must_exist=True) as store:
            ids = resolve_article_ids(store.conn, article)
            if not ids:
                error(f"{article}: no such article")
                raise typer.Exit(1)
            if len(ids) > 1:
                error(f"{article}: matches {len(ids)} articles ({', '.join(i[:12] for i in ids[:5])}…); "
                       "give more of the id")
                raise typer.Exit(1)
            store.delete(ids[0])
            sys.stdout.write(f"deleted {ids[0]}\n")

    @app.command()
    def export(
        format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                            help="jsonl | csv | parquet (one file per table) | plover (events)."),
        table: Optional[List[str]] = typer.Option(None, "--table", "-t", help="Table(s) to export (default all)."),
        out: Path = typer.Option(Path("export"), "--out", "-o", help="Output folder."),
        db: Optional[Path] = db_option(),
    ):
        """Export the store's tables, or its events as PLOVER JSON lines."""
        from veille.store.export import export as run
        from veille.store.writer import TABLES

        bad = [t for t in table or [] if t not in TABLES]
        if bad:
            error(f"unknown table {', '.join(bad)} (tables: {', '.join(TABLES)})")
            raise typer.Exit(2)
        with open_store(db, must_exist=True) as store:
            for path, n in run(store, format.value, out, table or None):
                sys.stdout.write(f"{path}\t{n} rows\n")

    commands_read.register(app)
