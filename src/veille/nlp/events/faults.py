"""Words of fault and terms of reproach in someone's words (CAMEO 111/112: « selon X, c'est Y qui est fautif »,
« il s'agit d'une attaque lâche », « qualifie les frappes d'agression »): which act a term names, who names it and
who did it. A mixin of `JudgedReader` (judged.py), read by the trigger stage (`_fault_trigger`) and the argument
stage."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.triggers import Trigger

FORCE_TYPES = ("ASSAULT", "COERCE")      # acts of force: the last one of the same kind is the act retold


class FaultReader:
    """Mixin of `JudgedReader`: reads `EventDoc`, the clause and actor readers and the trigger table."""

    def fault_arguments(self, trig: Trigger) -> tuple[list[str], list[str]]:
        """A word of fault in someone's words: the speaker the attribution already names (the quote's, or « selon
        X ») accuses whom the predicate is said of — its subject (a cleft's « qui » is its antecedent), the name
        of « c'est X » — and the partner of a complicity (« en complicité avec Y »)."""
        if trig.entry.get("wrongdoing") or "qualified" in trig.entry:
            source = self.attribution(trig.tok)[1]
            done = self.wrongdoer(trig.tok) if trig.entry.get("wrongdoing") else \
                self._named_author(self.doc[trig.entry["qualified"]])
            return source, [x for x in done if x not in source]
        named = "act_named" in trig.entry and self.reproached_act(trig.tok)
        if named:
            # « pour X, il s'agit d'une attaque lâche »: X accuses whoever did the act, told or not (the act
            # named, even by no one known, is the speaker's charge)
            source = self.act_namer(trig.tok, named[1])
            return source, [x for x in dict.fromkeys(self.reproached_author(named[0])) if x not in source]
        p = self.fault_predicate(trig.tok)
        if self.evaluative(trig.lemma):
            # « selon X, la réforme du gouvernement est inacceptable »: the actor judged, else the author of the
            # thing judged — the predicate's own subject only; a judgement of no one named is no event
            subj = next(c for c in self.children_of(p) if c.dep_ == "nsubj")
            source = self.attribution(trig.tok)[1]
            # (not the last act of the same type told, as for « condamne ce geste »: a bare « ce blocage »
            # judged in someone's words is too often another's act)
            told = self.trigger_at.get(subj.i)
            target = [x for x in self.phrase_entities(subj) or self.words_author(subj) or self.thing_author(subj) or (
                self.noun_arguments(told)[0] if told is not None and told.kind == "noun" else []) if x not in source]
            return (source if target else []), list(dict.fromkeys(target))
        target = self.subject(p)[0]
        if not target and any(c.dep_ in ("expl:subj", "nsubj") and _norm(c.text) in self.lex.cleft_pronouns
                              for c in self.children_of(p)):
            target = self.phrase_entities(p)      # « c'est X, en complicité avec Y »
        target += [x for c in self.children_of(trig.tok)
                   if c.dep_ == "nmod" and self.case_of(c) in self.lex.partner_preps
                   for x in self.phrase_entities(c)]
        source = self.attribution(trig.tok)[1]
        return source, [x for x in dict.fromkeys(target) if x not in source]

    def alleged_wrong(self, tok: Token, lemma: str) -> Trigger | None:
        """« selon lui, le ministre a menti aux électeurs »: a verb of wrongdoing (`wrongdoing_verbs`) said done by an
        actor in someone's words is the speaker's accusation (CAMEO 112x); not denied, nor said of the speaker
        (« je me suis trompé »). A participle the tagger read as an adjective keeps its auxiliary (« a truqué »)."""
        if not (self.pos_at[tok.i] == "VERB" or any(c.dep_.startswith("aux") for c in self.children_of(tok))) or \
                self.in_boilerplate(tok) or self.negated(tok) or not (said := self.attribution(tok)[1]) or \
                not set(self.wrongdoer(tok)) - set(said):
            return None
        return Trigger(tok, lemma, {"type": "ACCUSE", "mode": "allege", "wrongdoing": True}, "fault", "ACCUSE", "allege")

    def act_judged_by_adjective(self, tok: Token, lemma: str, cls: str) -> Trigger | None | bool:
        """« le décret illégal du président », « la courageuse décision du maire » in someone's words: an evaluative
        adjective qualifying an act whose author its phrase names (`qualified_act`) judges that author, as its
        copula predicate would (CAMEO 111 / 051). None when the adjective qualifies no such act (the copula
        reading is tried), False when it does but no one else's words judge it."""
        if self.pos_at[tok.i] != "ADJ" or any(
                c.dep_ == "nsubj" for c in self.children_of(tok)) or (noun := self.qualified_act(tok)) is None:
            return None
        said = self.attribution(tok)[1]
        if self.in_boilerplate(tok) or not said or not set(self._named_author(noun)) - set(said):
            return False
        typ = self.verdict(cls, tok)
        mode = "disapprove" if typ == "ACCUSE" else None
        return Trigger(tok, lemma, {"type": typ, "mode": mode, "qualified": noun.i}, "fault", typ, mode)

    def wrongdoer(self, verb: Token) -> list[str]:
        """Who does a wrong a verb of wrongdoing tells (`wrongdoing_verbs`): its subject, a passive's agent
        (« le peuple a été trompé par X »); an act as subject names its author (« les violations de la loi par X ont
        trahi … »: its « par » agent, else the act noun's own actor)."""
        if self.is_passive(verb):
            return self.agent(verb)
        ids = self.subject(verb)[0]
        subj = next((c for c in self.children_of(verb) if c.dep_ == "nsubj" and self.pos_at[c.i] == "NOUN"), None)
        if ids or subj is None or not (_norm(subj.lemma_) in self.lex.nouns or
                                       _norm(subj.lemma_) in self.lex.wrongdoing_nouns):
            return ids
        return [x for c in self.children_of(subj)
                if c.dep_ in ("nmod", "obl:agent") and self.case_of(c) in self.lex.agent_preps
                for x in self.phrase_entities(c)] or self.act_author(subj)

    def qualified_act(self, word: Token) -> Token | None:
        """The noun of an act, a measure or words an evaluative adjective qualifies (« l'arrêté injuste
        et illégal du président »: the adjective's first conjunct is the noun's modifier), else None. Only such a
        noun has an author its judgement falls on (« la situation dramatique du pays » judges no one)."""
        a = word
        while a.dep_ == "conj" and self.pos_at[self.head_column[a.i]] == "ADJ" and a.head.i < a.i:
            a = a.head
        n = a.head
        if a.dep_ != "amod" or self.pos_at[n.i] != "NOUN":
            return None
        lemma = _norm(n.lemma_)
        return n if lemma in self.lex.nouns or lemma in self.lex.authored_nouns or lemma in self.lex.words_nouns \
            or lemma in self.lex.act_anaphors else None

    def reproached_act(self, word: Token) -> tuple[Token, Token] | None:
        """(the act, the naming word) when a term of reproach names an act (CAMEO 111 « call X a … », « describe …
        as »): it qualifies an act noun told as what something is (« il s'agit d'une attaque terroriste », « c'est une
        agression lâche », « l'incident est traité comme un acte de terrorisme »), or it is itself the name a naming
        verb gives the act (« qualifie les frappes d'agression », « parle d'une bavure »). Not denied (« il ne
        s'agit pas d'un acte terroriste »)."""
        n = word
        while n.dep_ == "conj" and n.head.i < n.i:
            n = n.head          # « une attaque lâche et odieuse »
        name = n
        if n.dep_ == "nmod" and n.head.dep_ == "obj" and _norm(n.head.head.lemma_) in self.lex.naming_verbs and \
                self.case_of(n) in self.lex.naming_preps:
            n = n.head          # « qualifie les frappes d'agression », the parse hanging the name on the object
        elif n.dep_ in ("amod", "nmod") and self.pos_at[self.head_column[n.i]] == "NOUN" and n.head.i < n.i:
            n = n.head          # the act it qualifies (« un acte de barbarie »)
        elif self.pos_at[n.i] != "NOUN":
            n = n if n.dep_ not in ("amod", "acl") else n.head
        lemma = _norm(n.lemma_)
        if self.pos_at[n.i] != "NOUN" or not (lemma in self.lex.nouns or lemma in self.lex.wrongdoing_nouns or lemma in
                                    self.lex.act_anaphors):
            return None         # (« il s'agit d'un montage » judges words, not an act: the verbs of words read it)
        if n.i != name.i and n.dep_ != "obj" and self.retold_noun(n):
            return None         # « parle de l'attaque terroriste » mentions an act known, « d'une attaque … » names it
        frame = n if any(c.dep_ == "cop" for c in self.children_of(n)) else None
        verb = n.head
        hung = n.dep_ == "obj" and name.dep_ == "nmod" and name.head.i == n.i      # (the name on the object)
        if frame is None and _norm(verb.lemma_) in self.lex.naming_verbs and verb.pos_ in ("VERB", "ADJ") and (
                hung or (n.dep_.startswith("obl") or n.dep_ == "xcomp") and self.case_of(n) in self.lex.naming_preps):
            frame = verb
            # the act named is the verb's object when it names one (« qualifie l'attaque de terroriste »)
            obj = next((c for c in self.children_of(verb) if c.dep_ == "obj" and c.i != n.i and c.pos_ == "NOUN"), None)
            n = obj if obj is not None and (_norm(obj.lemma_) in self.lex.nouns or _norm(obj.lemma_) in
                                            self.lex.act_anaphors) else n
        if frame is None or self.negated(frame) or self.negated(word) or any(
                c.dep_ == "mark" and _norm(c.text) in self.lex.condition_marks for c in self.children_of(frame)):
            return None         # (« s'il s'agissait d'une attaque … »: a supposition, no charge)
        return n, frame

    def act_namer(self, word: Token, frame: Token) -> list[str]:
        """Who names the act: the speaker of the words it is named in (a quotation, « selon X », « pour X »), else the
        subject of the naming verb (« les autorités parlent d'actes criminels »; a passive names no one)."""
        said = self.attribution(word)[1]
        if said or self.pos_at[frame.i] != "VERB" or self.is_passive(frame):
            return said
        return self.subject(frame)[0]

    def reproached_author(self, act: Token) -> list[str]:
        """Who did the act a speaker names: the act noun's own actor (« l'attaque de X », « par un homme »), the
        maker of a decision (`thing_author`, a retelling too), else the actor of the last act of its kind told
        before it (« il s'agit d'un acte terroriste » retells the attack told before)."""
        told = self.trigger_at.get(act.i)
        own = self.noun_arguments(told)[0] if told is not None and told.kind == "noun" else self.act_author(act)
        if own:
            return own
        for t in act.subtree:
            if t.dep_ in ("nmod", "obl:agent") and self.case_of(t) in self.lex.agent_preps and t.i - act.i < 12:
                found = self.phrase_entities(t)
                if found:
                    return found
        if maker := self.thing_author(act):
            return maker        # « qualifie la décision de scandaleuse »: its maker
        reading = (self.lex.nouns.get(_norm(act.lemma_)) or [None])[0]
        typ = reading["type"] if reading is not None else "ASSAULT"
        last = [src for i, t, src in self.operations if i < act.i and (t == typ or typ not in FORCE_TYPES)]
        return list(last[-1]) if last else []
