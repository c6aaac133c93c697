"""Locutions of the trigger stage: whether the rest of a reading's locution follows its trigger (« porter plainte
contre », « mettre aussitôt en garde », « tenir X pour responsable »), read from the Doc's arrays, each token's
lexicon word once; and which of a word's dozens of locution readings are worth checking at all."""
from __future__ import annotations

import functools

from spacy.parts_of_speech import ADJ, ADV, DET, NUM, PRON, PUNCT
from spacy.strings import get_string_id
from spacy.tokens import Token

from veille.lang.event_lexicon import normalize_lemmas
from veille.nlp.events.document import _REMEMBERED_MAX, read_once
from veille.nlp.quote_lexicon import QUOTE_MARKS


# the adverbs and clitics a locution's words may enclose (« mettre aussitôt en garde », « porter plainte contre »),
# as the Doc's arrays write them
_SKIPPED_POS = {ADV, PRON}
_SKIPPED_DEPS = {get_string_id(d) for d in ("advmod", "obj", "iobj", "expl:comp")}
# and an adjective before the noun it describes (« exercer une forte pression », « porter de lourdes accusations »):
# French prenominal adjectives sit inside the locution's noun phrase; one after its noun may be the locution's own
# word (« rompre les relations diplomatiques »)
_AMOD = get_string_id("amod")
# and the quotation marks a journalist opens inside one (« il dit mettre « en garde » X »): quoting words changes
# none of them
_QUOTE_MARKS = {get_string_id(q) for q in QUOTE_MARKS}
# and a determiner of any kind, numerals and indefinites included, of a noun that names an act (« faire six
# interpellations », « porter plusieurs plaintes »): French grammar counts the cardinal numerals and « plusieurs »,
# « quelques » among the determiners, which the lexicon drops from its locutions; a count of the dead or the wounded
# (« a fait 44 morts ») names no act, its attack is read from the noun that did it (outcomes)
_DETERMINER_DEPS = {(DET, get_string_id("det")), (NUM, get_string_id("nummod"))}
# the circumstantial complements a locution's words may follow (« voter à l'unanimité en faveur de »)
_ADVERBIAL_DEPS = ("obl", "advmod")
_OBJ = get_string_id("obj")
# a lexicon's reading list (by id) → (the list, each reading's locution's first word or None, the longest locution,
# those first words, the readings with no locution)
_LOCUTION_STARTS: dict[int, tuple] = {}
# a lemma hash → its lexicon word (`_lexicon_word`), None for a determiner: it depends on the string alone, and most
# words come back in every article
_LEXICON_WORDS: dict[int, str | None] = {}
_UNSEEN = object()


