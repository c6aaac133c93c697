"""Language identification with lingua (its models ship inside the package: no download at run time)."""
from __future__ import annotations

import functools
import re

_LANGS = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "RUSSIAN", "UKRAINIAN",
          "POLISH", "ARABIC", "TURKISH", "CHINESE", "JAPANESE")


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, n) for n in _LANGS if hasattr(Language, n)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or 'und' when the text has too few letters to tell."""
    sample = text[:1500]  # enough letters to tell French from its neighbours, at half the cost
    if len(re.findall(r"\w", sample)) < 20:
        return "und"
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return "und"
    return lang.iso_code_639_1.name.lower()
