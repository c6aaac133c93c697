"""`veille extract`: stdout carries only results (one object, an array, or JSON lines), stderr one line per failed
article naming its file, exit code 1 when anything failed while the other articles are still printed."""
from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from veille.cli import app

pytestmark = pytest.mark.slow

FR_1 = """Le port de Brest modernise ses quais
Le président du port de Brest, Yann Kerleau, a présenté lundi un plan d'investissement de cent millions d'euros.
« Nous voulons accueillir les navires de nouvelle génération d'ici trois ans », a-t-il déclaré devant la presse.
"""
FR_2 = """La grève des contrôleurs aériens perturbe les vols
La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols mardi.
Selon le syndicat majoritaire, plus de la moitié des contrôleurs seront en grève.
"""
EN = """Harbour upgrade announced in Brest
The president of the port, Yann Kerleau, presented on Monday an investment plan worth one hundred million euros.
"We want to welcome the new generation of ships within three years," he told reporters at the harbour.
"""


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, text in (("port.txt", FR_1), ("greve.txt", FR_2), ("english.txt", EN)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths[name] = p
    (tmp_path / "vide.txt").write_bytes(b"")
    paths["vide.txt"] = tmp_path / "vide.txt"
    return paths


def run(*args):
    return CliRunner().invoke(app, ["extract", *map(str, args)])


def test_one_file_prints_one_object(files):
    r = run(files["port.txt"])
    assert r.exit_code == 0, r.stderr
    obj = json.loads(r.stdout)
    assert isinstance(obj, dict)
    assert obj["text_sha256"] == hashlib.sha256(FR_1.encode("utf-8")).hexdigest()
    assert obj["language"] == "fr"
    assert obj["title"] == "Le port de Brest modernise ses quais"
    for key in ("boilerplate", "entities", "quotes", "events", "published", "url", "outlet", "authors"):
        assert key in obj
    q = next(q for q in obj["quotes"] if "navires de nouvelle génération" in q["text"])
    assert FR_1[q["start"]:q["end"]] == q["text"]
    speaker = next(e for e in obj["entities"] if e["id"] == q["speaker"])
    assert speaker["name"] == "Yann Kerleau"
    assert r.stderr == ""


def test_several_files_print_an_array(files):
    r = run(files["port.txt"], files["greve.txt"])
    assert r.exit_code == 0, r.stderr
    arr = json.loads(r.stdout)
    assert isinstance(arr, list) and [o["title"] for o in arr] == [
        "Le port de Brest modernise ses quais", "La grève des contrôleurs aériens perturbe les vols"]


def test_jsonl_prints_one_object_per_line(files):
    r = run(files["port.txt"], files["greve.txt"], "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_a_failed_file_exits_1_and_the_others_still_print(files):
    r = run(files["port.txt"], files["vide.txt"], files["greve.txt"], "--format", "jsonl")
    assert r.exit_code == 1
    assert [json.loads(line)["title"] for line in r.stdout.splitlines()] == [
        "Le port de Brest modernise ses quais", "La grève des contrôleurs aériens perturbe les vols"]
    err = r.stderr.strip().splitlines()
    assert len(err) == 1
    assert str(files["vide.txt"]) in err[0] and "empty" in err[0]


def test_a_failed_file_in_json_mode_still_prints_the_array(files):
    r = run(files["vide.txt"], files["port.txt"])
    assert r.exit_code == 1
    assert [o["title"] for o in json.loads(r.stdout)] == ["Le port de Brest modernise ses quais"]


def test_non_french_article_is_refused(files):
    r = run(files["english.txt"], "--format", "jsonl")
    assert r.exit_code == 1
    assert r.stdout == ""
    err = r.stderr.strip().splitlines()
    assert len(err) == 1
    assert str(files["english.txt"]) in err[0] and "unsupported language: en" in err[0]


def test_jsonl_input_with_a_bad_record(tmp_path):
    p = tmp_path / "lot.jsonl"
    rec = {"id": "r1", "title": "Le port de Brest modernise ses quais", "text": FR_1.split("\n", 1)[1],
           "published": "2024-05-13", "language": "fr"}
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n{cassé\n", encoding="utf-8")
    r = run(p)
    assert r.exit_code == 1
    arr = json.loads(r.stdout)
    assert isinstance(arr, list) and len(arr) == 1 and arr[0]["published"] == "2024-05-13"
    assert f"{p}:2" in r.stderr


def test_html_output_carries_its_text(tmp_path):
    p = tmp_path / "page.html"
    body = "".join(f"<p>{line}</p>" for line in FR_1.splitlines()[1:])
    p.write_text(f"<html><head><title>Le port de Brest modernise ses quais</title></head><body><article>"
                 f"<h1>Le port de Brest modernise ses quais</h1>{body}</article></body></html>", encoding="utf-8")
    r = run(p)
    assert r.exit_code == 0, r.stderr
    obj = json.loads(r.stdout)
    text = obj["text"]
    assert obj["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    for q in obj["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_pretty_runs(files):
    r = run(files["port.txt"], "--format", "pretty")
    assert r.exit_code == 0, r.stderr
    assert "Le port de Brest modernise ses quais" in r.stdout
    assert "Yann Kerleau" in r.stdout
    assert "navires de nouvelle" in r.stdout
