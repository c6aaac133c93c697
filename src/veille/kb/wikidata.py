"""Import a Wikidata JSON dump (the `latest-all.json.bz2` layout: a JSON array with one entity per line) into the
user KB file that `get_kb()` merges with the shipped data.

The dump is streamed (bz2, gzip or plain), never loaded whole. Kept: people with positions held (P39), with their
dated roles; organisations of known kinds (IGOs, media, parties, ministries, armed forces …) that have a French or
English Wikipedia article; countries only to map citizenship (P27) to ISO alpha-3 codes (country actors come from
ISO data)."""
from __future__ import annotations

import bz2
import gzip
import json
import logging
import os
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

log = logging.getLogger(__name__)

HUMAN = "Q5"
COUNTRY_CLASSES = {"Q6256", "Q3624078", "Q7275", "Q3024240", "Q1763527"}
# instance-of classes kept as organisations, with their PLOVER sector
ORG_CLASSES = {
    "Q484652": "IGO", "Q245065": "IGO", "Q1335818": "IGO",            # international / intergovernmental orgs
    "Q192283": "MED", "Q11032": "MED", "Q1153191": "MED", "Q1110794": "MED", "Q15265344": "MED",
    "Q1002697": "MED", "Q2001305": "MED", "Q14350": "MED", "Q1193236": "MED", "Q17232649": "MED",
    "Q7278": "PTY",                                                   # political party
    "Q192350": "GOV", "Q327333": "GOV", "Q2659904": "GOV", "Q35798": "GOV", "Q640506": "GOV",  # ministries, agencies
    "Q772547": "MIL", "Q176799": "MIL", "Q1752346": "MIL", "Q4508": "MIL",  # armed forces, units, navy
    "Q17127659": "REB", "Q1752939": "REB", "Q138796": "REB",         # terrorist / armed / rebel groups
    "Q163740": "NGO", "Q79913": "NGO", "Q178790": "LAB",             # NGOs, trade unions
    "Q35749": "LEG",                                                  # parliament
    "Q1002812": "JUD", "Q41487": "JUD",                               # courts
    "Q783794": "BUS", "Q4830453": "BUS", "Q891723": "BUS", "Q6881511": "BUS",  # companies
}
POSITION_CLASSES = {"Q4164871", "Q294414", "Q30461", "Q48352", "Q83307", "Q2285706", "Q707492", "Q1553195",
                    "Q14212", "Q611644", "Q7210356", "Q599151", "Q15686806", "Q1501926"}
LANGS = ("fr", "en", "mul", "de", "es", "it", "ru", "uk", "be", "pl", "ar", "zh")
SITELINKS = ("frwiki", "enwiki")


def open_dump(path: Path) -> BinaryIO:
    name = str(path)
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def iter_entities(fh: BinaryIO, on_error: Callable[[int, str], None] | None = None) -> Iterator[dict]:
    """Entities of a dump, one per line; the array's brackets and trailing commas are skipped."""
    for n, raw in enumerate(fh, 1):
        line = raw.strip()
        if line in (b"[", b"]", b""):
            continue
        if line.endswith(b","):
            line = line[:-1]
        try:
            yield json.loads(line)
        except ValueError as exc:
            if on_error:
                on_error(n, str(exc))


def _claim_ids(entity: dict, prop: str) -> list[str]:
    out = []
    for st in entity.get("claims", {}).get(prop, []):
        if st.get("rank") == "deprecated":
            continue
        v = st.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, dict) and v.get("id"):
            out.append(v["id"])
        elif isinstance(v, dict) and v.get("numeric-id") is not None:
            out.append(f"Q{v['numeric-id']}")
    return out


def _claim_str(entity: dict, prop: str) -> str | None:
    for st in entity.get("claims", {}).get(prop, []):
        v = st.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, str):
            return v
    return None


def wikidata_time(value: dict | None) -> str | None:
    """'+2012-11-06T00:00:00Z' at precision 11/10/9 -> '2012-11-06' / '2012-11' / '2012'."""
    if not value or not isinstance(value, dict) or not value.get("time"):
        return None
    t = value["time"].lstrip("+")
    if t.startswith("-"):
        return None
    date = t.split("T")[0]
    y, m, d = (date.split("-") + ["00", "00"])[:3]
    prec = value.get("precision", 11)
    if prec <= 9 or m == "00":
        return y.zfill(4)
    if prec == 10 or d == "00":
        return f"{y.zfill(4)}-{m}"
    return f"{y.zfill(4)}-{m}-{d}"


def _qualifier_time(statement: dict, prop: str) -> str | None:
    for q in statement.get("qualifiers", {}).get(prop, []):
        t = wikidata_time(q.get("datavalue", {}).get("value"))
        if t:
            return t
    return None


def _label(entity: dict) -> str | None:
    labels = entity.get("labels", {})
    for lang in LANGS:
        if lang in labels:
            return labels[lang]["value"]
    return next((v["value"] for v in labels.values()), None)


