"""The actor knowledge base: records, index, matching (building and loading it: `build.py`).

The index (alias keys, surnames, places, demonyms, fuzzy buckets) is built once from the shipped data files
(countries from packages plus `data/countries_fr.tsv`, people and organisations from `data/actors.json`) and the
user's imported KB (`veille kb import`), then pickled in the user cache directory; later loads read the pickle."""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from veille.names import fold, name_key, strip_determiner

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
ACTORS_FILE = DATA_DIR / "actors.json"
INDEX_VERSION = 10  # bump when the index layout or the key rules change

TYPES = ("PER", "ORG", "GPE", "LOC")
# Which KB types an NER label may link to (None: any).
TYPE_COMPAT = {"PER": {"PER"}, "ORG": {"ORG"}, "GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"},
               "MISC": {"ORG", "GPE", "LOC"}}
# Name particles that start a multi-word surname (Le Pen, al-Assad, von der Leyen, bin Salman).
PARTICLES = {"le", "la", "de", "du", "des", "di", "da", "del", "van", "von", "der", "den", "al", "el", "ben", "bin",
             "ibn", "abu", "abou", "mac", "mc", "saint", "st"}
# Honorifics before a name (normalised): « M. Poutine » is looked up as « Poutine ».
HONORIFICS = {"m", "mm", "mme", "mmes", "mlle", "mgr", "dr", "pr", "me", "monsieur", "madame", "mademoiselle",
              "sir", "mr", "mrs", "ms", "lord", "lady"}
FUZZY_MIN_LEN = 8
FUZZY_CUTOFF = 90.0


@dataclass
class Role:
    title: str
    start: str | None = None
    end: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Actor:
    kb_id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    wikidata: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Actor":
        roles = [r if isinstance(r, Role) else Role(**{k: r.get(k) for k in ("title", "start", "end", "country",
                                                                           "sector")})
                 for r in d.get("roles") or []]
        kb_id = d.get("kb_id") or d.get("id") or d.get("wikidata")
        if not kb_id or d.get("type") not in TYPES:
            raise KeyError(f"actor without id or with an unknown type: {d.get('name')!r}")
        return cls(kb_id=kb_id, name=d["name"], type=d["type"], country=d.get("country"), sector=d.get("sector"),
                   aliases=list(d.get("aliases") or []), roles=roles, sources=list(d.get("sources") or []),
                   wikidata=d.get("wikidata") or (kb_id if re.fullmatch(r"Q\d+", kb_id or "") else None))


def _bucket(key: str) -> str:
    """Fuzzy candidates share the initials of their first and last words (and so their number of words > 1)."""
    words = key.split()
    return words[0][0] + (words[-1][0] if len(words) > 1 else "")


