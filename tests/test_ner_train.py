"""`veille train ner` and veille.nlp.ner_train on a tiny corpus written for the test."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from test_ner_data import write_article
from veille.cli import app
from veille.nlp import ner_train


def test_missing_data_folder_is_one_clear_line(tmp_path):
    res = CliRunner().invoke(app, ["train", "ner", str(tmp_path / "nowhere")])
    assert res.exit_code == 2
    assert "nowhere: not a folder of WiNER articles" in res.output


def test_articles_of_judging_years_are_refused(tmp_path):
    write_article(tmp_path, "2016_02_01-001")
    write_article(tmp_path, "2018_02_01-001")
    res = CliRunner().invoke(app, ["train", "ner", str(tmp_path), "--work", str(tmp_path / "w")])
    assert res.exit_code == 1
    assert "2018_02_01-001.ann: an article of 2018" in res.output
    assert not (tmp_path / "w").exists()


@pytest.mark.slow
def test_tiny_training_installs_a_loadable_ner(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for stem in ("2016_01_04-001", "2016_05_09-001", "2016_11_02-001", "2016_12_06-001"):
        write_article(data, stem)
    target = tmp_path / "model"
    with open(tmp_path / "train.log", "w") as log_to:
        meta = ner_train.train_ner(data, work=tmp_path / "work", target=target, max_steps=2, log_to=log_to)
    assert (target / "ner" / "model").is_file()
    assert meta["articles"] == {"train": 2, "dev": 1, "heldout": 1}
    assert set(meta["heldout"]) == {"bare fr_core_news_md", "news NER"}
    assert json.loads((target / "meta.json").read_text(encoding="utf-8"))["seed"] == ner_train.SEED