class LocutionReader:
    """Mixin of `EventRun` (through `TriggerFinder`): reads the Doc's arrays of `EventDoc`."""

    def _locution_follows(self, tok: Token, words: tuple) -> bool:
        """The rest of a locution follows the trigger in order (« porter plainte contre »), over adverbs and
        clitics (« mettre aussitôt en garde »), determiners and contractions undone as the lexicon writes them.
        An actor as object may stand between the verb and the attribute the locution gives it (« tenir X pour
        responsable », « rendre X responsable », « mettre X en cause »): the rest may follow the object's name,
        inside its phrase when the parse hung the attribute on it."""
        words = tuple(words)
        if any(self._words_after(i, len(words)) == words for i in self._locution_starts(tok)):
            return True
        obj = self._locution_object(tok)
        return obj is not None and any(self._words_after(i, len(words)) == words
                                       for i in range(obj.i, obj.right_edge.i + 1))

    @read_once(lambda tok: tok.i)
    def _locution_starts(self, tok: Token) -> tuple:
        """Where a locution's next words are read from: right after the trigger, or after an adverbial phrase of
        manner or time that opens its complements (« voter à l'unanimité en faveur de », « mettre de nouveau en
        garde »: a French circumstantial complement may stand between a verb and the rest of its locution)."""
        pos, heads = self.pos_dep_columns[0], self.head_column
        nxt = tok.i + 1
        while nxt < len(pos) and pos[nxt] == ADV:
            nxt += 1
        if nxt >= len(pos):
            return (tok.i,)
        # (its own words: the preposition, article and noun up to its head; the parse may hang the locution's rest
        # on that noun). The one child whose phrase can open at nxt is the one whose subtree holds nxt: read up
        # nxt's heads, without building tok's children.
        c = nxt
        while heads[c] != tok.i and heads[c] != c:
            c = heads[c]
        if heads[c] != tok.i or not 0 <= c - nxt <= 3:
            return (tok.i,)
        child = self.doc[c]
        return (tok.i, c) if child.dep_.startswith(_ADVERBIAL_DEPS) and child.left_edge.i == nxt else (tok.i,)

    @read_once(lambda tok: tok.i)
    def _locution_object(self, tok: Token) -> Token | None:
        """The actor object a locution's words may follow (« tenir X pour responsable »), looked up once per token:
        a verb has dozens of locutions."""
        return next((c for c in map(self.doc.__getitem__, self._direct_objects.get(tok.i, ()))
                     if tok.i < c.left_edge.i <= tok.i + 2 and c.pos_ in ("PROPN", "NOUN") and self._names_an_actor(c)),
                    None)

    @functools.cached_property
    def _direct_objects(self) -> dict[int, list[int]]:
        """Head index → the indices of its direct objects, in order, read from the Doc's dependency column (most
        candidate triggers have none: their children need not be built)."""
        out: dict[int, list[int]] = {}
        heads = self.head_column
        for j, dep in enumerate(self.pos_dep_columns[1]):
            if dep == _OBJ:
                out.setdefault(heads[j], []).append(j)
        return out

    def _followable_readings(self, tok: Token, readings: list) -> list:
        """The readings worth checking: those with no locution, and those whose locution's first word is the first
        lexicon word after the trigger or after a word of its actor object — where `_locution_follows` reads the
        whole locution. « menacer » has some eighty locutions, of which a sentence holds one at most."""
        plan = _LOCUTION_STARTS.get(id(readings))
        if plan is None or plan[0] is not readings:
            starts = tuple(r["locution"][0] if r.get("locution") else None for r in readings)
            longest = max((len(r["locution"]) for r in readings if r.get("locution")), default=0)
            plan = _LOCUTION_STARTS[id(readings)] = (readings, starts, longest, set(starts) - {None},
                                                     [r for r, w in zip(readings, starts) if w is None])
        _, starts, longest, start_words, plain = plan
        if not longest:
            return readings
        # (the first word within the longest locution's reach is the first word within any shorter one's)
        obj = self._locution_object(tok)
        firsts = {self._first_word_after(i, longest) for i in (
            [*self._locution_starts(tok)] if obj is None else [*self._locution_starts(tok),
                                                               *range(obj.i, obj.right_edge.i + 1)])}
        if firsts.isdisjoint(start_words):
            return plain
        return [r for r, w in zip(readings, starts) if w is None or w in firsts]

    def _first_word_after(self, i: int, n: int) -> str | None:
        """The first of `_words_after(i, n)`, reading no further than that word."""
        for j in range(i + 1, min(len(self.doc), i + 2 * n + 4)):
            w = self._lexicon_word(j)
            if w is not None:
                return w
        return None

    @read_once(lambda i, n: (i, n))
    def _words_after(self, i: int, n: int) -> tuple:
        """The n lexicon words after token i (read once per token and length: a common verb has dozens of
        locutions to try)."""
        words = []
        for j in range(i + 1, min(len(self.doc), i + 2 * n + 4)):
            w = self._lexicon_word(j)
            if w is not None:
                words.append(w)
                if len(words) == n:
                    break
        return tuple(words)

    def _lexicon_word(self, j: int) -> str | None:
        """Token j as the lexicon writes a locution's words (determiners dropped, contractions undone), None for a
        skipped adverb or clitic and a determiner. A token's word is its own lemma's (normalize_lemmas reads token by
        token), read from the Doc's arrays."""
        (pos, dep), (lemmas, forms), heads = self.pos_dep_columns, self._hash_columns[:2], self.head_column
        if (pos[j] in _SKIPPED_POS and dep[j] in _SKIPPED_DEPS) or (
                pos[j] == ADJ and dep[j] == _AMOD and heads[j] > j) or (
                pos[j] == PUNCT and forms[j] in _QUOTE_MARKS) or (
                (pos[j], dep[j]) in _DETERMINER_DEPS and heads[j] > j and
                self.normalised(lemmas[heads[j]]) in self.lex.nouns):
            return None
        h = lemmas[j]
        word = _LEXICON_WORDS.get(h, _UNSEEN)
        if word is _UNSEEN:
            if len(_LEXICON_WORDS) > _REMEMBERED_MAX:
                _LEXICON_WORDS.clear()
            kept = normalize_lemmas([self.normalised(h)])
            word = _LEXICON_WORDS[h] = kept[0][1] if kept else None
        return word
