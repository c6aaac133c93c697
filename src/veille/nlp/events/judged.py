"""Whom a judgement or a speech act is addressed to when its clause names no actor: the speaker of the words
judged (« a condamné ces déclarations »), the author of a claim denied, the actors of an act judged (« salue l'accord
conclu entre X et Y », « cet acte »), the one asked in a « que » clause, the author of a refused demand, the host of a
visit; and whether a charge is told by no one named (« X a été mis en examen », « on l'accuse de … »). One mixin of
`EventRun`, read by the argument stage (arguments.py) and the extractor's side checks."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.faults import FaultReader
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.triggers import Trigger

EVALUATIVE = ("reproach", "approval")      # the noun_classes of evaluative words (judgements, CAMEO 111 / 051)


class JudgedReader(FaultReader):
    """Mixin of `EventRun`: reads `EventDoc` and the actor readers of `ActorResolver`."""

    def judged_recipients(self, trig: Trigger, obj: Token | None, source: list[str]) -> list[str]:
        """The recipient of a judgement, a request or a denial read from what it takes up, or []."""
        v = trig.tok
        target: list[str] = []
        judged = obj if obj is not None else self._judged_thing(v)     # (« pestent contre ces méthodes de la part de X »)
        if judged is not None and not target and trig.type in ("ACCUSE", "REJECT", "REQUEST"):
            # « condamne une tentative d'assassinat par un commando armé »: the author of the act; a noun conjunct
            # of the object the parse hung on the verb is judged too (« dénonce la colère et l'hostilité montrées
            # par X »)
            stray = [c for c in self.children_of(v) if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > judged.i]
            for t in [w for c in [judged] + stray for w in c.subtree]:
                if t.dep_ in ("nmod", "obl:agent") and (self.case_of(t) in self.lex.agent_preps or self.split_locution_case(
                        t) in self.lex.agent_preps) and t.i - judged.i < 12:
                    target += self.phrase_entities(t)
                    break
        if obj is not None and not target and trig.type in ("ACCUSE", "REJECT", "SUPPORT"):
            # « a condamné ces déclarations », « salue les propos de X »: whoever said the words taken up
            target += [x for x in self.words_author(obj) if x not in source]
        thing = obj if obj is not None else self._judged_thing(v)
        told = self.trigger_at.get(thing.i) if thing is not None and not target else None
        if told is not None and told.kind == "noun" and (trig.type in ("ACCUSE", "REJECT", "SUPPORT") or (
                trig.type == "PROTEST" and told.type != "PROTEST")):     # (« faire grève » tells one protest)
            # « salue l'accord conclu entre X et Y », « condamne l'offensive de X », « s'étonne d'une telle
            # demande », « protestent contre l'entente conclue entre X et Y »: whoever does the act judged
            target += [x for x in self.noun_arguments(told)[0] if x not in source]
        if thing is not None and not target and trig.type in ("ACCUSE", "REJECT", "PROTEST", "SUPPORT"):
            # « dénonce la réforme du gouvernement », « cette mesure a été critiquée », « la réforme était soutenue
            # par X »: whoever made the measure
            target += [x for x in self.thing_author(thing) if x not in source]
        if obj is not None and not target and trig.type in ("ACCUSE", "REJECT"):
            act = (self.lex.nouns.get(_norm(obj.lemma_)) or [None])[0]
            typ = act["type"] if act is not None else "ASSAULT" if _norm(obj.lemma_) in self.lex.wrongdoing_nouns else None
            if _norm(obj.lemma_) in self.lex.act_anaphors and any(
                    "Dem" in self.morph_of(c, "PronType") for c in self.children_of(obj) if c.dep_ == "det"):
                # « a qualifié cet acte de … », « condamne ce geste »: the act told last, done by its actor
                target += [x for x in self.last_by_type.get("*", []) if x not in source]
            elif typ is not None:
                # « a critiqué l'essai » → whoever made the test; « condamne ce crime » → whoever used force last
                target += [x for x in self.last_by_type.get(typ, []) if x not in source]
        act = next((c for c in self.children_of(v)
                    if c.dep_ in ("obj", "obl:arg") and _norm(c.lemma_) in self.lex.nouns), None)
        if act is not None and not target and trig.type in ("REQUEST", "REJECT", "SUPPORT"):
            # « demande des négociations avec X », « rejette tout dialogue avec X »: the act asked for, refused or
            # backed names the other side
            for c in self.children_of(act):
                if c.dep_ == "nmod" and self.case_of(c) in self.lex.person_preps and c.i not in self.dates:
                    target += [x for x in self.phrase_entities(c) if x not in source]
        if not target and trig.type == "REQUEST":
            # « appelle à rejoindre les Bonnets rouges »: a call to join a movement is aimed at it (`joining_verbs`)
            target += [x for c in self.children_of(v) if "Inf" in self.morph_of(c, "VerbForm") and _norm(c.lemma_) in
                       self.lex.joining_verbs for g in self.children_of(c)
                       if g.dep_ == "obj" or g.dep_.startswith("obl") and
                       self.case_of(g) == "à" for x in self.phrase_entities(g) if x not in source and
                       self.ent_type(x) not in ("LOC", "GPE")]     # (« rallier Paris » is where it goes)
        if not target and (trig.type in ("REQUEST", "ACCUSE") or trig.entry.get("judged_act")):
            # « exige que les tirs de Téhéran cessent », « se félicite que X ait accepté »: the one asked, blamed or
            # praised (the subject of a warning's or a denial's content is the speaker's own side: « prévient que le
            # mouvement pourrait s'étendre »)
            for c in filter(None, map(self.que_clause, self.children_of(v))):
                for g in self.children_of(c):
                    if g.dep_ in ("nsubj", "nsubj:pass"):
                        target += self.phrase_entities(g)
        if not target and trig.type == "THREATEN":
            # « menace de fermer le détroit si X impose des sanctions »: a conditional threat is aimed at whoever
            # must not do what its condition says
            for c in v.subtree:
                if any(m.dep_ == "mark" and _norm(m.text) in self.lex.condition_marks for m in self.children_of(c)):
                    # the condition's verb, or its subject when the parse hangs « si » on it (« si la X ferme … »)
                    subjects = [g for g in self.children_of(c)
                                if g.dep_ == "nsubj"] if self.pos_at[c.i] in ("VERB", "AUX") else [c]
                    target += [x for g in subjects for x in self.phrase_entities(g) if x not in source]
                    break
        if not target and (trig.type == "REJECT" or trig.mode == "disapprove") and (trig.entry.get("appeal") or (
                obj is not None and _norm(obj.lemma_) in self.lex.judgement_nouns)):
            # « a fait appel de la décision du tribunal », « conteste le verdict »: an appeal is against the court;
            # so is the blame of a judgement (« dénonce le verdict »: whoever handed it down)
            target += self.appealed_author(trig, source)
        if not target and trig.type == "REJECT":
            # « selon la marine, … ; ce qui est démenti par le cabinet »: the author of the claim denied
            target += [x for x in self.attribution(v)[1] if x not in source]
        said = next((c for c in self.children_of(v) if c.dep_ == "nsubj:pass"), None) if obj is None else None
        if said is not None and not target and trig.type in ("ACCUSE", "REJECT", "SUPPORT") and \
                self.takes_up_clause(said):
            # (a claim's author first, above) « X a proposé une trêve, ce qui a été refusé par Y »: Y rejects whoever did what the clause told
            target += [x for x in self.last_by_type.get("*", []) if x not in source]
        return target

    def cause_author(self, v: Token, trig: Trigger, who: list[str], told: list[str]) -> list[str]:
        """Whom the one outraged accuses (« X a indigné Y », « son geste a provoqué la colère de Y »): the author of
        the cause, the subject of `v` — an actor, as the clause reads it (`told`); words or an act, their author
        (possessor, « de » complement, the speaker of the quotation they take up, the actor of the act they retell);
        a pronoun taking up the clause before (« …, ce qui a indigné Y »), the actor of the act told last."""
        subj = next((c for c in self.children_of(v) if c.dep_ in ("nsubj", "csubj")), None)
        if subj is None:
            return told
        if self.takes_up_clause(subj):
            return [x for x in self.last_by_type.get("*", []) if x not in who]
        if self.pos_at[subj.i] != "NOUN" or self.entity_of(subj) or self._names_an_actor(subj):
            return told
        found = self.judged_recipients(trig, subj, who)
        if not found and _norm(subj.lemma_) in self.lex.act_anaphors:
            # « le geste de X »: X; « son geste » retells the act told last: its actor, surer than a guess at « son »
            named = any(c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms for c in self.children_of(subj))
            last = [] if named else self.last_by_type.get("*", [])
            found = [x for x in (last or self._named_author(subj)) if x not in who]
        return found

    def takes_up_clause(self, subj: Token) -> bool:
        """« cela a indigné X », « …, ce qui a été refusé par X »: a subject taking up the clause before (its
        author is the actor of the act told last)."""
        v = subj.head
        return _norm(subj.text) in self.lex.clause_anaphors or (
            v.dep_ == "acl:relcl" and "Rel" in self.morph_of(subj, "PronType") and _norm(v.head.text) in
            self.lex.clause_anaphors)

    def provoked_reaction(self, trig: Trigger) -> tuple[list[str], list[str]]:
        """« son geste a provoqué la colère de X » (triggers.py checks the provoking verb): X, the one outraged (the
        « de » complement or possessor of the reaction), accuses the author of the verb's subject."""
        n = trig.tok
        who = [x for c in self.children_of(n) if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms
               for x in self.phrase_entities(c)] or self.possessor(n)
        author = self.cause_author(n.head, trig, who, self.subject(n.head)[0]) if who else []
        return list(dict.fromkeys(who)), [x for x in dict.fromkeys(author) if x not in who]

    def judgement(self, v: Token) -> str | None:
        """The verdict of an opinion verb (juger, estimer, considérer, trouver; CAMEO 111 criticize, 051 praise) by
        the class of the evaluative word it predicates: reproach → ACCUSE, approval → SUPPORT, the other when
        denied (« estime que le mandat n'est pas anticonstitutionnel »). None without one: « estime que la
        croissance sera faible » judges nothing; « s'estimer lésé » judges oneself."""
        if any(_norm(c.text) in self.lex.reflexive_clitics and c.i < v.i for c in self.children_of(v)):
            return None
        if _norm(v.lemma_) in self.lex.regret_verbs:
            return self._regretted(v)
        pred = self.judgement_predicate(v)
        cls = self._evaluative_class(pred) if pred is not None else None
        return self.verdict(cls, pred) if cls is not None else None

    def _regretted(self, v: Token) -> str | None:
        """A regret by what it regrets (`regret_verbs`): another's decision, words or judgement blamed, ACCUSE; one's
        own act or a loss, CONCEDE; a clitic « le » or nothing told (« regrette et condamne X »: the blame is the
        other verb's), no act."""
        obj = next((c for c in self.children_of(v) if c.dep_ == "obj"), None)
        if obj is None:
            return "CONCEDE" if any(c.dep_ in ("xcomp", "ccomp") and self.pos_at[c.i] in ("VERB", "AUX")
                                    for c in self.children_of(v)) \
                else None
        if self.pos_at[obj.i] == "PRON":
            return None
        blamed = self.lex.authored_nouns | self.lex.words_nouns | self.lex.judgement_nouns
        return "ACCUSE" if _norm(obj.lemma_) in blamed and any(
            c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and self.phrase_entities(c)
            for c in self.children_of(obj)) else "CONCEDE"

    def verdict(self, cls: str, word: Token) -> str:
        """ACCUSE for a word of reproach, SUPPORT for one of approval; denied (« n'est pas illégal »), the other."""
        return ("SUPPORT", "ACCUSE")[(cls == "reproach") != self.negated(word)]

    def evaluative(self, lemma: str) -> str | None:
        """The class of an evaluative word, reproach or approval, else None."""
        cls = self.lex.classes.get(lemma)
        return cls if cls in EVALUATIVE else None

    def judgement_predicate(self, v: Token) -> Token | None:
        """The evaluative word an opinion verb predicates: the attribute of its object (« juge la mesure illégale »,
        « considère X comme irresponsable », the parse hanging it on the object's phrase: « la décision du maire
        illégale ») or the predicate of its « que » clause (« estime que la réforme est inacceptable », « que
        c'est une mascarade », « que la décision est justifiée »)."""
        for c in self.children_of(v):
            if c.dep_ == "xcomp" and self.pos_at[c.i] in ("ADJ", "VERB", "NOUN") and c.i > v.i:
                return c
            if c.dep_ == "obj":
                found = next((a for a in c.subtree if a.dep_ in ("amod", "acl") and a.i > c.i and
                              self._evaluative_class(a)), None)
                if found is not None:
                    return found
        # the clause may be parsed as a complement of another kind (« juge que X sont des « hypocrites » »)
        clauses = [c for c in self.children_of(v) if c.i > v.i and any(
            g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers for g in self.children_of(c))]
        for c in clauses:
            if any(g.dep_ in ("cop", "aux:pass") for g in self.children_of(c)) and c.pos_ in ("ADJ", "VERB") or (
                    self.pos_at[c.i] == "NOUN" and any(g.dep_ == "cop" for g in self.children_of(c)) and any(
                        "Ind" in self.morph_of(g, "Definite") for g in self.children_of(c) if g.dep_ == "det")):
                return c        # a noun only as « un / des »: « c'est une mascarade », not « c'est le contraire »
        return None

    def judged_subject(self, v: Token) -> Token | None:
        """What an opinion verb's « que » clause judges: the subject of its predicate."""
        pred = self.judgement_predicate(v)
        return next((g for g in self.children_of(pred)
                     if g.dep_ in ("nsubj", "nsubj:pass")), None) if pred is not None \
            and pred.head.i == v.i and pred.i > v.i and any(g.dep_ == "mark" for g in self.children_of(pred)) else None

    def _evaluative_class(self, t: Token) -> str | None:
        """reproach, approval or None: by lemma, a participle by its masculine form (« justifiée » → justifié)."""
        form = _norm(t.text)
        return next(filter(None, map(self.evaluative, (_norm(t.lemma_), form, form[:-1], form[:-2]))), None)

    def appealed_author(self, trig: Trigger, source: list[str]) -> list[str]:
        """Whom an appeal rejects: the author of the judgement appealed (« fait appel de la décision de la cour de
        Lorcy », « sa condamnation par le tribunal »), else the court the article names nearest — never the court
        the appeal is brought before (« devant la cour d'appel »), nor the appellant."""
        v = trig.tok
        appealed_to = []
        for t in v.subtree:
            if abs(t.i - v.i) > 10:
                continue
            if _norm(t.lemma_) in self.lex.authored_nouns | self.lex.judgement_nouns and self.pos_at[t.i] == "NOUN":
                found = [x for x in self.thing_author(t) or self.agent(t) if x not in source]
                if found:
                    return found
            if t.dep_.startswith(("obl", "nmod")) and self.case_of(t) in self.lex.appealed_to_preps:
                appealed_to += self.phrase_entities(t) + [self.actor_entity(t)]
        return self.court_near(v, list(source) + appealed_to)

    def words_author(self, noun: Token) -> list[str]:
        """« ces propos », « sa déclaration », « les propos du ministre »: who said the words a noun takes up — its
        possessor or « de » complement, else the last speaker before it: of a quotation, or the author of a speech
        act told without one (« X a accusé Y de mentir. Ces propos … » are X's: a speech act's author is a
        speaker, as the quote stage's speakers are); with an additive adverb on their verb (« ces paroles ont également
        indigné X », `additive_marks`), the words blamed or denied last, which X too reacts to."""
        claim = _norm(noun.lemma_) in self.lex.claim_nouns
        if _norm(noun.lemma_) not in self.lex.words_nouns and not claim:
            return []
        for c in self.children_of(noun):
            if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms:
                return self.phrase_entities(c)
        poss = self.possessor(noun)
        if poss or claim:
            return poss
        if self.last_judged is not None and self.last_judged[0] < noun.i and any(
                c.dep_ == "advmod" and _norm(c.text) in self.lex.additive_marks for c in self.children_of(noun.head)):
            return list(self.last_judged[1])    # « ces paroles ont également indigné X »: the words blamed before, also
        before = [(end, [q.speaker]) for start, end, qid in self.quote_spans if end <= noun.i
                  for q in [self.quotes.get(qid)] if q is not None and q.speaker]
        if self.last_speech is not None and self.last_speech[0] < noun.i:
            before.append(self.last_speech)
        return list(max(before, key=lambda b: b[0])[1]) if before else []

    def _judged_thing(self, v: Token) -> Token | None:
        """What a verb with no object judges: its passive subject (« cette mesure a été critiquée »), else what
        it is against (« s'oppose à la réforme », « manifestent contre la loi »)."""
        if self.pos_at[v.i] != "VERB":
            return None
        passive = self.is_passive(v)
        return next((c for c in self.children_of(v)
                     if self.pos_at[c.i] == "NOUN" and (c.dep_ == "nsubj:pass" and passive or c.dep_ ==
                     "obl:arg" or c.dep_.startswith("obl") and self.case_of(c) in self.lex.opposing_preps)), None)

    def measure_judged_in_passive(self, v: Token) -> bool:
        """« la réforme a été rejetée »: a passive verb whose subject is a measure, law or decision."""
        thing = self._judged_thing(v) if self.is_passive(v) else None
        return thing is not None and thing.dep_ == "nsubj:pass" and _norm(thing.lemma_) in self.lex.authored_nouns

    def thing_author(self, noun: Token) -> list[str]:
        """Who made the measure, law, reform or decision a noun names (`authored_nouns`): its « de » complement or
        possessor (« la réforme du gouvernement », « sa décision »), else for a retelling (« cette mesure », « la
        réforme ») the maker its earlier mentions tell (« X a adopté une mesure », « la réforme qu'il proposait »), or
        with none, the maker `retold_thing_author` reads (« X annonce un gel des loyers ; la mesure … »).
        A participle of making with its agent, in the noun's own phrase, names the maker too (« le projet de
        réforme porté par X », « la nouvelle version du texte présentée par X »)."""
        lemma = _norm(noun.lemma_)
        if lemma not in self.lex.authored_nouns:
            return []
        own = self._named_author(noun) or self._participle_maker(noun)
        if own or not any(c.dep_ == "det" and ("Dem" in self.morph_of(c, "PronType") or "Def" in self.morph_of(c, "Definite"))
                          or c.dep_ == "amod" and _norm(c.lemma_) in self.lex.retelling_adjectives
                          for c in self.children_of(noun)):
            return own      # (« une telle stratégie » retells one)
        for i in reversed(self.where_words(lemma=lambda w: w == lemma)):
            if i < noun.i and self.same_thing(noun, self.doc[i]):
                found = self._named_author(self.doc[i]) or self._maker(self.doc[i])
                if found:
                    return found
        # no author told before: a general noun retells the last thing made, another is made after (measures.py)
        return self.retold_thing_author(noun)

    def _named_author(self, noun: Token) -> list[str]:
        for c in self.children_of(noun):
            if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and c.i not in self.dates:
                return self.phrase_entities(c)
        return self.possessor(noun)

    def _maker(self, noun: Token) -> list[str]:
        """The subject of the verb of making whose object the noun is, or the agent of its passive or participle."""
        makes = self.lex.authoring_verbs
        if noun.dep_ == "obj" and _norm(noun.head.lemma_) in makes:
            return self.subject(noun.head)[0]
        if noun.dep_ == "nsubj:pass" and _norm(noun.head.lemma_) in makes:
            return self.agent(noun.head)
        for c in self.children_of(noun):
            if c.dep_ == "acl:relcl" and _norm(c.lemma_) in makes and any(
                    g.dep_ == "obj" and _norm(g.text) in self.lex.relative_pronouns for g in self.children_of(c)):
                return self.subject(c)[0]      # « la réforme qu'il proposait »
        return self._participle_maker(noun)

    def _participle_maker(self, noun: Token) -> list[str]:
        """The agent of a past participle of making that qualifies the noun or a noun of its complements (« la
        mesure adoptée par X », « le projet de réforme porté par X »: the parse hangs the participle on any noun of
        the phrase). Only with « par » told: a bare participle names no maker (« le plan annoncé »)."""
        for t in noun.subtree:
            if t.dep_ != "acl" or t.i < noun.i or _norm(t.lemma_) not in self.lex.authoring_verbs or \
                    "Part" not in self.morph_of(t, "VerbForm"):
                continue
            if t.head.i == noun.i:
                return self.agent(t)
            if "Pres" in self.morph_of(t, "Tense"):
                continue
            h = t.head          # the phrase's nouns only, not a clause inside it (« la loi qui vise X adoptée »)
            while h.i != noun.i and h.dep_ in ("nmod", "obj", "acl") and self.pos_at[h.i] in ("NOUN", "PROPN", "VERB"):
                h = h.head
            if h.i == noun.i and any(self.case_of(g) in self.lex.agent_preps for g in self.children_of(t)
                                     if g.dep_.startswith("obl")):
                return self.agent(t)
        return []

    def adopting_body(self, verb: Token) -> bool:
        """« la chambre a approuvé la destitution de X », « les sanctions votées par le Conseil »: a legislature,
        a court or an international council adopting a measure does the act the measure tells (`adopting_verbs`)."""
        if _norm(verb.lemma_) not in self.lex.adopting_verbs:
            return False
        who = self.chains.passive_agent(verb, reach=8, hung=True) if self.is_passive(verb) else \
            next((c for c in self.children_of(verb) if c.dep_ == "nsubj"), None)
        return who is not None and (_norm(who.lemma_) in self.lex.deciding_bodies or any(
            self.ents.get(x) is not None and self.ents[x].sector in self.lex.deciding_sectors
            for x in self.phrase_entities(who)))

    def adopts_act(self, trig: Trigger) -> bool:
        """The verb is a body's adoption of the act noun it takes as object: the noun tells the event, the adoption
        is no support of the act's recipient."""
        verb = trig.tok
        if trig.kind != "verb" or trig.entry.get("locution") or not self.adopting_body(verb) or any(
                g.dep_ in ("nmod", "obl:agent") and self.case_of(g) in self.lex.agent_preps
                for c in self.children_of(verb) if c.dep_ in ("obj", "obl:agent") for g in c.subtree):
            return False    # « a approuvé la ratification de l'accord par X »: X's own act, which the body supports
        return any(c.dep_ == "obj" and getattr(self.trigger_at.get(c.i), "kind", None) == "noun"
                   for c in self.children_of(verb))

    def demand_author(self, trig: Trigger) -> list[str]:
        """« le refus du gouvernement d'accéder aux demandes du collectif », « rejette la proposition de X »: a
        refusal's recipient is who made the demand or offer refused."""
        tok = trig.tok
        for t in tok.subtree:
            if t.i == tok.i or t.pos_ != "NOUN" or abs(t.i - tok.i) > 12 or self.quote_of(t) != self.quote_of(tok):
                continue
            reading = (self.lex.nouns.get(_norm(t.lemma_)) or [None])[0]
            if reading is None or reading["type"] not in ("REQUEST", "AGREE"):
                continue
            for c in t.subtree:     # « aux demandes jugées irréalistes du collectif »: hung further down
                if c.dep_ == "nmod" and 0 < c.i - t.i <= 6 and self.case_of(c) in self.lex.de_forms \
                        and c.i not in self.dates and not self._city_naming_the_act(c):
                    ids = self.phrase_entities(c)
                    if ids:
                        return ids
            return self.possessor(t)
        return []

    def visit_host(self, v: Token, source: list[str]) -> list[str]:
        """« s'est rendu à Moscou / en Chine »: a visit is to a state (or its capital, which stands for it) other
        than the visitor's own; a town, a hospital or one's own country is a trip, not a visit (CAMEO 042)."""
        own = {self.ents[x].country for x in source if self.ents.get(x) is not None} - {None}
        return [x for c in self.children_of(v) if c.dep_.startswith("obl") and self.case_of(c) in ("à", "en")
                for x in self.phrase_entities(c) if self.ent_type(x) == "GPE" and x not in source
                and (self.ents.get(x) is None or self.ents[x].country not in own)]

    def halted_relation(self, trig: Trigger, noun: Token) -> bool:
        """The noun is the relation an act of cutting ends (CAMEO 16, `tie_nouns`): a word of the trigger's own
        locution (« couper tout dialogue », « la cessation de la coopération ») or the object of a reading typed by
        its object's class (« cesser toute coopération »)."""
        lemma = _norm(noun.lemma_)
        return lemma in self.lex.tie_nouns and trig.type == "SANCTION" and (
            lemma in (trig.entry.get("locution") or ()) or "aid" in (trig.entry.get("by_object") or {}))

    def relation_partners(self, noun: Token) -> list[str]:
        """Whom a relation noun names as its other side (« la coopération avec X », « le dialogue entre … »), also a
        body taken up by a demonstrative or definite noun (« tout dialogue avec cette instance »)."""
        return [x for c in self.children_of(noun) if c.dep_ == "nmod" and self.case_of(c) in self.lex.reciprocal_preps
                and c.i not in self.dates for x in self.phrase_entities(c) or self.anaphoric(c)]

    def locution_noun_object(self, v: Token, locution: tuple) -> list[str]:
        """The actor a locution ending on a noun or an adjective names through that word's « de » complement (« en
        faveur de X », « solidaire de X »), or the author of the text it names (« en faveur d'une résolution proposée
        par X », `authored_nouns`)."""
        last = next((t for t in self.doc[v.i + 1:min(len(self.doc), v.i + 9)] if self.pos_at[t.i] in ("NOUN", "ADJ") and
                     _norm(t.lemma_) == locution[-1]), None)
        if last is None or last.sent.start != v.sent.start:
            return []
        for c in self.children_of(last):
            if c.dep_ in ("nmod", "obl:arg") and self.case_of(c) in self.lex.de_forms and c.i not in self.dates:
                return self.thing_author(c) if _norm(c.lemma_) in self.lex.authored_nouns else self.phrase_entities(c)
        return []

    def charge_word(self, trig) -> bool:
        """A verb or verbal locution of a charge or a criticism (`charge_verbs`: « accuser », « mettre en examen »)."""
        return trig.kind == "verb" and (trig.lemma in self.lex.charge_verbs or " ".join(
            (trig.lemma, *trig.entry.get("locution", ()))) in self.lex.charge_verbs)

    def agentless_charge(self, trig, target: list) -> bool:
        """A charge told of its target by no one named: in the passive or as a participle (« X, accusé de fraude »,
        « ils ont été mis en examen »), or with the indefinite « on »."""
        return trig.type == "ACCUSE" and bool(target) and self.charge_word(trig) and (
            self.is_passive(trig.tok) or "Part" in self.morph_of(trig.tok, "VerbForm") or self.indefinite_charge(trig))

    def indefinite_charge(self, trig) -> bool:
        """« on lui reproche sa gestion », « on l'accuse de fraude »: a charge whose subject is the indefinite « on »
        (`indefinite_subjects`), the active form of the agentless passive, made by no one named."""
        return self.charge_word(trig) and any(
            c.dep_ == "nsubj" and _norm(c.text) in self.lex.indefinite_subjects for c in self.children_of(trig.tok))
