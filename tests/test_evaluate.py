"""veille.evaluate: the matching rules on small hand-made gold/system pairs, the run over gold files, the report."""
from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from veille.evaluate import evaluate_paths, print_report, score
from veille.model import Extraction

TEXT = ("Titre\nLe ministre Jean Dupont a déclaré : « Nous signerons l'accord demain. » "
        "Selon l'agence Nova, la ministre Claire Petit a ajouté : « Rien n'est décidé. »\n")


def span(fragment: str) -> list[int]:
    start = TEXT.index(fragment)
    return [start, start + len(fragment)]


DUPONT = ["Jean Dupont", "Dupont"]
PETIT = ["Claire Petit", "Petit"]
NOVA = ["agence Nova", "Nova"]
GOLD = {
    "doc": "article.txt",
    "quotes": [
        {"text": "Nous signerons l'accord demain.", "span": span("Nous signerons l'accord demain."),
         "kind": "direct", "speaker": DUPONT},
        {"text": "Rien n'est décidé.", "span": span("Rien n'est décidé."), "kind": "direct", "speaker": PETIT,
         "via": NOVA},
        {"text": "demain", "span": span("demain"), "kind": "mixed", "speaker": DUPONT, "optional": True},
    ],
    "entities": [{"type": "PER", "names": DUPONT, "seen": ["Jean Dupont"]},
                 {"type": "PER", "names": PETIT, "seen": ["Claire Petit"]}],
    "events": [{"id": "E1", "types": ["AGREE"], "source": [DUPONT], "target": [], "date": "2024-05",
                "evidence": "Nous signerons l'accord", "evidence_span": span("Nous signerons l'accord")}],
    "boilerplate": ["Photo : Studio"],
}


def entity(eid, name, *mentions):
    return {"id": eid, "name": name, "aliases": [], "mentions": [{"start": 0, "end": 0, "text": m} for m in mentions]}


def system_quote(fragment, speaker, via=(), qid="q"):
    s = span(fragment)
    return {"id": qid, "start": s[0], "end": s[1], "text": fragment, "speaker": speaker, "via": list(via)}


def perfect():
    trig = span("signerons")
    return {
        "entities": [entity("e1", "Jean Dupont", "Le ministre Jean Dupont"), entity("e2", "Claire Petit"),
                     entity("e3", "Nova", "l'agence Nova")],
        "quotes": [system_quote("Nous signerons l'accord demain.", "e1", qid="q1"),
                   system_quote("Rien n'est décidé.", "e2", ["e3"], qid="q2")],
        "events": [{"id": "v1", "type": "AGREE", "source": ["e1"], "target": [], "date": "2024-05-14",
                    "trigger": {"start": trig[0], "end": trig[1], "text": "signerons"}, "sentence": None}],
        "boilerplate": [{"start": 0, "end": 5, "text": "Photo: studio", "reason": "photo-credit"}],
    }


def test_perfect_extraction():
    s = score(GOLD, perfect())
    assert s["quote_P"] == s["quote_R"] == s["quote_F1"] == 1.0
    assert s["speaker_acc"] == 1.0 and s["quote_speaker_F1"] == 1.0 and s["via_acc"] == 1.0
    assert s["event_F1"] == 1.0 and s["event_date_acc"] == 1.0
    assert s["entity_merge_acc"] == 1.0 and s["boilerplate_flagged"] == "1/1"


def test_half_overlap_each_way_is_needed():
    sys_ = perfect()
    s0, e0 = span("Nous signerons l'accord demain.")
    sys_["quotes"][0].update(start=s0, end=s0 + 10)             # covers a third of the gold span
    s = score(GOLD, sys_)
    assert s["quote_R"] == 0.5 and s["quote_P"] == 0.5
    sys_["quotes"][0].update(start=s0 - 60, end=e0)             # the gold is less than half of it
    assert score(GOLD, sys_)["quote_R"] == 0.5


def test_second_quote_on_a_matched_gold_is_a_duplicate_and_optional_is_free():
    sys_ = perfect()
    sys_["quotes"].append(system_quote("Nous signerons l'accord demain.", "e1", qid="q3"))
    sys_["quotes"].append(system_quote("demain", "e1", qid="q4"))         # the optional item: a true positive
    s = score(GOLD, sys_)
    assert s["quote_duplicates"] == 1
    assert s["quote_P"] == 1.0 and s["quote_R"] == 1.0


