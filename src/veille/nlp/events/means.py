"""Help told as the means of an act (« avec l'aide de X », « grâce au soutien de X »): who helps whom, and when
support is material (PLOVER AID rather than SUPPORT). One mixin of `EventRun`, read by the argument stage and the
typing rules (arguments.py, extractor.py)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.recipients import ACTOR_TYPES
from veille.nlp.events.war_sides import ALLIED, FORCE


class HelpAsMeans:
    """Mixin of `EventRun` (reads `EventDoc` and the actor readers of `ActorResolver`)."""

    def help_as_means(self, tok: Token) -> bool:
        """« avec l'aide de X », « grâce au soutien de X »: an aid or support noun (a trigger of an allied type) as
        a circumstance of means of a verb (`means_preps`), whose subject is the one helped."""
        return self._means_verb(tok) is not None

    def _means_verb(self, tok: Token) -> Token | None:
        trig = self.trigger_at.get(tok.i)
        if trig is None or trig.kind != "noun" or trig.type not in ALLIED or trig.entry.get("locution") or \
                self.case_of(tok) not in self.lex.means_preps:
            return None
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head      # « a remporté l'élection grâce au soutien de X », the parse hung it on the object
        ok = t.dep_ in ("obl", "obl:mod", "obl:arg") or (t.i != tok.i and t.dep_ == "obj")
        return t.head if ok and self.pos_at[self.head_column[t.i]] == "VERB" else None

    def helped_by_means(self, trig) -> tuple[list[str], list[str]] | None:
        """(helpers, helped) of an aid told as a means (`help_as_means`): the noun's « de » complement or
        nationality adjective helps the subject of the verb (of a passive, its agent, else its subject: « réélu
        avec l'appui de X »). None for no such circumstance; no sides when the helper is no actor (« avec l'aide
        d'un couteau ») or the one helped is unnamed."""
        n = trig.tok
        v = self._means_verb(n)
        if v is None:
            return None
        helpers = []
        for c in self.children_of(n):
            if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and c.i not in self.dates:
                helpers += self.phrase_entities(c)
            elif c.dep_ == "amod":      # « l'aide iranienne »
                helpers += [self.entity_of(c)] if self.entity_of(c) else self.demonym_entities(c)
        helpers = [x for x in dict.fromkeys(helpers) if self.ent_type(x) in ACTOR_TYPES]
        if not helpers:
            return [], []
        if self.is_passive(v):
            helped = self.agent(v) or [x for c in self.children_of(v) if c.dep_ == "nsubj:pass"
                                       for x in self.phrase_entities(c)]
        else:
            helped = self.subject(v)[0]
        helped = [x for x in dict.fromkeys(helped) if x not in helpers and self.ent_type(x) in ACTOR_TYPES]
        return (helpers, helped) if helped else ([], [])

    def material_help(self, trig, source: list[str], target: list[str]) -> bool:
        """Support told as the means of an act of force or of armed forces' act (« l'armée est intervenue avec le
        soutien de X »): PLOVER's SUPPORT is non-material only; military and police assistance is AID."""
        v = self._means_verb(trig.tok) if trig.kind == "noun" and trig.type == "SUPPORT" else None
        if v is None:
            return False
        act = self.trigger_at.get(v.i)
        return (act is not None and act.type in FORCE + ("MOBILIZE",)) or any(
            self.armed(x) for x in source + target)
