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


SAMPLE_WORDS = 300   # enough words to tell French from its neighbours, at a fraction of a long article's cost
MAX_WORD = 25        # letters; a longer token (a base64 line, a URL, a hash) is not a word of any language
_EDGES = "«»“”„\"'’‘()[]{}<>.,;:!?…–—-*_/|"


def _words(text: str) -> list[str]:
    """The tokens of the text that are words: letters (with inner apostrophes or hyphens), not too long."""
    out = []
    for token in text.split():
        word = token.strip(_EDGES)
        if 0 < len(word) <= MAX_WORD and word.replace("'", "").replace("’", "").replace("-", "").isalpha():
            out.append(word)
    return out


def language_sample(text: str, size: int = SAMPLE_WORDS) -> str:
    """Words spread over the whole text (every k-th word), so that no run of junk (a base64 line after the
    title, a block of code, a table of figures) decides the language."""
    words = _words(text)
    if len(words) > size:
        step = len(words) / size
        words = [words[int(i * step)] for i in range(size)]
    return " ".join(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or 'und' when the text has too few letters to tell."""
    sample = language_sample(text)
    if len(re.findall(r"\w", sample)) < 20:
        return "und"
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return "und"
    return lang.iso_code_639_1.name.lower()
