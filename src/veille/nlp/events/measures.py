"""The author of a measure reacted to. People reacting to a measure, a plan or a decision address their demand,
refusal or blame to its author, whom the text names around the reaction rather than in the verb's complement:
« X juge le gel des loyers insuffisant et réclame un plan d'urgence » asks it of whoever decreed the freeze,
« ce plan est jugé insuffisant par les syndicats » blames whoever announced it. One mixin of `EventRun`,
read by the recipient reader (recipients.py) and by `judged.thing_author`."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.recipients import ACTOR_TYPES

# PLOVER's verbal reactions to another's act: a demand (CAMEO 10), a refusal (12), a blame (11)
REACTING = ("ACCUSE", "REJECT", "REQUEST")
# how many sentences back a general noun (« la mesure », « cette annonce ») retells the last thing made, beyond its
# paragraph
RETOLD_WITHIN = 2


class MeasureReader:
    """Mixin of `EventRun`: reads `EventDoc`, the actor readers and `JudgedReader.thing_author`."""

    def reacted_measure_author(self, trig, source: list[str]) -> list[str]:
        """The author of the measure a demand, a refusal or a blame with no recipient of its own reacts to: a noun of
        a thing made (`authored_nouns`) in the act's sentence — its own content first, then the nearest (« X juge
        le gel des loyers insuffisant et réclame … », « pour X, le gel ne suffit pas, et il réclame … ») — whose
        author its phrase or another telling names (`thing_author`)."""
        if trig.type not in REACTING:
            return []
        tok = trig.tok
        sent = self.sent(tok)
        own = {t.i for t in tok.subtree}
        # what a demand asks for is not made yet (« demande un gel des loyers »): only a measure its content names
        # deeper (« le retrait de la réforme ») or one told beside it was made by someone
        asked = {c.i for c in self.children_of(tok)
                 if c.dep_ in ("obj", "obl:arg")} if trig.type == "REQUEST" else set()
        told = self.where_words(lemma=lambda w: w in self.lex.authored_nouns, key="authored_nouns")
        nouns = sorted((i for i in told if sent.start <= i < sent.end and i != tok.i and i not in asked
                        and self.pos_at[i] == "NOUN"), key=lambda i: (i not in own, abs(i - tok.i)))
        for i in nouns:
            # (a maker the telling names is no press relaying the news: a newspaper's management makes its plan)
            found = [x for x in self.thing_author(self.doc[i]) if self._recipient_ok(x, source) or (
                x not in source and self.is_outlet(x) and self.ent_type(x) in ACTOR_TYPES)]
            if found:
                return found
        return []

    def retold_thing_author(self, noun: Token) -> list[str]:
        """The author of a thing made that a definite or demonstrative noun retells when no earlier telling of its
        own word names one: a general noun (`measure_hypernyms`: « le gouvernement annonce un gel des loyers ; la
        mesure … », « X décrète un couvre-feu. Cette annonce … », « une telle stratégie ») retells the last thing made
        in its paragraph or the `RETOLD_WITHIN` sentences before, whose maker is the subject of the verb of making (`authoring_verbs`);
        any such noun may also be told first and made after, in a chronicle of reactions (« X juge le gel
        des loyers insuffisant … Vers midi, Y décrète un gel des loyers »): the maker of its first later telling."""
        lemma = _norm(noun.lemma_)
        rank = self._sentence_numbers[self._sent_bounds[noun.i][0]]
        if lemma in self.lex.measure_hypernyms:
            verbs = self.where_words(lemma=lambda w: w in self.lex.authoring_verbs, key="authoring_verbs")
            for i in reversed(verbs):
                verb = self.doc[i]
                if i >= noun.i or self.pos_at[verb.i] != "VERB":
                    continue
                if rank - self._sentence_numbers[self._sent_bounds[i][0]] > RETOLD_WITHIN and \
                        i < self.line_start(noun):
                    break
                made = next((c for c in self.children_of(verb) if c.dep_ == "obj" and self.pos_at[c.i] == "NOUN"), None)
                maker = self.subject(verb)[0] if made is not None and not self.is_passive(verb) else []
                if maker:
                    return maker
        for i in self.where_words(lemma=lambda w: w == lemma):
            if i > noun.i and self.pos_at[i] == "NOUN" and self.same_thing(noun, self.doc[i]):
                found = self._named_author(self.doc[i]) or self._maker(self.doc[i])
                if found:
                    return found
        return []

    def same_thing(self, noun: Token, other: Token) -> bool:
        """A telling whose « de » complement names a thing (a common noun, no actor) retells only a telling of the
        same word with that complement: « l'arrêt des traitements » is neither « son arrêt » nor « l'arrêt de la
        cour », « la réforme des retraites » no « réforme du code du travail »."""
        what = self._thing_complement(noun)
        return what is None or what == self._thing_complement(other)

    def _thing_complement(self, noun: Token) -> str | None:
        return next((_norm(c.lemma_) for c in self.children_of(noun) if c.dep_ == "nmod" and c.pos_ == "NOUN" and
                     c.i not in self.dates and self.case_of(c) in self.lex.de_forms and not self.phrase_entities(c)),
                    None)
