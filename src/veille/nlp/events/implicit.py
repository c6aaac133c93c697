"""Who did an act the clause names no agent for. An arrest or custody told in the passive is the police's; an
agentless harm continues the operation told just before, is the attacker's the same sentence names in the active,
the actors' of the protest or attack it was done in, or, for property destroyed near protesters, their riot. A mixin
of `EventRun` (extractor.py) over the article state of `EventDoc`."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm


class ImplicitActors:
    """Mixin of `EventRun`: the actor of an act whose clause names none."""

    def implicit_force_actor(self, trig, target: list) -> list:
        """An agentless passive of force continues the operation told just before (« la police mène des
        opérations … ; des dizaines de suspects ont été tués et d'autres arrêtés »); an arrest is the police's."""
        source = self.police_near(trig.tok) if trig.mode == "arrest" else []
        if not source:
            # the police told of before did not kill the policemen now counted: no side of the same sector
            victims = {self.ents[x].sector for x in target if self.ents.get(x) is not None} - {None}
            source = [x for x in self.operation_actor(trig.tok, target, trig.type) or self.frame_actor(trig.tok)
                      or self.clause_attacker(trig.tok, target) or self.rioters(trig)
                      if self.ents.get(x) is None or self.ents[x].sector not in victims]
            if trig.mode == "arrest":
                # « 200 manifestants ont incendié … ; dix personnes ont été placées en garde à vue »,
                # « un homme a tiré … ; le suspect a été arrêté »: civilians do not hold anyone in custody
                source = [x for x in source if self.ents.get(x) is not None and self.ents[x].type != "PER"
                          and self.ents[x].sector not in self.lex.civil_sectors]
        return source

    def release_sides(self, trig, source: list, target: list):
        """PLOVER RETREAT release: captors release their captives, who are its recipient; « les otages de X » are
        held by X, who releases them and is never the recipient. Freed by forces (« libérés par l'armée ») or in an
        operation (« au terme d'une opération militaire ») they are rescued: AID by the forces (PLOVER manual)."""
        v = trig.tok
        captors, captives = [], []
        for c in v.children:
            if c.dep_ not in ("nsubj:pass", "obj"):
                continue
            left = c.left_edge.i
            while left > 0 and self.midx.get(left - 1) and self.midx.get(left - 1) == self.midx.get(c.i):
                left -= 1       # « Boko Haram » with « Haram » alone as the subject: the name's first word
            if left >= 2 and _norm(self.doc[left - 1].text) in self.lex.de_forms and \
                    _norm(self.doc[left - 2].lemma_) in self.lex.captive_nouns:
                # « 500 otages de X ont été libérés » parsed with X alone as the subject
                captors += self.phrase_entities(c)
                captives += [x for x in self.phrase_entities(self.doc[left - 2]) if x not in captors]
                continue
            held_by = [x for g in c.children if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                       and _norm(c.lemma_) in self.lex.captive_nouns for x in self.phrase_entities(g)]
            captors += held_by
            captives += [x for x in self.phrase_entities(c) if x not in held_by and self.ent_type(x) not in ("LOC", "GPE")]
        target = list(dict.fromkeys(captives + [x for x in target if x not in captors]))
        in_operation = any(_norm(t.lemma_) in self.lex.classes and self.lex.classes[_norm(t.lemma_)] == "violence"
                           for c in v.children if c.dep_.startswith("obl") for t in c.subtree)
        by_forces = self.is_passive(v) and any(self.ents.get(x) is not None and self.ents[x].sector in ("MIL", "COP")
                                               for x in source)
        if in_operation or by_forces:
            return replace(trig, type="AID", mode=None), [x for x in source if x not in captors], target
        return trig, source if source else captors, target

    def rioters(self, trig) -> list:
        """« trois voitures ont été incendiées » after the protesters: property destroyed with no agent, told near protesters, is
        their riot (CAMEO 145 « protest violently, riot » is a protest code; 1712 destroys property)."""
        if (trig.entry.get("cameo") or "") not in self.lex.property_codes:
            return []
        return self.protesters_near(trig.tok)

    def operation_actor(self, tok: Token, target: list[str], typ: str) -> list[str]:
        """The actor of the last act of force told in the same paragraph, up to two sentences
        before (« l'armée a lancé des frappes. Des dizaines de combattants ont été tués »), unless it is the one
        acted upon; an arrest told before does not make its author the one who stabbed or shot."""
        line = self.line_start(tok)
        earliest = self.sent(tok).start
        for _ in range(2):
            if earliest <= line:
                break
            earliest = self.sent(self.doc[earliest - 1]).start
        for i, op_type, source in reversed(self.operations):
            # an attack may go on into coercion (hostages taken, then held), not an arrest into an attack
            if max(line, earliest) <= i < tok.i and op_type in (typ, "ASSAULT") and not set(source) & set(target):
                return list(source)
        return []

    def clause_attacker(self, tok: Token, target: list[str]) -> list[str]:
        """« 12 personnes ont été tuées quand des hommes armés ont ouvert le feu »: an agentless harm is the act of
        whoever the same sentence says, in the active, did an act of force, unless that is the one harmed."""
        sent = self.sent(tok)
        for i in range(tok.i + 1, sent.end):
            trig = self.trigger_at.get(i)
            if trig is None or trig.kind != "verb" or trig.type not in ("ASSAULT", "COERCE") or \
                    trig.mode == "arrest" or self.is_passive(trig.tok):
                continue
            ids = [x for x in self.subject(trig.tok)[0] if x not in target]
            if ids:
                return ids
        return []

    def police_near(self, tok: Token, window: int = 200) -> list[str]:
        """Arrests and custody told with no agent are the police's acts (only the police arrest): the police force
        the article names nearest to the trigger, if it names one."""
        # a policeman the article told was killed or wounded arrested no one
        return self._nearest_actor(tok, window, lambda lemma: (self.lex.actor_nouns.get(lemma) or "").lower() == "cop",
                                   excluded=self.harmed)

    def _nearest_actor(self, tok: Token, window: int, accept, same_quote: bool = False,
                       excluded=frozenset()) -> list[str]:
        """The actor named by the noun nearest to tok (within window tokens either side) whose lemma `accept`s, and
        who is not among `excluded`."""
        nouns = [t for t in self.doc[max(0, tok.i - window):min(len(self.doc), tok.i + window)]
                 if t.pos_ == "NOUN" and t.i != tok.i and not (same_quote and self.quote_of(t) != self.quote_of(tok))
                 and accept(_norm(t.lemma_))]
        for best in sorted(nouns, key=lambda t: abs(t.i - tok.i)):
            actor = self.actor_entity(best)
            if actor not in excluded:
                return [actor] if actor else []
        return []

    def protesters_near(self, noun: Token, window: int = 120) -> list[str]:
        """« lors d'une manifestation », « une grève a été décrétée »: a protest told with no actor is the protesters'
        act, the demonstrators, strikers or organisers (collective, union, opposition) named nearest to it — not
        any group of people (« les habitants » may be the ones the protest is for)."""
        return self._nearest_actor(noun, window, lambda lemma: bool(
            (self.lex.nouns.get(lemma) or [{}])[0].get("self_actor")) or lemma in self.lex.protest_organisers,
            same_quote=True)

    def frame_actor(self, tok: Token) -> list[str]:
        """« un policier a été blessé lors d'une manifestation », « tué lors d'un attentat »: a harm told with no agent
        within a protest or an attack was done by its actors — the protesters named nearest, the person an agent
        noun of attack names (« l'assaillant, X »)."""
        # « lors d'une attaque » is parsed either as a complement with its preposition or as the adverb « lors »
        # governing the noun, and it may be hung on another verb of the sentence (« a été tué jeudi, alors que se
        # déroulait le débat, lors d'un attentat »): the trigger's own complements first, then the sentence's
        def frames(words):
            out = [c for c in words if c.dep_.startswith("obl") and self.case_of(c) in self.lex.frame_preps]
            return out + [g for c in words if c.pos_ == "ADV" and _norm(c.text) in self.lex.frame_preps
                          for g in c.children if g.pos_ == "NOUN"]
        nouns = frames(list(tok.children)) + frames([t for t in self.sent(tok) if t.head.i != tok.i])
        for c in nouns:
            frame = self.trigger_at.get(c.i)
            if frame is None:
                continue
            if frame.type == "PROTEST":
                return self.protesters_near(c)
            if frame.type == "ASSAULT":
                # « tués dans un bombardement de l'aviation russe »: the attack's own author, else its agent noun
                return self.noun_arguments(frame)[0] or self._attacker_named(c)
        return []

    def _attacker_named(self, tok: Token, window: int = 400) -> list[str]:
        """The person the agent noun of attack nearest to tok names (« l'assaillant, X, … »: X)."""
        nouns = [t for t in self.doc[max(0, tok.i - window):tok.i + window]
                 if t.pos_ == "NOUN" and _norm(t.lemma_) in self.lex.attacker_nouns]
        for t in sorted(nouns, key=lambda t: abs(t.i - tok.i)):
            ids = self.phrase_entities(t)
            if t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "," and self.entity_of(self.doc[t.i + 2]):
                ids.append(self.entity_of(self.doc[t.i + 2]))    # an apposition the parse read as a subject
            named = [x for x in ids if self.ent_type(x) == "PER" and x not in self.descriptive]
            if named or ids:
                return named or ids
        return []
