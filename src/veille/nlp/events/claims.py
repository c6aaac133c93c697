"""Claims of responsibility: « X a revendiqué l'attaque », « l'attentat, revendiqué par X »: the claimant is the
attack's actor (CAMEO 015 note, PLOVER codes the attack with the claimant), attached to the attacks the article
tells once every trigger is read. A mixin of `EventRun` (extractor.py) over the article state of `EventDoc`."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.triggers import Trigger


class AttackClaims:
    """Mixin of `EventRun`: who claimed an attack."""

    @functools.cached_property
    def claims(self) -> dict[int, tuple]:
        """Claims of responsibility by the claim verb's index: (the attack noun claimed or None, the claimant, the
        attackers who claim for it) — « X a revendiqué l'attaque », « l'attentat, revendiqué par X », « les
        assaillants se sont réclamés de X ». A denied claim (« n'a pas été revendiqué », « aucun groupe n'a
        revendiqué », « dément avoir revendiqué ») has no claimant: it claims nothing."""
        out = {}
        verbs = self.lex.claim_verbs | self.lex.affiliation_verbs | self.lex.attribution_verbs
        for v in map(self.doc.__getitem__, self.where_words(lemma=lambda w: w in verbs,
                                                            form=lambda w: self.lex.verb_forms.get(w) in verbs,
                                                            key="claims")):
            if self.pos_at[v.i] not in ("VERB", "ADJ", "AUX"):
                continue
            lemma = self.lex.verb_forms.get(_norm(v.text), _norm(v.lemma_))
            if lemma in self.lex.claim_verbs:
                noun = self._claimed_noun(v)
                if noun is None:
                    continue        # « revendiquer des droits »: a demand, not a claim
                by_agent = self.is_passive(v) or (noun.i == v.head.i and v.dep_ != "acl:relcl")
                claimant, attackers = self.agent(v) if by_agent else self.subject(v)[0], []
                if by_agent and not claimant:
                    claimant = self._named_agent(v)
            elif lemma in self.lex.attribution_verbs and (self.is_passive(v) or v.dep_ == "acl"):
                # « la voiture piégée, attribuée aux rebelles de X », « l'attentat est imputé à X »: the attack's
                # author as the press names it (active, « X attribue l'attaque à Y » is X's accusation)
                noun, attackers = self._claimed_noun(v), []
                claimant = [x for c in self.children_of(v) if c.dep_.startswith("obl") and c.dep_ != "obl:agent"
                            and self.case_of(c) in self.lex.place_preps for x in self.phrase_entities(c)]
                if noun is None or not claimant:
                    continue
            elif lemma in self.lex.affiliation_verbs and any(
                    _norm(c.text) in self.lex.reflexive_clitics for c in self.children_of(v)):
                group = next((c for c in self.children_of(v) if c.dep_.startswith("obl") and
                              self.case_of(c) in self.lex.de_forms), None)
                attackers = self.subject(v)[0]
                if group is None or not attackers or not self.unnamed_attackers(attackers):
                    continue        # « X se réclame du gaullisme »: only attackers claim an attack for a group
                noun, claimant = None, self.phrase_entities(group)
            else:
                continue
            # denied by its governor (« dément avoir revendiqué », where the tagger may read « dément » as a modifier)
            deniers = [*self.governors(v, 2), *(c for c in self.children_of(v) if c.i < v.i and c.dep_ == "advmod")]
            if self.negated(v) or any(r["type"] == "REJECT" and not (r.get("locution") or r.get("clitic"))
                                      for h in deniers for r in self.lex.verbs.get(
                                          self.lex.verb_forms.get(_norm(h.text), _norm(h.lemma_)), ())):
                claimant = []
            out[v.i] = (noun, [x for x in claimant if x not in attackers], attackers)
        return out

    def _claimed_noun(self, v: Token) -> Token | None:
        """The attack a claim verb takes: its object, its passive subject, the noun its participle or relative
        qualifies (« l'attentat, revendiqué par X », « l'attaque, qui a été revendiquée par X »)."""
        passive = self.is_passive(v)
        nouns = [c for c in self.children_of(v) if c.dep_ == ("nsubj:pass" if passive else "obj")]
        if v.dep_ in ("acl", "amod", "acl:relcl") and self.pos_at[self.head_column[v.i]] == "NOUN" and (
                any(self.pos_at[c.i] == "PRON" for c in nouns) if v.dep_ == "acl:relcl" else not nouns):
            nouns = [v.head]        # (not « l'organisation X revendique les attaques »: a verb with its own object)
        if passive and not nouns and v.dep_ == "conj":
            # « L'attaque, qui a eu lieu près du palais, a été revendiquée » read as a conjunct of the relative:
            # the antecedent, or the subject of the verb it is joined to
            h = v.head
            nouns = [h.head] if h.dep_ == "acl:relcl" else [c for c in self.children_of(h)
                                                            if c.dep_ in ("nsubj", "nsubj:pass")]
        if passive and not nouns and v.i > 1 and self.doc[v.i - 1].text == ",":
            # « L'attentat de X, revendiqué par Y, a fait … » parsed with the participle as the root: the phrase
            # before its comma
            start = max(self.sent(v).start, max((t.i + 1 for t in self.doc[self.sent(v).start:v.i - 1]
                                                 if self.pos_at[t.i] == "PUNCT"), default=0))
            nouns = [t for t in self.doc[start:v.i - 1] if self.pos_at[t.i] == "NOUN"][:1]
        # « revendiquer la responsabilité de l'attaque »: the act is the « de » complement; a device or an attacker
        # claimed (« la voiture piégée, attribuée à X, a explosé », « un kamikaze, attribué à X, s'est fait
        # exploser ») stands for the act it is the subject of
        nouns = [next((g for g in self.children_of(n) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms), n)
                 if _norm(n.lemma_) in self.lex.responsibility_nouns else n for n in nouns]
        nouns = [n.head if n.dep_ == "nsubj" and n.head.i in self.trigger_at and n.head.i != v.i else n for n in nouns]
        for n in nouns:
            trig = self.trigger_at.get(n.i)
            if (trig is not None and trig.type == "ASSAULT") or _norm(n.lemma_) in self.lex.claimed_act_nouns:
                return n
        return None

    def _named_agent(self, v: Token) -> list[str]:
        """The organisation or person named inside the agent phrase (« par les Faucons de X (TAK) »), when its head
        names no one."""
        for c in self.children_of(v):
            if c.dep_ == "obl:agent":
                ids = self.phrase_entities(c) or [self.entity_of(t) for t in c.subtree if self.entity_of(t)]
                return list(dict.fromkeys(x for x in ids if self.ent_type(x) in ("ORG", "PER")))
        return []

    def unnamed_attackers(self, ids: list[str]) -> bool:
        """No one named, or only by a common noun of attackers (« un kamikaze », « des hommes armés »)."""
        return all(self._description(x) and self.ents.get(x) is not None and (
            self.ents[x].sector is None or self.ents[x].sector in self.lex.unnamed_attacker_sectors) for x in ids)

    def attach_claims(self, found: list, found_at: dict) -> list:
        """The claimant of an attack is its actor (PLOVER): it joins the source of the claimed noun's own event and,
        for a noun that tells the attack again (« l'attentat », « ces attaques », « l'acte ») or the attackers' own
        claim, of the last attack told before whose actor is unnamed or an attacker noun (kept: one source of the
        event is enough) — one event, not a second one. With no attack told, the claimed noun is the claimant's."""
        for v_i, (noun, claimant, attackers) in sorted(self.claims.items()):
            if not claimant:
                continue
            own = found_at.get(noun.i) if noun is not None else None
            at = self.doc[noun.i if noun is not None else v_i].idx
            prior = None
            retold = noun is None or _norm(noun.lemma_) in self.lex.claimed_act_nouns or any(c.dep_ == "det" and (
                "Def" in self.morph_of(c, "Definite") or "Dem" in self.morph_of(c, "PronType"))
                for c in self.children_of(noun))
            others = []
            if retold:
                told = [f for f in reversed(found) if f is not own and f.trigger[0] < at and f.type == "ASSAULT"
                        and not f.negated and (set(f.source) & set(attackers) or self.unnamed_attackers(f.source))]
                prior = told[0] if told else None
                if prior is not None and noun is not None and "Plur" in self.morph_of(noun, "Number"):
                    # « ces attaques ont été revendiquées »: all the attacks told in the paragraph of the last one
                    # (« deux bombes ont explosé … 22 personnes ont été tuées »)
                    para = self.text.rfind("\n", 0, prior.trigger[0]) + 1
                    others = [f for f in told[1:] if f.trigger[0] >= para]
            if prior is not None and own is not None and not own.source and noun.i in self.awaiting_author:
                found.remove(own)   # « L'attentat, qui a eu lieu lundi, a été revendiqué »: told again, one event
                own = None
            for f in (prior, own, *others):
                if f is not None:
                    f.source = list(dict.fromkeys(f.source + claimant))
                    f.claimants = list(dict.fromkeys(f.claimants + claimant))
            trig = self.trigger_at.get(noun.i) if noun is not None else None
            if trig is None and noun is not None and self.physical_cue_in(noun):
                # « l'opération, qui a fait 27 morts, a été revendiquée »: a generic act claimed, with its harm
                trig = Trigger(noun, _norm(noun.lemma_), {"type": "ASSAULT"}, "noun", "ASSAULT", None)
            named_before = retold and any(f.type == "ASSAULT" and f.trigger[0] < at and not f.negated and f.source
                                          for f in found)
            if prior is None and own is None and trig is not None and not named_before:
                # (an attack told before with its actor named: the claim takes it up and names no second one)
                target = [x for x in self.noun_arguments(trig)[1] if x not in claimant]
                event = self._found(trig, "ASSAULT", trig.mode, claimant, target)
                if event is not None:
                    event.claimants = list(claimant)
                    found.append(event)
        return sorted(found, key=lambda f: f.trigger[0])
