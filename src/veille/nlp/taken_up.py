"""The phrase a pronoun takes up in its own sentence or the one before: a relative's noun (« X, qui déclare »), the
nearest phrase of its gender for « celui-ci » / « ce dernier », a left dislocation (« Les associations, elles, … »).
Read from the parse and word order; a mixin of `Referents` (referents.py), beside the focus search (focus.py) that
resolves the other pronouns."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from veille.nlp.extensions import morph_values
from veille.nlp.mentions import mention_index
from veille.nlp.quote_lexicon import DE

# « du », « des » hold an article (de + le, de + les): only a bare « de » makes a noun a qualifier
BARE_DE = DE - {"du", "des"}


class TakenUpPhrases:
    """Reads `Referents`'s `ctx`, `doc`, `lex`, `gender` and the sentence helpers of `PronounFocus`."""

    def relative_head(self, pron: Token) -> Optional[Token]:
        """« X, qui déclare … »: the word a relative clause hangs on, before the relative pronoun."""
        clause = pron.head
        if clause.dep_ == "acl:relcl" and clause.head.i < pron.i:
            return clause.head
        return None

    def latter_phrase(self, pron: Token, gender: Optional[str] = None, names=None,
                      states: bool = False, plural: bool = False) -> Optional[Token]:
        """« celui-ci », « celle-ci »: the head of the nearest noun phrase of its gender and number, in its sentence
        or the one before (a place is no one who speaks or acts). `gender` for a phrase whose word does not tell it
        (« ce dernier »), `names` a test the phrase must pass (events: it names an actor); `states`: a country is
        one (events: a state acts, « … avec la Lorcanie. Cette dernière a refusé »); `plural` for « ces derniers »,
        « ces dernières », which take up a plural phrase (the masculine plural, French's mixed gender, any)."""
        want = gender or self.lex.speakers["pronoun_gender"].get(pron.lower_)
        idx = mention_index(self.doc)
        places = ("LOC",) if states else ("LOC", "GPE")
        for t in reversed(self.doc[self._previous_sentence_start(pron):pron.i]):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("flat:name", "flat") or self.ctx.in_quotes(t.idx) \
                    or ("Plur" in morph_values(t, "Number")) != plural or self.ctx.ent_type(idx.get(t.i)) in places:
                continue
            if t.pos_ == "NOUN" and t.dep_ == "nmod" and not any(c.dep_ in ("det", "nummod") for c in t.children) \
                    and any(c.dep_ == "case" and c.lower_ in BARE_DE for c in t.children):
                continue    # « une société de conseil », « un père de famille »: a bare noun qualifies, names no one
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None) \
                if any(c.dep_ == "cop" for c in t.children) else None
            if subj is not None:
                # a copula's attribute is its subject's referent, no new one (« X est le seul salarié de Y. Ce
                # dernier a refusé » is X): the subject is read instead, through its own « ce dernier »
                if subj.lower_ in self.lex.speakers["last_named_anaphors"] and subj.i != pron.i:
                    return self.latter_phrase(subj, gender, names, states, plural)
                continue
            if (plural and want is None or self._phrase_gender(t) in (want, None)) and (names is None or names(t)):
                return t
        return None

    def _phrase_gender(self, head: Token) -> Optional[str]:
        """A noun phrase's gender: a person's as the article tells it, its determiner's (« du », « la »), else its
        noun's."""
        eid = mention_index(self.doc).get(head.i)
        if eid is not None and eid in self.gender:
            return self.gender[eid]
        for c in head.children:
            if c.dep_ in ("det", "case") and c.i < head.i and morph_values(c, "Gender"):
                return "F" if morph_values(c, "Gender")[0] == "Fem" else "M"
        g = morph_values(head, "Gender") if head.pos_ == "NOUN" else []
        return ("F" if g[0] == "Fem" else "M") if g else None

    def dislocated_phrase(self, pron: Token) -> Optional[Token]:
        """« Les associations d'usagers, elles, réclament … »: a subject pronoun between commas takes up the noun
        phrase just before it (a left dislocation), whatever the parser hung that phrase on."""
        doc = self.doc
        k = pron.i - 2
        sent_start = self._sentence_bounds[pron.i][0]
        if pron.dep_ != "nsubj" or k < sent_start or doc[pron.i - 1].text != "," or \
                pron.i + 1 >= len(doc) or doc[pron.i + 1].text != ",":
            return None
        h = doc[k]
        while h.head.i != h.i and h.head.i < pron.i and h.dep_ in ("nmod", "amod", "flat:name", "flat", "det", "case",
                                                                    "nummod", "fixed"):
            h = h.head
        if h.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in doc[h.i:pron.i]):
            return None
        if sent_start != h.left_edge.i and doc[h.left_edge.i - 1].text not in (",", ":", "«"):
            return None     # the phrase opens the sentence or an incise
        return h
