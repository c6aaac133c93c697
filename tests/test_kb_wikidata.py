"""`veille kb import`: a tiny Wikidata dump in the real layout (bz2, a JSON array with one entity per line)."""
from __future__ import annotations

import bz2
import json

from typer.testing import CliRunner

from veille.kb import load_kb
from veille.kb.wikidata import import_dump, wikidata_time


def _item(qid, p31, labels, aliases=None, claims=None, sitelinks=None):
    def snak(prop, target):
        return {"mainsnak": {"snaktype": "value", "property": prop, "datatype": "wikibase-item",
                             "datavalue": {"type": "wikibase-entityid",
                                           "value": {"entity-type": "item", "numeric-id": int(target[1:]),
                                                     "id": target}}},
                "type": "statement", "rank": "normal"}
    all_claims = {"P31": [snak("P31", c) for c in p31]}
    for prop, values in (claims or {}).items():
        all_claims[prop] = values
    return {"type": "item", "id": qid,
            "labels": {lang: {"language": lang, "value": v} for lang, v in labels.items()},
            "aliases": {lang: [{"language": lang, "value": v} for v in vs] for lang, vs in (aliases or {}).items()},
            "claims": all_claims,
            "sitelinks": {s: {"site": s, "title": "x"} for s in (sitelinks or [])}}


