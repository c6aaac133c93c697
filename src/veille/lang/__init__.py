"""Language knowledge as data: lexicons under `veille/lang/<code>/`, loaded once per process."""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

_SPACES = re.compile(r"\s+")


def _path(lang: str, name: str):
    return resources.files("veille.lang").joinpath(lang, name)


def read_lines(lang: str, name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    text = _path(lang, name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@functools.lru_cache(maxsize=None)
def read_json(lang: str, name: str) -> dict:
    return json.loads(_path(lang, name).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def norm_word(s: str) -> str:
    """A word or phrase as the lexicons key it: lower case, « ’ » as « ' », each run of whitespace one space.
    Remembered: the stages normalise the same words over and over, some 350 times per short article (the events
    stage empties the memory when it grows too large: `events.lexicon.bound_word_caches`)."""
    return _SPACES.sub(" ", s.lower().replace("’", "'"))


def _er_forms(stem: str) -> list[str]:
    return [stem + s for s in ("e", "es", "ent", "é", "ée", "és", "ées", "er", "ait", "aient", "a", "èrent",
                               "era", "eront", "erait", "eraient", "ant", "ons", "ez")]


def _ir_forms(stem: str) -> list[str]:
    return [stem + s for s in ("it", "issent", "i", "ie", "is", "ies", "ir", "issait", "issaient", "irent",
                               "ira", "iront", "issant")]


@functools.lru_cache(maxsize=None)
def speech_verbs(lang: str = "fr") -> dict[str, dict]:
    """Map of lemma AND inflected form → {lemma, channel, strength} for verbs of saying.

    Multi-word lemmas (faire savoir, se dire) are keyed by their verb with the particle kept in `particle`."""
    table: dict[str, dict] = {}
    for line in read_lines(lang, "speech_verbs.tsv"):
        cols = line.split("\t")
        lemma = cols[0].strip()
        info = {"lemma": lemma, "channel": (cols[1].strip() or None) if len(cols) > 1 else None,
                "strength": (cols[2].strip() or "core") if len(cols) > 2 else "core"}
        words = lemma.replace("s'", "se ").split()
        if words[0] == "se":
            info["reflexive"] = True
            words = words[1:]
        verb = words[0]
        if len(words) > 1:
            info["particle"] = " ".join(words[1:])
        forms = [verb]
        if verb.endswith("er"):
            stem = verb[:-2]
            forms += _er_forms(stem)
            if stem.endswith(("c",)):
                forms += [f.replace(stem + "a", stem[:-1] + "ça") for f in _er_forms(stem) if f.startswith(stem + "a")]
            if stem.endswith("g"):
                forms += [stem + "ea" + f[len(stem) + 1:] for f in _er_forms(stem) if f.startswith(stem + "a")]
            if stem.endswith(("ét", "éd", "èr", "ér", "ép", "él")):
                forms += [stem[:-2] + "è" + stem[-1] + s for s in ("e", "es", "ent")]
        elif verb.endswith("ir"):
            forms += _ir_forms(verb[:-2])
        for f in forms:
            table.setdefault(f, info)
        table[lemma] = info
    for line in read_lines(lang, "speech_forms.txt"):
        form, lemma = line.split("\t")
        if lemma in table:
            table.setdefault(form, table[lemma])
    return table


@functools.lru_cache(maxsize=None)
def word_set(lang: str, name: str) -> frozenset[str]:
    return frozenset(ln.strip().lower() for ln in read_lines(lang, name))


@functools.lru_cache(maxsize=None)
def compound_words(lang: str = "fr") -> dict[str, str]:
    """The hyphenated nouns of the title and actor lists (« état-major », « président-directeur »), each with its
    plural as a compound of two nouns or a noun and an adjective takes it, on every part (« états-majors »): words
    the lexicons look up whole."""
    nouns = word_set(lang, "titles.txt") | {k for k in read_json(lang, "event_actors.json")["actor_nouns"]
                                            if not k.startswith("_")}
    return {w: "-".join(p if p.endswith(("s", "x")) else p + "s" for p in w.split("-"))
            for w in sorted(nouns) if "-" in w and " " not in w}
