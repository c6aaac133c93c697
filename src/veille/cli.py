"""The `veille` command line. Results go to stdout; progress, warnings and errors go to stderr.

Commands of other parts of the package (store, kb, web, watch) register themselves through a
`register(app)` function in their `commands` module, so this file stays the entry point only.
"""
from __future__ import annotations

import importlib
import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from veille import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="veille: who said what, who did what to whom, when, and according to whom — from French news.")


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"
    plover = "plover"


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def error_line(message: str) -> None:
    """One clear line on stderr."""
    print(f"error: {message}", file=sys.stderr)


@app.callback()
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        typer.echo(__version__)
        raise typer.Exit()


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Articles: .txt (first line = title), .html, .jsonl."),
    format: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="json | jsonl | pretty | plover"),
    include_text: bool = typer.Option(False, "--text", help="Also print each article's text."),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
):
    """Extract quotes, speakers, entities, events and boilerplate from articles; print the contract JSON."""
    _setup_logging(verbose)
    from veille.ingest.readers import ReadError, read_path
    from veille.process import process

    failed = False
    results = []

    def emit(ext):
        d = ext.to_dict(include_text=include_text or not (ext.article.source_path or "").endswith(
            (".txt", ".text", ".md", ".jsonl", ".ndjson")))
        if format == OutputFormat.jsonl:
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif format == OutputFormat.json:
            results.append(d)
        elif format == OutputFormat.pretty:
            from veille.render import print_pretty
            print_pretty(ext)
        elif format == OutputFormat.plover:
            from veille.plover import plover_records
            results.extend(plover_records(ext))

    for path in paths:
        for item in read_path(path):
            if isinstance(item, ReadError):
                error_line(str(item))
                failed = True
                continue
            try:
                emit(process(item))
            except ReadError as exc:
                error_line(str(exc))
                failed = True
            except Exception as exc:  # one bad article never stops the batch
                logging.getLogger("veille").debug("extraction failed", exc_info=True)
                error_line(f"{item.source_path or item.external_id or '<input>'}: extraction failed ({exc})")
                failed = True
    if format == OutputFormat.json:
        out = results[0] if len(results) == 1 and len(paths) == 1 and not str(paths[0]).endswith(
            (".jsonl", ".ndjson")) else results
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    elif format == OutputFormat.plover:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def evaluate(
    gold_dirs: List[Path] = typer.Argument(..., help="Folders (or files) of *.gold.json in the format of shared/gold."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
):
    """Score the extraction against gold annotations: per-file and micro-averaged figures.

    Each *.gold.json names its article ("doc", beside it); veille extracts that article and compares."""
    _setup_logging(False)
    from veille.evaluate import evaluate_paths, print_report

    report = evaluate_paths(gold_dirs)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        print_report(report)


# Commands of the other parts register themselves here when the part is installed.
for _module in ("veille.store.commands", "veille.store.commands_crossref", "veille.kb.commands", "veille.web.commands",
                "veille.watch.commands", "veille.nlp.commands"):
    try:
        importlib.import_module(_module).register(app)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module:
            raise
