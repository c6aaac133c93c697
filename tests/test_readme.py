"""What a new user meets: the README opens with the two set-up commands, `.ci/run` ends with its test command and
installs once, and every command of the tour names a command and options that exist."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import typer.main

from veille.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
INGEST = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/veille ingest samples/ --db veille.db"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/pytest -q"


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_the_readme_opens_with_the_two_set_up_commands():
    assert [b.strip() for b in code_blocks(README)[:2]] == [INGEST, TESTS]


def test_ci_installs_once_quietly_and_ends_with_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == TESTS
    assert ci.count("pip install") == 1


def tour_lines() -> list[str]:
    tour = README.split("## A short tour", 1)[1]
    return [ln.split("  #")[0].strip() for ln in code_blocks(tour)[0].splitlines() if ln.strip()]


def test_the_tour_puts_veille_on_path_before_using_it():
    lines = tour_lines()
    assert lines[0] == ". .venv/bin/activate"
    assert all(ln.startswith("veille ") for ln in lines[1:])


def test_every_tour_command_and_option_exists():
    group = typer.main.get_command(app)
    for line in tour_lines()[1:]:
        words = shlex.split(line)
        command = group.commands.get(words[1])
        assert command is not None, line
        options = {o for p in command.params for o in p.opts}
        assert {w for w in words[2:] if w.startswith("-")} <= options, line
        for path in (w for w in words[2:] if w.startswith("samples/") and "*" not in w):
            assert (ROOT / path).exists(), line
