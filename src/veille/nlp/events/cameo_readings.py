"""The trigger readings the events take from the CAMEO-derived lexicon (lang/<lang>/event_lexicon.tsv) and the word
lists derived from it (speech acts, property verbs, the nouns of a leadership-change demand). Read once by
`lexicon.lexicon`."""
from __future__ import annotations

from veille.model import PLOVER_QUAD


def _asked_of_nouns(lang: str) -> set:
    """The last nouns of the demands of a leadership change whose recipient is their « de » complement (TSV mode
    `change`, prep `de`; CAMEO 1041 / 0241): « réclamer la démission de X » asks it of X. Not the other « de »
    demands: « exiger la libération de X » asks it of X's captors."""
    from veille.lang.event_lexicon import load_event_lexicon
    return {e.words[-1] for e in load_event_lexicon(lang).entries if e.plover == "REQUEST" and e.mode == "change"
            and e.pos == "locution" and e.prep == "de" and len(e.words) > 1}


def _speech_acts(lang: str) -> frozenset:
    """(verb, PLOVER type) of the verbs whose act is said: the TSV's speech acts (column `speech`: « accuser »,
    « exiger », « démentir », « saluer ») and the quote stage's verbs of saying (speech_verbs.tsv: « qualifier »,
    « dénoncer ») in a type of words (PLOVER's verbal quads, CAMEO 02–13). What their author said are words whose
    author a later « ces propos » names (judged.words_author)."""
    from veille.lang import speech_verbs
    from veille.lang.event_lexicon import load_event_lexicon
    said = {lemma for lemma, info in speech_verbs(lang).items() if lemma == info["lemma"]}
    pairs = {(e.lemma, e.plover) for e in load_event_lexicon(lang).entries if e.pos == "verb" and e.speech and e.plover}
    return frozenset(pairs | {(v, t) for v in said for t in VERBAL_TYPES})


# PLOVER types an act of words can have (the verbal cooperation and conflict quads, model.PLOVER_QUAD 1 and 3)
VERBAL_TYPES = tuple(t for t, quad in PLOVER_QUAD.items() if quad in (1, 3))


def _property_verbs(lang: str, codes: set) -> set:
    """Verbs whose act is done to property by their CAMEO code (« incendier », « saccager », « confisquer »)."""
    from veille.lang.event_lexicon import load_event_lexicon

    return {e.lemma for e in load_event_lexicon(lang).entries if e.pos == "verb" and e.cameo in codes}


# PLOVER types whose nouns take their actor, not their recipient, as a bare « de » complement (_add_cameo_entries)
PROTESTERS_DE_TYPES = ("PROTEST",)


def _add_cameo_entries(verbs: dict, nouns: dict, lang: str, function_words: set, clitics: set = frozenset()) -> None:
    """Readings from the CAMEO-derived lexicon (lang/<lang>/event_lexicon.tsv) for the words the hand-checked
    triggers (event_triggers.json) lack. A locution becomes a reading of its first word that needs its other
    content words nearby (« mettre … en garde »); the hand-checked readings of a word are tried first.
    A bare word's reading was never checked against French usage (« chasser », « aide », « rallier » have
    everyday senses), so it counts only as PLOVER's act itself: an actor doing it to a named recipient
    (`needs_both_sides`); a locution's words already pin its sense."""
    from veille.lang.event_lexicon import load_event_lexicon

    # (a hand-checked word marked `lexicon_senses` keeps the lexicon's readings too, its locutions first: « convoquer »)
    known_verbs, known_nouns = ({w for w, rs in table.items() if not any(r.get("lexicon_senses") for r in rs)}
                                for table in (verbs, nouns))
    for e in load_event_lexicon(lang).entries:
        if not e.plover:
            continue        # CAMEO 01 comments: statements, not events
        reading = {"type": e.plover, "mode": e.mode or None, "cameo": e.cameo, "speech": e.speech}
        if e.reflexive:
            reading["reflexive"] = True
        if e.has_note("reciprocal"):
            reading["reciprocal"] = True
        if e.has_note("needs_object"):
            reading["needs_target"] = True
        if e.has_note("experiencer_object"):
            reading["experiencer_object"] = True     # « X a indigné Y »: Y accuses (arguments.py)
            # the pronominal verb turns the roles round: « Y s'est indigné de X » is Y's own reproach (its reflexive
            # reading), never X outraging Y
            reading["not_pronominal"] = True
        if e.has_note("carrier"):
            reading["carrier"] = True     # a letter: its content, when told as an act, is the event (merging.py)
        if e.has_note("not_prep_de"):
            reading["not_prep"] = ["de"]     # « chargé de la sécurité »: a « de » complement tells another sense
        if e.has_note("obj_actor"):
            reading["obj_only_actor"] = True     # this sense only with an actor as object (triggers.py)
        first, *rest = e.words
        if e.pos == "locution" and first in clitics and rest:
            # « s'en prendre à » (en prendre): the clitic comes before the verb, the reading is the verb's and is
            # tried before its other senses (« s'en prendre aux otages » is no hostage taking)
            reading["clitic"] = first
            if e.prep:
                reading["prep"] = [e.prep]      # the complement it introduces is the recipient (or the thing)
            first, *rest = rest
            if [w for w in rest if w not in function_words]:
                reading["locution"] = tuple(rest)
            readings = verbs.setdefault(first, [])
            readings.insert(sum(1 for r in readings if r.get("clitic")), reading)
            continue
        if e.pos == "locution" or rest:     # a noun of several words (« fermeture de frontière ») reads alike
            if not [w for w in rest if w not in function_words]:
                continue
            reading["locution"] = tuple(rest)     # the words that must follow, in order (triggers.py)
            if e.prep:      # « ouvrir le feu sur X »: the preposition that names the recipient after the locution
                reading["recipient_prep"] = e.prep      # (parsed on its noun as often as on the verb: arguments.py)
            is_verb = e.pos == "verb" or (e.pos == "locution" and (
                first in verbs or first.endswith(("er", "ir", "re", "oir"))))
            table = verbs if is_verb else nouns
            table.setdefault(first, []).append(reading)
        elif e.pos == "verb" and e.lemma not in known_verbs:
            verbs.setdefault(e.lemma, []).append(dict(reading, needs_both_sides=True))
        elif e.pos == "noun" and e.lemma not in known_nouns:
            if e.plover in PROTESTERS_DE_TYPES and e.mode not in ("boycott",):
                # « le cortège des cheminots », « une marche d'opposants », « la révolte des paysans »: a protest noun
                # (from an intransitive verb: défiler, marcher, se révolter) takes its protesters as its « de »
                # complement, a subjective genitive, as the hand-checked « manifestation » and « grève » do (a
                # boycott's « de » is what is boycotted)
                reading["de"] = "source"
            nouns.setdefault(e.lemma, []).append(dict(reading, needs_both_sides=True))
    # among the new words' readings, a locution's (its words present) before the bare word's
    for table, known in ((verbs, known_verbs), (nouns, known_nouns)):
        for lemma, readings in table.items():
            if lemma not in known:
                # a sense that asks for an actor object (or, for a reaction, a provoking verb) is tried before the word's other bare senses
                readings.sort(key=lambda r: 0 if r.get("locution") else 1 if r.get("obj_only_actor") or r.get(
                    "experiencer_object") else 2)
