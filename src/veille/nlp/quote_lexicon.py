"""The French words quotation extraction reads: speech verbs, quote marks, source cues, speaker words.

Loaded once per process (`lexicon()` is cached); the word sets below are the ones token tests use directly."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Token

from veille.lang import read_json, read_lines, speech_verbs, word_set

SENTENCE_END = {".", "!", "?", "…"}
QUOTE_OPENERS = {"«", "“", "\"", "„", "‹"}
QUOTE_CLOSERS = {"»", "”", "“", "\"", "›"}
QUOTE_MARKS = QUOTE_OPENERS | QUOTE_CLOSERS


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
    first_names: dict = field(default_factory=dict)  # first name -> "M" | "F" (first_names.tsv)

    def person_noun(self, lemma: str) -> bool:
        """A title (titles.txt) or an agent noun by its suffix (« l'attaquant », « le météorologue »): read only
        where the sentence already says the noun is someone (a verb of saying's subject, an apposition to a name)."""
        return lemma in self.titles or lemma in ACTOR_NOUNS or (len(lemma) >= 6 and lemma.endswith(
            tuple(self.speakers.get("agent_noun_suffixes", ()))))


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
        first_names=dict(line.split("\t")[:2] for line in read_lines(lang, "first_names.tsv")),
    )


# words token tests read directly
_SPEAKER_WORDS = read_json("fr", "speakers.json")
SUBJECT_PRONOUNS = frozenset(_SPEAKER_WORDS["subject_pronouns"])       # il, elle, ils, elles
QUE = frozenset(_SPEAKER_WORDS["complementizers"])                      # que, qu'
DE = frozenset(_SPEAKER_WORDS["genitive_prepositions"])                 # de, d', du, des
VERB_GROUP_WORDS = frozenset(_SPEAKER_WORDS["verb_group_words"])        # auxiliaries, clitics, adverbs
OBJECT_CLITICS = frozenset(_SPEAKER_WORDS["object_clitics"])            # le, la, lui, se … before a verb
NEGATION_PARTICLES = frozenset(_SPEAKER_WORDS["negation_particles"])    # ne, n'
READER_PRONOUNS = frozenset(_SPEAKER_WORDS["reader_pronouns"])          # nous, vous, me
PLURAL_PRONOUNS = frozenset(_SPEAKER_WORDS["plural_subject_pronouns"])  # ils, elles
PLURAL_NAME_ARTICLES = frozenset(_SPEAKER_WORDS["plural_name_articles"])  # « les Verts », « des Amis de … »
EUPHONIC_T = frozenset(_SPEAKER_WORDS["euphonic_t"])                    # a-t-il
DEFINITE_DETERMINERS = frozenset(_SPEAKER_WORDS["definite_determiners"])  # la, cette (compagnie)
DEFINITE_ARTICLES = DEFINITE_DETERMINERS - {"ce", "cet", "cette"}          # le, la, l'
GENDERLESS_DETERMINERS = frozenset(_SPEAKER_WORDS["genderless_determiners"])  # l', les
GERUND_MARKS = frozenset(_SPEAKER_WORDS["gerund_marks"])                # (tout) en
INFINITIVE_CLAUSE_MARKS = dict(_SPEAKER_WORDS["infinitive_clause_marks"])  # après (avoir été), avant (de)
LIGHT_VERBS = frozenset(_SPEAKER_WORDS["light_verbs"])                  # faire (savoir)
SIGNATURE_DASHES = frozenset(_SPEAKER_WORDS["signature_dashes"])        # — (a « — Name » line signs a block)
FIRST_PERSON_WORDS = frozenset(_SPEAKER_WORDS["first_person_words"])    # je, j', nous, mon, notre …
COORDINATORS = frozenset(_SPEAKER_WORDS["coordinators"])                # et, « , » (people named together)
ANAPHOR_WORDS = frozenset(_SPEAKER_WORDS["last_named_anaphors"])        # (ce) dernier, (cette) dernière
REFLEXIVE_CLITICS = frozenset(_SPEAKER_WORDS["reflexive_clitics"])      # se, s' (« s'est dit »)
ETRE_VERBS = frozenset(_SPEAKER_WORDS["etre_verbs"])                    # aller, devenir (« elle est devenue »)
DEGREE_ADVERBS = frozenset(_SPEAKER_WORDS["degree_adverbs"])            # aussi, très, moins (« aussi avancés »)
# object-control verbs (« permettre à X de dire », « pousser X à déclarer »: X speaks): the one list the events'
# argument stage reads too
CONTROL_VERBS = frozenset(read_json("fr", "event_arguments.json")["control_verbs"])
# common nouns that name an actor (la police, les manifestants, les démocrates): one list with the events'
ACTOR_NOUNS = frozenset(k for k in read_json("fr", "event_actors.json")["actor_nouns"] if not k.startswith("_"))
CLAUSE_COORDINATORS = frozenset(_SPEAKER_WORDS["clause_coordinators"])  # et, mais, puis (a new clause)
_CUE_WORDS = read_json("fr", "source_cues.json")
SOURCE_CASE_WORDS = frozenset(_CUE_WORDS["source_case_words"])          # selon, après
RECIPIENT_PREPOSITIONS = frozenset(_CUE_WORDS["recipient_prepositions"])  # à, au, aux
EDGE_PUNCT = {".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "(", "«", "“", "„"}


def is_edge_punct(tok: Token) -> bool:
    """Punctuation that ends a reported clause without belonging to it (a « % » or a closing mark does)."""
    return tok.text in EDGE_PUNCT or tok.is_space


def cue_word(tok: Token) -> str:
    """The token's word, read whole after an elision (« d' » + « après » → « d'après »)."""
    word = tok.lower_
    whole = _CUE_WORDS["elided_prepositions"].get(word)
    if whole and tok.i > 0 and tok.nbor(-1).lower_ in _CUE_WORDS["elisions"]:
        return whole
    return word
