"""The French words quotation extraction reads: speech verbs, quote marks, source cues, speaker words.

Loaded once per process (`lexicon()` is cached); the word sets below are the ones token tests use directly."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Token

from veille.lang import read_json, read_lines, speech_verbs, word_set

SENTENCE_END = {".", "!", "?", "…"}
QUOTE_OPENERS = {"«", "“", "\"", "„", "‹"}


@dataclass
class Lexicon:
    verbs: dict
    multiword: dict          # verb lemma -> set of particles (faire -> {part, savoir, valoir …})
    pairs: dict
    symmetric: set
    continuation: set
    cues: dict
    outlets: dict
    titles: frozenset
    speakers: dict
    channel_nouns: dict = field(default_factory=dict)
    verbs_single: set = field(default_factory=set)   # lemmas that are speech verbs on their own


@functools.lru_cache(maxsize=None)
def lexicon(lang: str = "fr") -> Lexicon:
    multi: dict[str, set] = {}
    single: set[str] = set()
    for line in read_lines(lang, "speech_verbs.tsv"):
        words = line.split("\t")[0].replace("s'", "se ").split()
        if words[0] == "se":
            words = words[1:]
        if len(words) > 1:
            multi.setdefault(words[0], set()).add(" ".join(words[1:]))
        else:
            single.add(words[0])
    marks = read_json(lang, "quote_marks.json")
    outlets = read_json(lang, "outlets.json")
    return Lexicon(
        verbs=speech_verbs(lang), multiword=multi,
        pairs={o: c for o, c in marks["pairs"]}, symmetric=set(marks["symmetric"]),
        continuation=set(marks["continuation"]), cues=read_json(lang, "source_cues.json"),
        outlets=outlets, titles=word_set(lang, "titles.txt"), speakers=read_json(lang, "speakers.json"),
        channel_nouns=outlets.get("channel_nouns", {}), verbs_single=single,
    )


# words token tests read directly
_SPEAKER_WORDS = read_json("fr", "speakers.json")
SUBJECT_PRONOUNS = frozenset(_SPEAKER_WORDS["subject_pronouns"])       # il, elle, ils, elles
QUE = frozenset(_SPEAKER_WORDS["complementizers"])                      # que, qu'
DE = frozenset(_SPEAKER_WORDS["genitive_prepositions"])                 # de, d', du, des
VERB_GROUP_WORDS = frozenset(_SPEAKER_WORDS["verb_group_words"])        # auxiliaries, clitics, adverbs
EDGE_PUNCT = {".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "(", "«", "“", "„"}


def is_edge_punct(tok: Token) -> bool:
    """Punctuation that ends a reported clause without belonging to it (a « % » or a closing mark does)."""
    return tok.text in EDGE_PUNCT or tok.is_space
