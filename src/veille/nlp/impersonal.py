"""The impersonal « il » (« il faut », « il y a », « il s'agit de », « il semble que », « il est clair que »): a
subject that stands for no one. Quotes (no speaker) and events (no actor) read it here, from
`lang/fr/impersonal.json`, so that both agree on which « il » is nobody."""
from __future__ import annotations

import unicodedata

from spacy.tokens import Token

from veille.lang import read_json

_WORDS = read_json("fr", "impersonal.json")
PRONOUNS = frozenset(_WORDS["pronouns"])
ONLY_VERBS = frozenset(_WORDS["only_verbs"])
ONLY_WITH_CLITIC = {verb: frozenset(clitics) for verb, clitics in _WORDS["only_with_clitic"].items()}
VERBS = frozenset(_WORDS["verbs"])
CLITICS = frozenset(_WORDS["clitics"])
ADJECTIVES = frozenset(_WORDS["adjectives"])


def _lemma(tok: Token) -> str:
    return unicodedata.normalize("NFC", tok.lemma_.lower())


def impersonal_subject(subj: Token) -> bool:
    """Whether subj, an « il » subject, stands for no one: the subject of a verb only ever impersonal (« il faut »)
    or of a fixed impersonal locution (« il y a », « il s'agit »), whatever the parse calls it; or an « il » the
    parse marks expletive (`expl:subj`) of a verb used impersonally, with « y » (« il y en aura »), or « il est
    ADJ que »."""
    if subj.lower_ not in PRONOUNS:
        return False
    verb = subj.head
    lemma = _lemma(verb)
    # (a clitic pronoun before the verb, not the « s' » of « s'il », a conjunction)
    clitics = {c.lower_.replace("’", "'") for c in verb.children
               if c.i < verb.i and c.i != subj.i and c.pos_ == "PRON"}
    if lemma in ONLY_VERBS or clitics & ONLY_WITH_CLITIC.get(lemma, frozenset()):
        return True
    if subj.dep_ != "expl:subj":
        return False
    return lemma in VERBS or bool(clitics & CLITICS) or (
        lemma in ADJECTIVES and any(c.dep_ == "cop" for c in verb.children))