def _time(t, precision=11):
    return {"snaktype": "value", "property": "P580", "datatype": "time",
            "datavalue": {"type": "time", "value": {"time": t, "timezone": 0, "before": 0, "after": 0,
                                                    "precision": precision,
                                                    "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}}}


def _position(target, start=None, end=None):
    st = {"mainsnak": {"snaktype": "value", "property": "P39", "datatype": "wikibase-item",
                       "datavalue": {"type": "wikibase-entityid",
                                     "value": {"entity-type": "item", "numeric-id": int(target[1:]), "id": target}}},
          "type": "statement", "rank": "normal", "qualifiers": {}}
    if start:
        st["qualifiers"]["P580"] = [_time(start)]
    if end:
        q = _time(end)
        q["property"] = "P582"
        st["qualifiers"]["P582"] = [q]
    return st


def _country(qid, label, iso3):
    item = _item(qid, ["Q6256"], {"fr": label, "en": label})
    item["claims"]["P298"] = [{"mainsnak": {"snaktype": "value", "property": "P298", "datatype": "external-id",
                                            "datavalue": {"type": "string", "value": iso3}},
                               "type": "statement", "rank": "normal"}]
    return item


def write_dump(path):
    cit = lambda q: {"mainsnak": {"snaktype": "value", "property": "P27", "datatype": "wikibase-item",  # noqa: E731
                                  "datavalue": {"type": "wikibase-entityid",
                                                "value": {"entity-type": "item", "numeric-id": int(q[1:]),
                                                          "id": q}}},
                     "type": "statement", "rank": "normal"}
    entities = [
        _item("Q900001", ["Q5"], {"fr": "Jeanne Exemplaire", "en": "Jeanne Exemplaire"},
              aliases={"ru": ["Жанна Экземплер"]},
              claims={"P39": [_position("Q900100", "+2015-03-01T00:00:00Z", "+2019-06-30T00:00:00Z"),
                              _position("Q900101", "+2019-07-01T00:00:00Z")],
                      "P27": [cit("Q900200")]}),
        _item("Q900002", ["Q5"], {"fr": "Paul Sans-Poste"}),  # no position held: not kept
        _item("Q900100", ["Q4164871"], {"fr": "ministre de la Défense de Zembla", "en": "Minister of Defence"}),
        _item("Q900101", ["Q4164871"], {"fr": "Premier ministre de Zembla"}),
        _country("Q900200", "Zembla", "ZEM"),
        _item("Q900300", ["Q192283"], {"fr": "Agence zemblienne de presse", "en": "Zembla Press Agency"},
              aliases={"fr": ["AZP"]}, sitelinks=["frwiki"]),
        _item("Q900301", ["Q192283"], {"fr": "Obscure agence"}),  # no Wikipedia article: not kept
        _item("Q900400", ["Q11424"], {"fr": "Un film"}, sitelinks=["frwiki"]),  # not an organisation
    ]
    with bz2.open(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(e) for e in entities))
        fh.write("\n]\n")


def test_wikidata_time():
    assert wikidata_time({"time": "+2012-11-06T00:00:00Z", "precision": 11}) == "2012-11-06"
    assert wikidata_time({"time": "+2012-11-00T00:00:00Z", "precision": 10}) == "2012-11"
    assert wikidata_time({"time": "+2012-00-00T00:00:00Z", "precision": 9}) == "2012"


def test_import_and_merge(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    dump = tmp_path / "dump.json.bz2"
    write_dump(dump)
    out = tmp_path / "kb_user.jsonl"
    counts = import_dump(dump, out)
    assert counts["people"] == 1 and counts["organisations"] == 1 and counts["errors"] == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["kb_id"] for r in records} == {"Q900001", "Q900300"}
    kb = load_kb(user_files=[out])
    jeanne = kb.match("Jeanne Exemplaire", "PER")
    assert jeanne is not None and jeanne.kb_id == "Q900001" and jeanne.country == "ZEM"
    assert kb.match("Жанна Экземплер") is jeanne
    assert kb.role_at(jeanne, "2016") == "ministre de la Défense de Zembla"
    assert kb.role_at(jeanne, "2024-01-01") == "Premier ministre de Zembla"
    assert kb.match("AZP", "ORG").sector == "MED"
    # importing again is idempotent
    import_dump(dump, out)
    assert len(out.read_text().splitlines()) == 2


def test_cli_import_and_lookup(tmp_path, monkeypatch):
    from veille.cli import app
    import veille.kb

    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("VEILLE_KB_USER", str(tmp_path / "user.jsonl"))
    dump = tmp_path / "dump.json.bz2"
    write_dump(dump)
    runner = CliRunner()
    res = runner.invoke(app, ["kb", "import", str(dump)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.strip().splitlines()[-1])["people"] == 1
    veille.kb.get_kb.cache_clear()
    try:
        res = runner.invoke(app, ["kb", "lookup", "Jeanne Exemplaire", "--date", "2016", "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout)["role_at_date"] == "ministre de la Défense de Zembla"
        res = runner.invoke(app, ["kb", "lookup", "le Kremlin"])
        assert res.exit_code == 0 and "Russie" in res.stdout
        res = runner.invoke(app, ["kb", "lookup", "Personne Inconnue"])
        assert res.exit_code == 1 and "not in the knowledge base" in res.stdout
    finally:
        veille.kb.get_kb.cache_clear()


def test_bad_dump_lines_are_skipped(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text('[\n{"type": "item", "id": "Q1", "labels": {}}, \n{not json},\n]\n')
    out = tmp_path / "u.jsonl"
    counts = import_dump(dump, out)
    assert counts["errors"] == 1 and out.exists()


def test_import_merges_with_shipped_person_by_name(tmp_path, monkeypatch):
    """An imported record of a shipped person (same full name, no shared Wikidata id) adds names, not a rival."""
    monkeypatch.setenv("VEILLE_CACHE_DIR", str(tmp_path / "cache"))
    user = tmp_path / "u.jsonl"
    user.write_text(json.dumps({"kb_id": "Q999999", "wikidata": "Q999999", "name": "Alexander Lukashenko",
                                "type": "PER", "country": "BLR", "aliases": ["Alyaksandr Lukashenka Ryhoravich"],
                                "roles": [], "sources": ["wikidata:Q999999"]}) + "\n")
    kb = load_kb(user_files=[user])
    luka = kb.match("Loukachenko", "PER")
    assert luka is not None and luka.kb_id == "kb:lukashenko-alexander"
    assert kb.match("Alyaksandr Lukashenka Ryhoravich", "PER") is luka
