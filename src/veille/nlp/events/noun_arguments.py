"""The arguments of a nominal trigger: its complements (« de », « par », « contre », « entre X et Y »), its possessor,
the adjective of its actor, the clause it is the object or the subject of (« X a mené des frappes », « une fusillade
a éclaté »), and the sides its relative clauses or appositions name. A mixin of `ArgumentFinder` (arguments.py)."""
from __future__ import annotations

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.recipients import PURPOSE_TARGETED
from veille.nlp.events.triggers import Trigger

# acts done somewhere: « à X » is where they happen, not whom they concern
LOCATIVE_TYPES = ("PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT")


class NounArguments:
    """Mixin of `ArgumentFinder`: reads the clause and nominal readers and `ActorResolver`."""

    def noun_arguments(self, trig: Trigger) -> tuple[list[str], list[str]]:
        helped = self.helped_by_means(trig)     # « avec l'aide de X, Y a repris … »: X helps Y
        if helped is not None:
            return helped
        n, entry = trig.tok, trig.entry
        source: list[str] = []
        target: list[str] = []
        de_role = entry.get("de", "target")
        own = False
        described = self.described_by(n) if entry.get("person_reading") else None
        if described is not None:     # « Y, soutien de X »: Y supports X
            de_role, source, own = "target", list(described), bool(described)
        if entry.get("experiencer_object"):
            return self.provoked_reaction(trig)     # « son geste a provoqué la colère de X » (judged.py)
        if entry.get("self_actor"):
            actor = self.actor_entity(n)
            if actor:
                return [actor], []
        for c in self.children_of(n):
            dep = c.dep_
            if self.juxtaposed_agent(n, c, trig.type):
                source.append(self.entity_of(c))        # « la grève CGT »: the organiser's name, no « de »
                own = True
                continue
            if dep in ("nmod", "obl", "obl:arg", "acl") and self.pos_at[c.i] in ("NOUN", "PROPN", "PRON", "X"):
                case = self.case_of(c)
                if c.i in self.dates:
                    continue
                if case in self.lex.de_forms and (agents := [
                        g for g in self.children_of(c) if self.split_locution_case(g) in self.lex.agent_preps]):
                    # « des menaces de la part de X » parsed « de la part » | « de X »: X does it
                    source += [x for g in agents for x in self.phrase_entities(g)]
                    own = True
                elif case in self.lex.de_forms and de_role != "none":
                    if self._city_naming_the_act(c):
                        continue        # « les accords de Minsk », « le sommet de Lorcy »: where, not who
                    ids = self.phrase_entities(c)
                    if de_role == "body":       # « le sommet de l'Union africaine »: the body that convenes it
                        ids = [x for x in ids if self.ent_type(x) == "ORG"]
                    role = "source" if de_role == "source" or (
                        entry.get("de_author") and self.attack_author(n, ids)) or self.made_of_protesters(trig, c, ids) \
                        else "target"
                    left = [x for g in self.children_of(c) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                            and self.left_body(gids := self.phrase_entities(g)) for x in gids]
                    # (the parse may hang the body beside the state, both on the noun: « la sortie du Royaume-Uni
                    # | de l'UE »; French names who moves first, where from second)
                    beside = trig.type == "RETREAT" and any(
                        g.i > c.i and g.dep_ in ("nmod", "obl") and self.case_of(g) in self.lex.de_forms and
                        self.left_body(self.phrase_entities(g)) for g in self.children_of(n))
                    if trig.type == "RETREAT" and (self.left_body(ids) or left or beside):
                        # « le retrait de la CPI »: the court is left, it does not withdraw; « la sortie du
                        # Royaume-Uni de l'UE »: the state leaves the body named after it
                        role = "target" if self.left_body(ids) else "source"
                        target += left
                    (source if role == "source" else target).extend(ids)
                    if role == "source" and trig.type == "PROTEST":
                        # « le cortège des cheminots »: the people a protest noun says are marching, named by a
                        # common noun, are protesters as « des manifestants » are (EventDoc.protesters); a name may be
                        # a building's (« les marches de l'Opéra », the steps)
                        self.protesters.update(x for x in ids if x in self.descriptive)
                    own = own or bool(ids)
                    if trig.type == "SANCTION" and self.halted_relation(trig, c):
                        # « la cessation du dialogue avec X »: relations are cut with the partner they name
                        target += self.relation_partners(c)
                    for g in self.children_of(c):     # « l'occupation du Koweït par Bagdad »: par attached to Koweït
                        if g.dep_ == "nmod" and self.case_of(g) in self.lex.agent_preps:
                            source += self.phrase_entities(g)
                        elif g.dep_ == "nmod" and role == "source" and self.case_of(g) in self.lex.opposing_preps:
                            target += self.phrase_entities(g)   # « les critiques du Kremlin contre l'Otan »
                elif case in self.lex.agent_preps:
                    source += self.phrase_entities(c)
                    own = True
                    if de_role == "target":     # « l'assaut par la police du siège de Katumbi »: de hung on the agent
                        for g in self.children_of(c):
                            if g.dep_ == "nmod" and self.case_of(g) == "de" and g.i > c.i:
                                target += self.phrase_entities(g)
                elif case == "entre":
                    ids = self.phrase_entities(c) + self._second_between(c)
                    source += ids
                    target += ids
                    own = own or bool(ids)
                elif case in self.lex.target_preps:
                    ids = self.not_places(self.phrase_entities(c), case, trig.type)
                    target += ids
                    own = own or bool(ids)
            elif dep == "acl" and (aimed := self.aimed_at(c)):
                target, own = target + aimed, True      # « une enquête visant X »: what the act is aimed at
            elif dep == "acl" and self._participle_of(c, n):
                ids = self.agent(c)     # « les négociations parrainées par X et Y », « une offensive menée par X »
                source += ids
                # « l'accord conclu entre X et Y »: the participle's « entre » names the act's two sides
                sides = [x for g in self.children_of(c) if g.dep_.startswith("obl") and self.case_of(g) == "entre"
                         for x in self.phrase_entities(g) + self._second_between(g)]
                source, target = source + sides, target + sides
                own = own or bool(ids) or bool(sides)
            elif dep == "amod":
                # « les frappes russes et syriennes »: coordinated adjectives name one side each
                ids = [x for a in self.coordinated(c)
                       for x in ([self.entity_of(a)] if self.entity_of(a) else self.demonym_entities(a))]
                if ids and _norm(n.lemma_) in self.lex.relation_nouns:
                    target += ids   # « des otages allemands »: the noun names who undergoes the act, of that nation
                    own = True
                elif ids:           # « l'accord russo-américain », « la décision européenne »
                    source += ids
                    own = True
        # « les négociations pour un cessez-le-feu parrainées par X »: hung on a complement it does not agree with
        stack = [c for c in self.children_of(n) if c.dep_ == "nmod" and c.i > n.i]
        while stack:
            c = stack.pop()
            for g in self.children_of(c):
                if g.dep_ == "nmod" and g.i - n.i <= 12:
                    stack.append(g)
                elif g.dep_ == "acl" and self._participle_of(g, n) and not self._participle_of(g, c):
                    ids = self.agent(g)
                    source += ids
                    own = own or bool(ids)
                elif g.dep_ == "acl" and c.i in self.trigger_at and not target and (aimed := self.aimed_at(g)):
                    target, own = aimed, True   # « l'ouverture d'une enquête visant X »: the locution's own noun
        setting = self.setting_against(n) if not own else None
        if setting is not None:
            # « des combats ont opposé l'armée aux rebelles », « des combats les ont opposés à X »: the clash's sides
            # are the verb's object (a clitic one too) and complement
            objs = [c for c in self.children_of(setting) if c.dep_ == "obj"]
            sides = [x for c in objs + [g for o in objs for g in self.children_of(o) if g.dep_ == "nmod"] + [
                c for c in self.children_of(setting) if c.dep_.startswith("obl")]
                     if c.dep_ == "obj" or self.case_of(c) in ("à", "avec") for x in self.phrase_entities(c)]
            source, target, own = source + sides, target + sides, bool(sides)
        patient = de_role == "target" and trig.mode in self.lex.patient_modes and not target
        poss = self.possessor(n, patient)
        if poss and patient:
            target = poss       # « son arrestation » is « l'arrestation de X »: the one arrested, not who arrests
            own = True
        elif poss:
            source = poss + source
            own = True
        predicate = any(c.dep_ == "cop" for c in self.children_of(n))
        head_word = _norm(n.head.text)
        patient_head = {_norm(n.head.lemma_), head_word, head_word[:-1] if head_word.endswith("s") else head_word} & \
            self.lex.patient_nouns      # « ont été victimes de » is tagged a verb « victimer »: the word decides
        framed = bool((entry.get("copula_target") and predicate) or patient_head)
        if framed:
            # « X serait l'otage de Y »: the subject of the copula; not the subject of a verb the noun is the
            # object of (« Y détient deux otages »)
            host = n if predicate else n.head
            for c in self.children_of(host):
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i != n.i:    # « les otages sont des femmes »: not itself
                    target += self.phrase_entities(c)
                    own = True
        undergone = False
        if not target and (undergoer := [x for x in self.undergoer(n) if x not in source]):
            target, own = undergoer, True       # « X a fait l'objet d'une enquête », « X est visé par des tirs »
            undergone = True
        if not framed and predicate and not source and self.state_predicate(n):
            # « les enseignants sont en grève », « le pays est en guerre contre X »: who is in the activity the noun
            # names does it; « le suspect est en détention », « deux proches sont en garde à vue »: that state is
            # undergone, its subject the recipient (who holds them: `implicit_force_actor`)
            undergone = self.undergone_state(trig)
            for c in self.children_of(n):
                if c.dep_ == "nsubj" and c.i < n.i:
                    side = target if undergone else source
                    side += [x for x in self.phrase_entities(c) if x not in (source if undergone else target)]
                    own = own or bool(side)
        if n.dep_ in ("obj", "obl:arg") and _norm(n.head.lemma_) in self.lex.recipient_verbs and not target and (
                self.pos_at[self.head_column[n.i]] != "ADJ" or self.case_of(n) in self.lex.de_forms):
            # « il bénéficie du soutien de la Turquie », « la ville subit les frappes de l'armée », « X est
            # dépendant des financements de Y » (the adjective's « de » complement, not « depuis le blocus »)
            target += [x for x in self.subject(n.head)[0] if x not in source]
            own = own or bool(target)
        if entry.get("de_class"):
            members = {w for w, cls in self.lex.classes.items() if cls == entry["de_class"]}
            if not any(self.case_of(c) == "de" and _norm(c.lemma_) in members
                       for c in self.children_of(n) if c.dep_ == "nmod"):
                return [], []
        if not own and not source and not target and trig.type == "PROTEST" and not (
                self.light_context(n, entry) and any(c.dep_ == "nsubj" and self.pos_at[c.i] in ("NOUN", "PROPN")
                                                     for c in self.children_of(n.head))):
            # (« les contrôleurs ont entamé une grève »: the clause tells who strikes, even when it names no actor;
            # the protesters named nearest are someone else; « la manifestation réunissant des militants de X »:
            # those it gathered)
            source = self.gathered(n) or self.protesters_near(n, emblems=True)
            own = bool(source)
        as_object = n.dep_ == "obj" or self.partitive_object(n)
        if not own and not source and (as_object or self.passive_verb(n) or self.relative_light_verb(n)) and \
                self.light_context(n, entry):
            # « X a organisé une réunion », « la grève que X a organisée »: X's act, a named actor
            source = self.subject_of_nominal(n, 1)
            own = bool(source)
        occurring = self.occurrence_verb(n)
        if not own and entry.get("reciprocal"):
            parties = self.gathered(n)
            source, own = source + parties, bool(parties)
        if not source and (agent := self.phase_agent(n)):
            source, own = agent, True       # « l'ouverture par X d'une enquête »
        if not source and (entrusted := self.conductor(n)):
            source, own = entrusted, True       # « l'enquête a été confiée à X », « X est en charge de l'enquête »
        if not source and (undergone or self.procedure_told(trig)) and (inquirer := self.inquirer(trig)):
            source = inquirer       # « X fait l'objet d'une enquête du parquet »: told, the court or police conducts it
        if not own and entry.get("needs_actor") and not (n.dep_ == "conj" and n.head.i in self.trigger_at) and \
                not self.procedure_told(trig):      # (« une enquête a été ouverte »: asserted, by no one named)
            return [], []
        if not source and n.dep_ == "conj" and n.head.i in self.trigger_at:
            # « son refus de collaborer …, ainsi que la récente sortie de la CPI »: same author
            head_trig = self.trigger_at[n.head.i]
            if head_trig.kind == "noun":
                source = self.possessor(n.head) or [x for c in self.children_of(n.head) if c.dep_ == "amod"
                                                    for x in self.demonym_entities(c)]
        if not source and self.light_context(n, entry):
            source = self.subject_of_nominal(n, 1)
        if as_object and self.pos_at[self.head_column[n.i]] == "VERB":
            # « établir une alliance avec la Russie »: the complement went to the verb
            for c in self.children_of(n.head):
                if c.dep_.startswith("obl") and self.case_of(c) in self.lex.partner_preps and c.i > n.i:
                    target += self.phrase_entities(c)
        if not target and trig.type not in LOCATIVE_TYPES:
            target = [x for x in self.light_dative(n, entry) if x not in source]   # « adresser ses vœux à X »
        if occurring is not None and not target:
            # « des manifestations ont lieu contre X », « des heurts éclatent avec Y »: the occurrence verb's complements
            v = occurring
            for t in self.doc[v.i + 1:min(self.sent(v).end, v.i + 12)]:
                if t.dep_ == "case" and _norm(t.text) in self.lex.person_preps and t.head.i > t.i and \
                        t.head.i not in self.dates:
                    target += [x for x in self.phrase_entities(t.head) if x not in source]
                    if entry.get("reciprocal") and _norm(t.text) == "entre":
                        # « des heurts ont éclaté entre des militants de X et des policiers »: both sides
                        target += [x for x in self._second_between(t.head) if x not in source and x not in target]
                    break
        if occurring is not None and entry.get("reciprocal") and not source and len(target) == 1:
            # « X a reçu les syndicats. Des négociations avec eux sont en cours »: a meeting told only « avec Y »
            # has the topic of the sentence before as its other side
            source = [x for x in self._previous_topic(n, target) if x not in target]
        if entry.get("reciprocal") and trig.type == "ASSAULT" and not source and len(target) == 1 and \
                self.ents.get(target[0]) is not None and self.ents[target[0]].sector in self.lex.police_sectors:
            # « des heurts avec des CRS »: a clash told with the police as its one side has the protesters named
            # nearest as the other (as crowd control is done to them: implicit.crowd_controlled); with none told, a
            # fight of one side is none (PLOVER codes a two-sided ASSAULT with both as actors)
            source = [x for x in self.protesters_near(n, emblems=True) if x not in target][:1]
            target = target if source else []
        verb = n.head if as_object else (self.passive_verb(n) or self.relative_light_verb(n))
        if verb is not None and self.pos_at[verb.i] == "VERB" and not target:
            # « du gaz lacrymogène a été employé contre les manifestants »: the recipient went to the verb
            for c in self.children_of(verb):
                if c.dep_.startswith("obl") and self.case_of(c) in self.lex.opposing_preps and c.i not in self.dates:
                    target += self.not_places(self.phrase_entities(c), self.case_of(c), trig.type)
                elif c.dep_.startswith("obl") and (loc := self.locution_complement(c)) and \
                        loc[0] in self.lex.opposing_preps:      # « une enquête a été ouverte à son encontre »
                    target += self.locution_recipients(c, loc, trig.type)
            if not target and trig.type in PURPOSE_TARGETED and self.light_context(n, entry):
                target += self.purpose_recipients(verb, trig.type, source)
        if not target:
            target = [x for x in self.conceded_to(trig) if x not in source]   # « malgré les critiques de X »
        return list(dict.fromkeys(source)), list(dict.fromkeys(target))