def _date_bounds(date: str) -> tuple[str, str]:
    """'2024' -> ('2024-01-01', '2024-12-31'); '2024-05' -> ('2024-05-01', '2024-05-31')."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01", f"{parts[0]}-{parts[1]}-31"
    return date[:10], date[:10]


def _lo(d: str | None) -> str:
    return _date_bounds(d)[0] if d else "0000-00-00"


def _hi(d: str | None) -> str:
    return _date_bounds(d)[1] if d else "9999-99-99"


class KB:
    """Actors plus lookup tables. Build with `KB.build(...)`; use through `veille.kb.get_kb()`."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.places: dict[str, str] = {}           # name key -> kb_id of a country
        self.place_kinds: dict[str, str] = {}      # name key -> "country" | "capital" | "seat"
        self.locations: dict[str, str | None] = {}  # name key of a city or region -> ISO3 it lies in (None: several)
        self.demonyms: dict[str, str | None] = {}  # normalised word -> ISO3 (None: ambiguous)
        self.country_by_iso: dict[str, str] = {}   # ISO3 -> kb_id
        self.context_words: dict[str, set[str]] = {}  # kb_id -> keys that make it likely in a context
        self.given_words: dict[str, set[str]] = {}    # person kb_id -> keys of given names
        self.fuzzy: dict[str, dict[str, list[str]]] = {}  # type -> first letter -> keys
        self.ruler_names: list[tuple[str, str, str]] = []  # (surface form, NER label, kb_id) for the KB ruler
        self._match_cache: dict = {}

    # ---------------------------------------------------------------- building
    def add(self, actor: Actor, *, index_surnames: bool = True) -> None:
        if actor.kb_id in self.actors:
            return
        self.actors[actor.kb_id] = actor
        names = [actor.name] + list(actor.aliases)
        for n in names:
            k = name_key(strip_determiner(n))
            if k and actor.kb_id not in self.by_key[k]:
                self.by_key[k].append(actor.kb_id)
        if actor.type == "PER" and index_surnames:
            for n in names:
                words = name_key(n).split()
                if len(words) < 2:
                    if words and actor.kb_id not in self.by_surname[words[0]]:
                        self.by_surname[words[0]].append(actor.kb_id)
                    continue
                for i in range(1, len(words)):
                    if i == len(words) - 1 or words[i] in PARTICLES:
                        s = " ".join(words[i:])
                        if actor.kb_id not in self.by_surname[s]:
                            self.by_surname[s].append(actor.kb_id)

    def finish(self) -> None:
        """Derived tables: context words and fuzzy buckets."""
        iso_words: dict[str, set[str]] = defaultdict(set)
        for a in self.actors.values():
            if a.kb_id.startswith("iso:"):
                iso3 = a.kb_id[4:]
                for n in [a.name] + a.aliases:
                    iso_words[iso3].update(name_key(n).split())
        for word, iso in self.demonyms.items():
            if iso:
                iso_words[iso].add(name_key(word))
        for a in self.actors.values():
            words: set[str] = set()
            for n in [a.name] + a.aliases:
                words.update(w for w in name_key(n).split() if len(w) > 2)
            for r in a.roles:
                words.update(w for w in name_key(r.title).split() if len(w) > 3)
                if r.country:
                    words |= iso_words.get(r.country, set())
            if a.country:
                words |= iso_words.get(a.country, set())
            self.context_words[a.kb_id] = words
            if a.type == "PER":
                self.given_words[a.kb_id] = {w for n in [a.name] + a.aliases for w in name_key(n).split()[:-1]
                                             if len(w) > 1 and w not in PARTICLES}
        fuzzy: dict[str, dict[str, list[str]]] = {}
        for k, ids in self.by_key.items():
            if len(k) < FUZZY_MIN_LEN:
                continue
            for t in {self.actors[i].type for i in ids}:
                fuzzy.setdefault(t, {}).setdefault(_bucket(k), []).append(k)
        self.fuzzy = fuzzy
        self.by_key = dict(self.by_key)
        self.by_surname = dict(self.by_surname)

    # ---------------------------------------------------------------- lookups
    def get(self, kb_id: str) -> Actor | None:
        return self.actors.get(kb_id)

    def _compatible(self, ids, type_hint: str | None) -> list[str]:
        if not type_hint or type_hint not in TYPE_COMPAT:
            return list(ids)
        ok = TYPE_COMPAT[type_hint]
        return [i for i in ids if self.actors[i].type in ok]

    def candidates(self, name: str, type_hint: str | None = None) -> list[str]:
        """KB ids whose names fit `name` exactly (by key), as a surname, or fuzzily — before context."""
        return self._candidates(name, type_hint)[0]

    def _candidates(self, name: str, type_hint: str | None) -> tuple[list[str], str]:
        k = name_key(strip_determiner(name.strip()))
        words = k.split()
        if len(words) > 1 and words[0] in HONORIFICS:
            k = " ".join(words[1:])
        if not k:
            return [], "none"
        ids = self._compatible(self.by_key.get(k, ()), type_hint)
        if not ids and type_hint not in ("PER", None):
            # an NER type error (an outlet tagged LOC): accept any non-person exact match
            ids = [i for i in self.by_key.get(k, ()) if self.actors[i].type != "PER"]
        if ids:
            return ids, "exact"
        if type_hint in (None, "PER"):
            ids = list(self.by_surname.get(k, ()))
            if ids:
                return ids, "surname"
        return self._fuzzy(k, type_hint), "fuzzy"

    def _fuzzy(self, k: str, type_hint: str | None) -> list[str]:
        if len(k) < FUZZY_MIN_LEN:
            return []
        from rapidfuzz import fuzz, process

        types = TYPE_COMPAT.get(type_hint or "", set(TYPES))
        best: list[tuple[float, str]] = []
        for t in types:
            pool = self.fuzzy.get(t, {}).get(_bucket(k), ())
            if not pool:
                continue
            for cand, score, _ in process.extract(k, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3):
                # word by word too: a spelling slip links, another first name or an extra initial does not
                # ('Hunter Biden' is not 'Joe Biden', 'George H. W. Bush' is not 'George W. Bush')
                cw, kw = cand.split(), k.split()
                if len(cw) != len(kw) or any(a[:1] != b[:1] or fuzz.ratio(a, b) < 75 for a, b in zip(cw, kw)):
                    continue
                best.append((score, cand))
        if not best:
            return []
        best.sort(reverse=True)
        top = best[0][0]
        out: list[str] = []
        for score, cand in best:
            if score == top:
                out += [i for i in self.by_key[cand] if self.actors[i].type in types and i not in out]
        return out

    def match(self, name: str, type_hint: str | None = None, context: str | None = None) -> Actor | None:
        """The actor `name` refers to, or None when unknown or ambiguous even with the context.

        A surname alone that the KB does not list as an alias (« Miller ») links only when the context supports one
        person (first name, country, role words): common surnames are not evidence on their own."""
        ck = (name, type_hint, context)
        if ck in self._match_cache:
            return self._match_cache[ck]
        ids, how = self._candidates(name, type_hint)
        result = None
        if how == "surname":
            result = self._disambiguate(ids, context, exclude=set(name_key(name).split()), min_score=2)
        elif len(ids) == 1:
            result = self.actors[ids[0]]
        elif len(ids) > 1:
            result = self._disambiguate(ids, context)
        if len(self._match_cache) > 100_000:
            self._match_cache.clear()
        self._match_cache[ck] = result
        return result

    def _context_words(self, context: str) -> set[str]:
        cache = self.__dict__.setdefault("_ctx_cache", {})
        words = cache.get(context)
        if words is None:
            if len(cache) > 256:
                cache.clear()
            words = cache[context] = {name_key(w) for w in set(fold(context).split()) if len(w) > 2}
        return words

    def _disambiguate(self, ids: list[str], context: str | None, exclude: set[str] = frozenset(),
                      min_score: int = 1) -> Actor | None:
        """The one candidate the context supports best: a given name counts 2, a country, demonym or role word 1."""
        if not context:
            return None
        words = self._context_words(context) - exclude

        def score(kb_id: str) -> int:
            given = self.given_words.get(kb_id, set()) & words
            return 2 * len(given) + len((self.context_words.get(kb_id, set()) - given) & words)

        scored = sorted(((score(i), i) for i in ids), reverse=True)
        if scored[0][0] >= min_score and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return self.actors[scored[0][1]]
        return None

    def place_country(self, name: str) -> Actor | None:
        """The country a country name, capital or seat of power stands for: 'le Kremlin' -> Russia."""
        k = name_key(strip_determiner(name.strip()))
        kb_id = self.places.get(k)
        return self.actors.get(kb_id) if kb_id else None

    def place_kind(self, name: str) -> str | None:
        """How a place stands for its state: "country" (Russie), "capital" (Moscou) or "seat" (le Kremlin: the
        executive, so sector GOV); None when it is no such place."""
        k = name_key(strip_determiner(name.strip()))
        return self.place_kinds.get(k) if k in self.places else None

    def locate(self, name: str) -> str | None:
        """ISO alpha-3 of the country a place is or lies in: 'Kharkiv' -> 'UKR', 'Moscou' -> 'RUS'. Unlike
        `place_country`, a city is not taken for its state."""
        k = name_key(strip_determiner(name.strip()))
        kb_id = self.places.get(k)
        if kb_id:
            return self.actors[kb_id].country
        return self.locations.get(k)

    def country(self, iso3: str) -> Actor | None:
        kb_id = self.country_by_iso.get((iso3 or "").upper())
        return self.actors.get(kb_id) if kb_id else None

    def demonym_country(self, word: str) -> str | None:
        """ISO alpha-3 for a French demonym, adjective or noun, any gender or number: 'biélorusse' -> 'BLR'."""
        return self.demonyms.get(fold(word))

    def role_at(self, actor: Actor, date: str | None) -> str | None:
        """The title of the role valid at `date` (ISO, partial ok); the current or latest role when no date."""
        if actor is None or not actor.roles:
            return None
        if not date:
            current = [r for r in actor.roles if not r.end]
            pool = current or actor.roles
            return max(pool, key=lambda r: _lo(r.start)).title
        lo, hi = _date_bounds(date)
        valid = [r for r in actor.roles if _lo(r.start) <= hi and lo <= _hi(r.end)]
        if not valid:
            return None
        # a partial date spanning a change (2024 for Shoigu) gives the role that began last within it
        return max(valid, key=lambda r: _lo(r.start)).title

    def role_record_at(self, actor: Actor, date: str | None) -> Role | None:
        title = self.role_at(actor, date)
        return next((r for r in actor.roles if r.title == title), None) if title else None
