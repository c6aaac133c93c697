"""`veille kb ...`: import a Wikidata dump into the user KB, look a name up."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

kb_app = typer.Typer(add_completion=False, no_args_is_help=True,
                     help="The actor knowledge base: look names up, import Wikidata for global coverage.")


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")


@kb_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A name as written in an article: 'Loukachenko', 'le Kremlin', 'russes'."),
    type: Optional[str] = typer.Option(None, "--type", "-t", help="NER type hint: PER, ORG, GPE, LOC."),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="ISO date (partial ok) for the role."),
    context: Optional[str] = typer.Option(None, "--context", "-c", help="Sentence around the name, to pick among homonyms."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
):
    """Show the actor a name links to (person, organisation, country, capital or seat of power, demonym)."""
    from veille.kb import get_kb, stable_id

    kb = get_kb()
    actor = kb.match(name, type, context)
    how = "name"
    if actor is None:
        actor = kb.place_country(name)
        how = "place"
    if actor is None:
        iso = kb.demonym_country(name)
        actor = kb.country(iso) if iso else None
        how = "demonym"
    if actor is None:
        out = {"name": name, "kb_id": None, "stable_id": stable_id(name, type or "MISC"),
               "candidates": [kb.actors[i].name for i in kb.candidates(name, type)]}
        if as_json:
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{name}: not in the knowledge base (stable id {out['stable_id']})\n")
            if out["candidates"]:
                sys.stdout.write("  ambiguous between: " + "; ".join(out["candidates"]) + "\n")
        raise typer.Exit(1)
    d = actor.to_dict()
    d["matched_as"] = how
    d["role_at_date"] = kb.role_at(actor, date)
    if as_json:
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        return
    lines = [f"{actor.name}  [{actor.kb_id}]  {actor.type}  country={actor.country or '-'}  "
             f"sector={actor.sector or '-'}  (matched as {how})"]
    if d["role_at_date"]:
        lines.append(f"  role{' at ' + date if date else ''}: {d['role_at_date']}")
    for r in actor.roles:
        lines.append(f"  {r.start or '?'} → {r.end or 'now'}: {r.title}")
    if actor.aliases:
        lines.append("  aliases: " + ", ".join(actor.aliases[:30]))
    sys.stdout.write("\n".join(lines) + "\n")


@kb_app.command("import")
def import_(
    dump: Path = typer.Argument(..., help="Wikidata JSON dump (.json.bz2, .json.gz or .json), e.g. latest-all.json.bz2."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="User KB file (default: VEILLE_KB_USER or "
                                       "~/.local/share/veille/kb_user.jsonl)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Stop after this many kept actors."),
):
    """Stream a Wikidata dump and add its people with positions held and its organisations to the user KB."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn
    from rich.console import Console

    from veille.kb.build import user_kb_path
    from veille.kb.wikidata import import_dump

    if not dump.exists():
        sys.stderr.write(f"error: {dump}: no such file\n")
        raise typer.Exit(1)
    target = out or user_kb_path()
    size = dump.stat().st_size
    with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"reading {dump.name}", total=size)
        try:
            counts = import_dump(dump, target, limit=limit, progress=lambda pos: bar.update(task, completed=pos))
        except (OSError, EOFError) as exc:
            sys.stderr.write(f"error: {dump}: {exc}\n")
            raise typer.Exit(1)
    sys.stdout.write(json.dumps({"file": str(target), **counts}) + "\n")
