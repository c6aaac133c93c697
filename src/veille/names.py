"""Name folding: the one comparison form of a name (`fold`) and the one spelling key (`name_key`) that nlp, kb,
store, watch, alerts and evaluate all use. Importable without spaCy.

- `fold(text)`: lower-case ASCII, accents and ligatures resolved (« Œ » → « oe »), other scripts transliterated,
  apostrophes, hyphens, punctuation and runs of spaces as single spaces: « L’Élysée » → « l elysee »,
  « Jean-Luc  Mélenchon » → « jean luc melenchon ».
- `name_key(name)`: `fold` plus French→English transliteration rewrites, word by word, so that the French,
  English and German spellings of one (mostly Slavic or Arabic) name collide: Choïgou / Shoigu / Shoygu,
  Podoliak / Podolyak, Loukachenko / Lukashenko, Poutine / Putin, Dmitri / Dmitry.
- `strip_determiner(name)`, `stable_id(name, type)`: a name without its leading article; an actor id from a name.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from anyascii import anyascii

# Leading words that are not part of a name (French determiners and elisions).
DETERMINERS = ("l'", "l’", "le ", "la ", "les ", "du ", "des ", "de la ", "de l'", "de l’", "d'", "d’", "au ", "aux ")

# Ordered rewrites applied to the ASCII, lower-cased form. French spelling on the left, the common
# English/international form on the right; both sides of a comparison go through the same rules.
_REWRITES: list[tuple[str, str]] = [
    ("tch", "ch"),          # Tchourkine / Churkin (runs before ch→sh, so French "tch" ends as English "ch")
    ("ch", "sh"),           # Choïgou / Shoigu, Loukachenko / Lukashenko
    ("ou", "u"),            # Poutine / Putin
    ("kh", "h"),            # Mykhaïlo / Mykhailo / Mihailo
    ("dj", "j"),            # Djokovic / Jokovic
    ("dzh", "j"),
    ("zh", "j"),            # Zhirinovsky / Jirinovski
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),            # Alexandre / Aleksandr
    ("w", "v"),             # Lawrow / Lavrov
    ("ph", "f"),
    ("gue", "ge"), ("gui", "gi"),  # Sergueï / Sergei
    ("y", "i"),             # Podolyak / Podoliak, Dmitry / Dmitri, Zelensky / Zelenski
    ("ei", "ei"),
    ("ii", "i"), ("ij", "i"),
]
_WORD_END = [
    (re.compile(r"^ie(?=[a-z]{3})"), "e"),    # Ievgueni / Yevgeny / Evgueni, Iermak / Yermak
    (re.compile(r"ander\b"), "andr"),        # Alexander / Alexandre / Aleksandr
    (re.compile(r"(?<=[a-z]{3})e\b"), ""),   # Poutine / Putin, Alexandre / Alexandr: French mute final e
    (re.compile(r"(?<=[a-z]{3})ie\b"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),       # doubled letters: Zelenskyy / Zelensky, Hollande
    (re.compile(r"(?<=[a-z])h\b"), ""),     # final h: Mohammed / Mohamed handled by doubles; Allah / Alla
]


SHORT = 200  # names and lines are remembered (they recur across articles); whole article texts are not


def fold(text: Optional[str]) -> str:
    """Lower-case ASCII form with punctuation as single spaces: 'Sergueï  Choïgou' -> 'serguei choigou'; None -> ''."""
    text = text or ""
    return _fold_short(text) if len(text) <= SHORT else _fold(text)


@lru_cache(maxsize=200_000)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    # Ukrainian/Russian apostrophes and soft signs vanish rather than split a word.
    name = re.sub(r"[ʼ’'ʹь](?=\w)", "", name) if re.search(r"[\u0400-\u04ff]", name) else name
    text = anyascii(name).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


_DETERMINER_RE = re.compile(
    "^(?:" + "|".join(re.escape(d) for d in sorted(DETERMINERS, key=len, reverse=True)) + r")\s*", re.IGNORECASE)


def strip_determiner(name: str) -> str:
    """'la Maison-Blanche' -> 'Maison-Blanche'; 'l'OTAN' -> 'OTAN'."""
    m = _DETERMINER_RE.match(name)
    if m and m.end() < len(name):
        return name[m.end():]
    return name


def _key_word(word: str) -> str:
    if word.isdigit():
        return word
    for a, b in _REWRITES:
        word = word.replace(a, b)
    for pattern, repl in _WORD_END:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Transliteration key: `fold` plus French→English spelling rewrites, word by word.

    'Sergueï Choïgou', 'Sergei Shoigu' and 'Sergey Shoygu' all give 'sergei shoigu'."""
    return " ".join(_key_word(w) for w in fold(name).split())


def stable_id(name: str, type: str) -> str:
    """Id for an actor that is not in the KB: the type plus the name's key, so spelling variants of the same
    full name merge across articles ('Mykhaïlo Podoliak' / 'Mykhailo Podolyak') and different names do not."""
    key = name_key(strip_determiner(name)) or fold(name) or name.strip().lower()
    return f"{(type or 'MISC').lower()}:{key.replace(' ', '-')}"