def _names(entity: dict) -> list[str]:
    names = []
    for lang in LANGS:
        if lang in entity.get("labels", {}):
            names.append(entity["labels"][lang]["value"])
        for a in entity.get("aliases", {}).get(lang, []):
            names.append(a["value"])
    return list(dict.fromkeys(n for n in names if n))


def _sector_for_title(title: str) -> str:
    low = title.lower()
    if any(w in low for w in ("défense", "defence", "defense", "armée", "military", "militaire", "army", "général",
                              "chief of staff", "chef d'état-major")):
        return "MIL"
    if any(w in low for w in ("député", "member of", "sénateur", "senator", "parliament", "parlement")):
        return "LEG"
    if any(w in low for w in ("juge", "judge", "justice of", "procureur")):
        return "JUD"
    return "GOV"


def import_dump(path: Path, out: Path, *, limit: int | None = None,
                progress: Callable[[int], None] | None = None) -> dict:
    """Stream `path`, write the kept actors to `out` (JSON lines, merged with what `out` already holds).
    Returns counts. The output is written to a temporary file and moved into place, so a failed import never
    damages the existing user KB."""
    people: list[dict] = []
    orgs: list[dict] = []
    labels: dict[str, str] = {}          # position and other referenced items -> French (or other) label
    iso_of: dict[str, str] = {}          # country item -> ISO alpha-3
    wanted: set[str] = set()
    counts = {"entities": 0, "people": 0, "organisations": 0, "countries": 0, "errors": 0}

    def bad_line(n: int, why: str) -> None:
        counts["errors"] += 1
        log.warning("%s: line %d skipped (%s)", path, n, why)

    with open_dump(path) as fh:
        raw = getattr(fh, "_fp", None) or getattr(fh, "fileobj", None) or fh
        for entity in iter_entities(fh, bad_line):
            counts["entities"] += 1
            if progress and counts["entities"] % 1000 == 0:
                try:
                    progress(raw.tell())
                except (OSError, ValueError):
                    pass
            if entity.get("type") != "item" or "id" not in entity:
                continue
            qid = entity["id"]
            p31 = set(_claim_ids(entity, "P31"))
            if qid in wanted or p31 & POSITION_CLASSES:
                lab = _label(entity)
                if lab:
                    labels[qid] = lab
            if p31 & COUNTRY_CLASSES:
                iso = _claim_str(entity, "P298")
                if iso:
                    iso_of[qid] = iso.upper()
                    counts["countries"] += 1
                continue
            label = _label(entity)
            if not label:
                continue
            if HUMAN in p31 and entity.get("claims", {}).get("P39"):
                roles = []
                for st in entity["claims"]["P39"]:
                    if st.get("rank") == "deprecated":
                        continue
                    v = st.get("mainsnak", {}).get("datavalue", {}).get("value")
                    if not isinstance(v, dict) or not v.get("id"):
                        continue
                    wanted.add(v["id"])
                    roles.append({"position": v["id"], "start": _qualifier_time(st, "P580"),
                                  "end": _qualifier_time(st, "P582")})
                if roles:
                    people.append({"kb_id": qid, "wikidata": qid, "name": label, "type": "PER",
                                   "aliases": [n for n in _names(entity) if n != label],
                                   "citizenship": _claim_ids(entity, "P27"), "roles": roles,
                                   "sources": [f"wikidata:{qid}"]})
                    counts["people"] += 1
            else:
                sectors = [ORG_CLASSES[c] for c in p31 if c in ORG_CLASSES]
                links = entity.get("sitelinks", {})
                if sectors and any(s in links for s in SITELINKS):
                    country = _claim_ids(entity, "P17")
                    orgs.append({"kb_id": qid, "wikidata": qid, "name": label, "type": "ORG", "sector": sectors[0],
                                 "aliases": [n for n in _names(entity) if n != label], "citizenship": country,
                                 "roles": [], "sources": [f"wikidata:{qid}"]})
                    counts["organisations"] += 1
            if limit and counts["people"] + counts["organisations"] >= limit:
                break

    records: dict[str, dict] = {}
    if out.exists():
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    try:
                        d = json.loads(line)
                        records[d["kb_id"]] = d
                    except (ValueError, KeyError):
                        counts["errors"] += 1
    for rec in people + orgs:
        countries = [iso_of[c] for c in rec.pop("citizenship") if c in iso_of]
        rec["country"] = countries[0] if countries else None
        for r in rec["roles"]:
            pos = r.pop("position")
            r["title"] = labels.get(pos, pos)
            r["country"] = rec["country"]
            r["sector"] = _sector_for_title(r["title"])
        if rec["type"] == "PER":
            rec["roles"].sort(key=lambda r: r["start"] or "")
            current = [r for r in rec["roles"] if not r["end"]] or rec["roles"]
            rec["sector"] = current[-1]["sector"] if current else "GOV"
        records[rec["kb_id"]] = rec
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records.values():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    counts["written"] = len(records)
    return counts
