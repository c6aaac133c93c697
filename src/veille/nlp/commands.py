"""`veille train ner`: rebuild the shipped news NER from the WiNER-fr 2016 articles (see docs/ner.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

train_app = typer.Typer(add_completion=False, no_args_is_help=True,
                        help="Rebuild the models veille ships from their data.")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner_command(
    data_dir: Optional[Path] = typer.Argument(None, help="WiNER-fr 2016 folder (*.txt + *.ann); "
                                                          "default ../shared/data/winer-2016."),
    config: Optional[Path] = typer.Option(None, "--config", help="spaCy config; default training/ner/config.cfg."),
    work: Optional[Path] = typer.Option(None, "--work", help="Where the corpus and spaCy's output go; "
                                                             "default training/ner/build."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Training seed (default fixed, see ner_train.SEED)."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="Override the config's max_steps (trials)."),
    as_json: bool = typer.Option(False, "--json", help="Print the installed model's meta as JSON."),
):
    """Convert WiNER 2016 by month, train with `spacy train`, install the NER in the package, print held-out F1."""
    import logging

    from veille.cli import _setup_logging, error_line
    from veille.nlp import ner_train

    _setup_logging(True)
    logging.getLogger("veille.nlp.ner_data").setLevel(logging.WARNING)
    data_dir = data_dir or ner_train.DATA_DIR
    if not data_dir.is_dir():
        error_line(f"{data_dir}: not a folder of WiNER articles")
        raise typer.Exit(2)
    try:
        meta = ner_train.train_ner(data_dir, config or ner_train.CONFIG, work or ner_train.WORK_DIR,
                                   seed=ner_train.SEED if seed is None else seed, max_steps=max_steps)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        error_line(str(exc))
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(meta, ensure_ascii=False) + "\n")
        return
    typer.echo(f"installed {ner_train.NER_DIR} ({meta['size_mb']} MB), seed {meta['seed']}, "
               f"articles {meta['articles']}")
    for name, s in meta.get("heldout", {}).items():
        typer.echo(f"held-out months {meta['split']['heldout_months']}: {name:24} strict P {s['strict_p']:.3f} "
                   f"R {s['strict_r']:.3f} F1 {s['strict_f1']:.3f}   overlap F1 {s['overlap_f1']:.3f}  "
                   f"({s['gold']} gold spans)")