def test_wrong_and_merged_speakers():
    sys_ = perfect()
    sys_["quotes"][1]["speaker"] = "e1"                                   # Dupont said Petit's words
    s = score(GOLD, sys_)
    assert s["speaker_acc"] == 0.5 and s["quote_F1"] == 1.0
    assert s["quote_speaker_F1"] < 1.0
    sys_ = perfect()
    sys_["entities"][0]["aliases"] = ["Petit"]                            # one entity for two people
    s = score(GOLD, sys_)
    assert s["speaker_acc"] == 0.5 and s["entity_merge_acc"] == 0.5


def test_description_holding_a_name_is_the_entity():
    sys_ = perfect()
    sys_["entities"][0] = entity("e1", "le ministre Jean Dupont")
    assert score(GOLD, sys_)["speaker_acc"] == 1.0


def test_events_type_actor_distance_and_flags():
    sys_ = perfect()
    sys_["events"][0]["type"] = "REJECT"
    assert score(GOLD, sys_)["event_R"] == 0.0
    sys_ = perfect()
    far = len(TEXT) + 400
    sys_["events"][0]["trigger"] = {"start": far, "end": far + 3, "text": "x"}
    s = score(GOLD, sys_)
    assert s["event_R"] == 0.0 and s["event_duplicates"] == 1             # same type and actors elsewhere
    sys_ = perfect()
    sys_["events"].append({"id": "v2", "type": "ASSAULT", "source": ["e2"], "target": [], "negated": True,
                           "trigger": {"start": 10, "end": 12, "text": "x"}})
    assert score(GOLD, sys_)["event_P"] == 1.0                            # negated: not held against
    sys_["events"][1]["negated"] = False
    assert score(GOLD, sys_)["event_P"] == 0.5
    sys_ = perfect()
    sys_["events"][0]["date"] = "2024-06-01"
    assert score(GOLD, sys_)["event_date_acc"] == 0.0


class Fake:
    def __init__(self, d):
        self.d = d

    def to_dict(self):
        return self.d


def write_set(tmp_path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "b.gold.json").write_text(json.dumps({**GOLD, "doc": "absent.txt"}), encoding="utf-8")


def test_evaluate_paths_micro_average_and_errors(tmp_path):
    write_set(tmp_path)
    seen = []
    report = evaluate_paths([tmp_path], progress=seen.append, extract=lambda art: Fake(perfect()))
    assert [r["gold"] for r in seen] == [str(tmp_path / "a.gold.json"), str(tmp_path / "b.gold.json")]
    a, b = report["files"]
    assert a["error"] is None and a["figures"]["quote_F1"] == 1.0
    assert "absent.txt" in b["error"] and b["figures"]["quote_R"] == 0.0    # scored as an empty extraction
    micro = report["micro"]
    assert micro["files"] == 2 and micro["errors"] == 1
    assert micro["quote_R"] == 0.5 and micro["quote_P"] == 1.0
    assert micro["boilerplate_flagged"] == "1/2"
    single = evaluate_paths([tmp_path / "a.gold.json"], progress=False, extract=lambda art: Fake(perfect()))
    assert single["micro"]["files"] == 1


def test_evaluate_reads_the_article_the_gold_names(tmp_path):
    write_set(tmp_path)
    texts = []

    def extract(article):
        texts.append(article.text)
        return Fake(perfect())

    evaluate_paths([tmp_path / "a.gold.json"], progress=False, extract=extract)
    assert texts == [TEXT]


def test_missing_or_broken_gold_file_is_an_error_row(tmp_path):
    (tmp_path / "broken.gold.json").write_text("{not json", encoding="utf-8")
    report = evaluate_paths([tmp_path / "nothing.gold.json", tmp_path / "broken.gold.json"], progress=False)
    assert [bool(r["error"]) for r in report["files"]] == [True, True]
    assert "unreadable gold file" in report["files"][1]["error"]
    assert report["micro"]["errors"] == 2
    out = io.StringIO()
    print_report(report, file=out)
    assert "nothing.gold.json" in out.getvalue()


def test_print_report_table(tmp_path):
    write_set(tmp_path)
    report = evaluate_paths([tmp_path], progress=False, extract=lambda art: Fake(perfect()))
    out = io.StringIO()
    print_report(report, file=out)
    text = out.getvalue()
    assert "quote+speaker F1" in text and "event F1" in text and "micro (2 files)" in text
    assert "absent.txt" in text


@pytest.mark.slow
def test_cli_evaluate(tmp_path):
    from veille.cli import app

    write_set(tmp_path)
    (tmp_path / "b.gold.json").unlink()
    r = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["micro"]["files"] == 1 and report["micro"]["errors"] == 0
    assert report["micro"]["quote_R"] >= 0.5
    r = CliRunner().invoke(app, ["evaluate", str(tmp_path / "a.gold.json")])
    assert r.exit_code == 0 and "micro (1 files)" in r.stdout
