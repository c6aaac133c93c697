"""The words around a candidate trigger that its readings' conditions ask about (triggers.py `_check`): its object,
by the parse, by word order or where the parse strayed, and that object's noun class; the complement its reading's
preposition introduces; whether the words a reading needs (`with`, `prep`) stand near it, in its own clause; and
whether a noun names an actor. One mixin of `EventRun` (through `TriggerFinder`), also asked by the argument and
place readers."""
from __future__ import annotations

from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.extensions import morph_values


# a reading's word list (by id) → (the list, its normalised words): the readings are the lexicon's, read for every
# candidate trigger
_WITH_WORDS: dict[int, tuple] = {}
_VERBAL = (VERB, AUX)


def _normalised_words(words) -> set[str]:
    got = _WITH_WORDS.get(id(words))
    if got is None or got[0] is not words:
        got = _WITH_WORDS[id(words)] = (words, {_norm(w) for w in words})
    return got[1]


class TriggerContext:
    """Mixin of `EventRun`: reads `EventDoc` and the lexicon's classes, prepositions and actor nouns."""

    def _prep_complement(self, tok: Token, prep, with_words=()) -> Token | None:
        """The complement a reading's own preposition introduces (« s'en prendre à X »): its object; also hung by
        the parse on the reading's own object word (« jeter des cailloux sur X »: `with`)."""
        preps = {_norm(p) for p in ([prep] if isinstance(prep, str) else prep)}
        found = [c for c in self.children_of(tok) if c.dep_.startswith("obl") and self.case_of(c) in preps] + [
            g for c in self.children_of(tok) if c.dep_ == "obj" and _norm(c.lemma_) in with_words
            for g in self.children_of(c) if g.dep_ == "nmod" and self.case_of(g) in preps]
        # the one after the verb first: one before it is most often an adverbial phrase (« à peine … ont-ils pris
        # à X »)
        return next((c for c in found if c.i > tok.i), found[0] if found else None)

    def _word_after(self, verb: Token) -> Token | None:
        """The noun right after the verb and its determiners: the object by word order when the parse lost it."""
        for t in self.doc[verb.i + 1:min(len(self.doc), verb.i + 4)]:
            if self.pos_at[t.i] in ("NOUN", "PROPN"):
                return t
            if self.pos_at[t.i] not in ("DET", "ADV", "ADJ"):
                return None
        return None

    def _named_owner(self, noun: Token) -> bool:
        """A named person, organisation or state the thing belongs to: its « de » complement (« le programme
        nucléaire du Lorcanistan »), not a measure or a place (« un retard de trois jours »)."""
        return any(c.dep_ == "nmod" and self.case_of(c) == "de" and
                   self.ent_type(self.entity_of(c)) in ("PER", "ORG", "GPE") for c in self.children_of(noun))

    def _names_an_actor(self, noun: Token) -> bool:
        """« les rebelles », « le syndicat X », « les soldats russes »: the noun names an actor (looked up without
        creating the actor, which the argument stage names later)."""
        lemma = _norm(noun.lemma_)
        return bool(self.entity_of(noun) or lemma in self.lex.actor_nouns or lemma in self.lex.titles or any(
            self.entity_of(c) for c in self.children_of(noun) if c.dep_ in ("amod", "flat:name", "appos") or (
                c.dep_ == "nmod" and not any(g.dep_ == "case" for g in self.children_of(c)))))

    def _object(self, tok: Token) -> Token | None:
        objects = [c for c in self.children_of(tok) if c.dep_ in ("obj", "nsubj:pass")]
        # « a cessé ces dernières semaines toute coopération »: a span of time read as a first object is when
        objects = [c for c in objects if _norm(c.lemma_) not in self.lex.time_nouns] or objects
        if objects:
            c = objects[0]
            # « 21 de ses membres ont été arrêtés »: a number stands for the noun it counts
            return self.counted_noun(c) or c
        if tok.dep_ == "acl" and "Part" in self.morph_of(tok, "VerbForm"):
            return self.described_noun(tok)
        return None

    def _stray_object(self, verb: Token) -> Token | None:
        """« signent dans les jours qui suivent une déclaration »: a verb left without object whose time complement
        carries a relative (« qui suivent », « qui viennent ») the parse gave the verb's object to."""
        for c in self.children_of(verb):
            if c.dep_.startswith("obl") and c.i > verb.i:
                for r in self.children_of(c):
                    if r.dep_ == "acl:relcl" and self.pos_at[r.i] == "VERB":
                        o = next((g for g in self.children_of(r) if g.dep_ == "obj" and g.pos_ == "NOUN"), None)
                        if o is not None:
                            return o
        return None

    def _object_class(self, obj: Token, wanted: set | None = None) -> str | None:
        """The noun class of the object (only the classes `wanted`, when given); a count or a part stands for
        what it counts (« une centaine de villages », « une partie des quartiers »)."""
        if self.pos_at[obj.i] == "NOUN" and _norm(obj.lemma_) in self.lex.quantity_nouns:
            obj = next((c for c in self.children_of(obj)
                        if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms), obj)
        cls = self.lex.classes.get(_norm(obj.lemma_)) if not self.relief_operation(obj) else None
        if wanted is not None and cls not in wanted:
            cls = None
        if cls or (self.pos_at[obj.i] != "PRON" and not (self.pos_at[obj.i] == "DET" and obj.dep_ == "obj")):
            return cls
        # a clitic (« les avoir arrêtées ») stands for a noun written shortly before
        for j in range(obj.i - 1, max(self.sent(obj).start - 30, -1), -1):
            cls = self.lex.classes.get(_norm(self.doc[j].lemma_))
            if cls and self.pos_at[j] == "NOUN" and (wanted is None or cls in wanted):
                return cls
        return None

    def _has_with(self, tok: Token, words, adjacent: bool) -> bool:
        ws = _normalised_words(words)
        lemmas, forms = self._hash_columns[:2]
        pos = self.pos_dep_columns[0]
        # a reading's words are the nouns and adjectives of its complement: a verb is none of them, not even one
        # that shares its lemma (« saisir des avoirs », never the auxiliary of « a été saisie »; « prendre le
        # pouvoir », never the modal of « pourrait prendre »); « lancer une opération de sauvetage »: a word named by
        # a purpose of relief is no act of force
        # (read from the Doc's arrays by index: a window's Tokens are built only for hits)
        hit_at = lambda j: pos[j] not in _VERBAL and (self.normalised(lemmas[j]) in ws or
                                                      self.normalised(forms[j]) in ws) \
            and not self.relief_operation(self.doc[j])
        hit = lambda t: hit_at(t.i)
        if not adjacent:
            for c in self.children_of(tok):
                if hit(c) or any(hit(g) for g in self.children_of(c)):
                    return True
        if tok.dep_ == "acl:relcl" and any(map(hit_at, range(max(0, tok.i - 8), tok.i))):
            return True     # « l'aide financière relative à X qu'elle accorde »
        end = min(len(self.doc), tok.i + (4 if adjacent else 9))
        if tok.dep_ == "acl" and "Part" in self.morph_of(tok, "VerbForm"):
            # « la coalition menée par X a débuté des frappes »: a participle describing a noun has its words in
            # its own phrase, not in the clause that follows it
            return any(hit(t) and t.i < end for t in tok.subtree)
        return any(map(hit_at, range(tok.i + 1, end)))

    def relief_operation(self, noun: Token) -> bool:
        """« une opération de recherche et de sauvetage », « les opérations de secours »: an act noun named by a
        purpose of rescue or relief (`relief_purposes`), no use of force (« une aide à la reconstruction » stays aid)."""
        return self.lex.classes.get(_norm(noun.lemma_)) == "violence" and any(
            c.dep_ == "nmod" and _norm(c.lemma_) in self.lex.relief_purposes for c in self.children_of(noun))

    @staticmethod
    def _in_other_clause(t: Token, verb: Token) -> bool:
        """A word whose heads reach a finite verb other than `verb` before `verb` itself: it belongs to that clause."""
        while t.i != verb.i:
            if t.i != verb.i and t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm"):
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _has_prep(self, tok: Token, preps) -> bool:
        ps = {_norm(p) for p in preps}
        for prep, forms in self.lex.prep_variants.items():
            if prep in ps:
                ps |= forms
        # « il lui a tiré dessus »: the adverb stands for the preposition and its complement, in this verb's clause
        adverbs = {a for p in ps for a in self.lex.prep_adverbs.get(p, ())}
        if adverbs and any(_norm(t.text) in adverbs and self.pos_at[t.i] == "ADV" and not self._in_other_clause(t, tok)
                           for t in self.doc[tok.i + 1:min(self.sent(tok).end, tok.i + 8)]):
            return True
        # « a qualifié les propos du chef d'État de "souhaits…" »: the complement may hang anywhere after, but not in
        # another finite verb's clause (« X vient de m'appeler et il va investir aux Pays-Bas »)
        for t in self.doc[tok.i + 1:min(self.sent(tok).end, tok.i + 14)]:
            if t.dep_ in ("case", "mark") and _norm(t.text) in ps and t.head.i > tok.i and \
                    not self._in_other_clause(t.head, tok):
                if t.head.pos_ in ("NOUN", "PROPN", "VERB", "PRON", "NUM") or t.head.dep_ in ("xcomp", "obl:arg"):
                    return True
        for c in self.children_of(tok):
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp", "ccomp", "obj", "nmod", "advcl", "iobj"):
                for g in self.children_of(c):
                    if g.dep_ in ("case", "mark") and _norm(g.text) in ps and g.i < c.i:
                        return True
                if self.case_of(c) in ps or (self.locution_complement(c) or ("",))[0] in ps:
                    return True     # « a tiré mardi en direction de … »: the locution's noun heads the complement
        nxt = " ".join(_norm(t.text) for t in self.doc[tok.i + 1:min(self.sent(tok).end, tok.i + 4)])
        return any(nxt == p or nxt.startswith(p + " ") for p in ps)
