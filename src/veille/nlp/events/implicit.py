"""Who did an act the clause names no agent for. An arrest or custody told in the passive is the police's, a
conviction the court's; an
agentless harm continues the operation told just before, is the attacker's the same sentence names in the active,
the actors' of the protest or attack it was done in, or, for property destroyed near protesters, their riot. An
attack is also the act of the group that claimed it. A mixin of `EventRun` (extractor.py) over the article state of
`EventDoc`."""
from __future__ import annotations

import functools
import itertools
from dataclasses import replace

from spacy.parts_of_speech import NOUN
from spacy.tokens import Token

from veille.nlp.entities import EMBLEM_NOUNS, emblem_group
from veille.nlp.events.lexicon import _norm


class ImplicitActors:
    """Mixin of `EventRun`: the actor of an act whose clause names none."""

    def implicit_force_actor(self, trig, target: list) -> list:
        """An agentless passive of force continues the operation told just before (« la police mène des
        opérations … ; des dizaines de suspects ont été tués et d'autres arrêtés »); an arrest is the police's."""
        # (a police force acted upon is not the one acting: « le commissariat a été chargé de … »)
        source = [x for x in self.police_near(trig.tok) if x not in target] if trig.mode in self.lex.police_modes \
            or self.police_means_agent(trig.tok) else []
        if not source:
            # the police told of before did not kill the policemen now counted: no side of the same sector (an
            # armed one: « un homme a tiré sur la foule ; six personnes ont été tuées » is a civilian killing civilians)
            victims = {self.ents[x].sector for x in target if self.ents.get(x) is not None} - {None} - \
                self.lex.civil_sectors
            # the act the sentence says it was done in names its side itself (two rebel groups may fight), and
            # comes before the last one told; so does the attacker its own clause names (« … où un soldat a été
            # blessé lorsque des hommes armés ont ouvert le feu », after forces told entering)
            source = [x for x in self.frame_actor(trig.tok) if x not in target] or [
                x for x in self.clause_attacker(trig.tok, target) or self.operation_actor(trig.tok, target, trig.type)
                or self.rioters(trig) if self.ents.get(x) is None or self.ents[x].sector not in victims]
            if not source and trig.type == "ASSAULT" and trig.kind == "verb":
                source = self.named_attacker(trig.tok, target)
            if self.stopped_attacker(trig.tok, target):
                # « un homme a attaqué X avant d'être abattu », « l'assaillant a été arrêté »: the attacker did not
                # stop himself; those of the operation told did (« l'assaut est donné par X. L'agresseur est tué »),
                # else its paragraph's police (for an arrest, the police or security forces, as below)
                source = [x for x in source if self._may_stop(x)] or ([] if trig.mode in self.lex.police_modes else [
                    x for x in self.police_near(trig.tok, paragraph=True) if self._may_stop(x) and x not in target])
            if trig.mode in self.lex.police_modes:
                # « 200 manifestants ont incendié … ; dix personnes ont été placées en garde à vue »,
                # « un homme a tiré … ; le suspect a été arrêté »: civilians do not hold anyone in custody
                source = [x for x in source if self.ents.get(x) is not None and self.ents[x].type != "PER"
                          and self.ents[x].sector not in self.lex.civil_sectors]
            if not source and trig.mode == "arrest":
                # (not a charge: « a été chargé de » is far more often a task than crowd control)
                source = self.security_forces(trig.tok, target)
        return source

    def police_means_agent(self, verb: Token) -> bool:
        """« les cortèges sont dispersés par les gaz lacrymogènes », « touché par une grenade de désencerclement »: a passive of
        force whose agent is a means of crowd control (a trigger of `police_modes`, CAMEO 175's means) is done by the
        police who use it, as that means told with no agent is."""
        return any((c.dep_ == "obl:agent" or c.dep_.startswith("obl") and self.case_of(c) in self.lex.agent_preps)
                   and (t := self.trigger_at.get(c.i)) is not None and t.mode in self.lex.police_modes
                   for c in self.children_of(verb))

    def stopped_attacker(self, tok: Token, target: list) -> bool:
        """The one an agentless act of force is done to is an attacker: named by an agent noun of attack (« le
        tireur »; not a side's label, « les terroristes »), or one who may not stop an attacker (`_may_stop`) and did
        an attack told before, with no act of force done to him (« un homme a attaqué X avant d'être abattu »)."""
        if any(self.armed(x) and self._may_stop(x) for x in target):
            return False        # « des manifestants et des policiers ont été blessés »: a clash, not an attacker stopped
        attackers = {x for i, typ, src in self.operations if i < tok.i and typ == "ASSAULT" for x in src} - self.harmed
        return any(x in attackers and not self._may_stop(x) for x in target) or any(
            c.dep_ == "nsubj:pass" and _norm(c.lemma_) in self.lex.attacker_nouns - self.lex.attacker_labels
            for c in self.children_of(tok))

    def _may_stop(self, eid: str) -> bool:
        """Who may stop an attacker: a body, the police, the army, a state; never someone of a sector an attacker
        told again under another noun may have (`retold_attacker_sectors`: « un homme », « l'individu »)."""
        ent = self.ents.get(eid)
        return ent is not None and ent.sector not in self.lex.retold_attacker_sectors | self.lex.civil_sectors and (
            ent.type != "PER" or self.armed(eid))

    def forces_moved(self, verb: Token, target: list) -> tuple[list, list] | None:
        """« 300 soldats lorcaniens ont été déployés », agentless: the forces moved and their state are the side that
        mobilizes (PLOVER MOBILIZE's actor), not its recipient. People a common noun names who are no force (« quarante
        secouristes ont été mobilisés », « les militants sont mobilisés »): None, no event — PLOVER MOBILIZE is military or police
        moves; relief is AID, supporters rallied PROTEST, told by their own words."""
        # (the whole subject phrase: « les forces d'élite de la police allemande » are the police's and Germany's)
        # (« selon X », which the parse may take for the subject, names who tells it)
        # (or the subject of the periphrasis the participle is the verb of: « les X restent mobilisés »)
        subjects = [c for c in self.children_of(verb) if c.dep_ == "nsubj:pass"] or \
            [c for c in [self.periphrasis_subject(verb)] if c is not None]
        named = {x for c in subjects if self.case_of(c) not in
                 self.lex.attribution_preps for t in c.subtree if self.pos_at[t.i] in ("NOUN", "PROPN")
                 for x in self.phrase_entities(t)}
        moved = [x for x in target if x in named]
        if moved and not any(self.armed(x) for x in moved) and all(x in self.descriptive for x in moved):
            return None         # (a name of no known sector, « le GIGN est mobilisé », may be a unit: left as told)
        if not moved:
            return [], target
        return moved, [x for x in target if x not in moved]

    def place_cleared(self, trig, source: list, target: list):
        """« l'église a été évacuée par la police »: the police clearing a place of the people in it is no retreat but
        coercion (PLOVER manual: « police pushed back protesters » is COERCE restrict), done to the people removed,
        its object when it names them, else the protesters named nearest. A street or a square the police block or
        close (« la rue, bloquée par un cordon de police ») is where they stop the protesters named nearest: they are
        its recipient, the place none."""
        if not source or not all(
                self.ents.get(x) is not None and self.ents[x].sector in self.lex.police_sectors for x in source):
            return trig, target
        if trig.type == "COERCE" and trig.lemma in self.lex.unblocking_verbs or \
                trig.type == "MOBILIZE" and not target and trig.lemma in self.lex.intervening_verbs:
            # « débloqué par les gendarmes », « les CRS sont intervenus »: against the blockers, the protesters
            return trig, [x for x in self.protesters_near(trig.tok, emblems=True) if x not in source][:1]
        if trig.type == "COERCE" and target and all(self.ent_type(x) == "LOC" for x in target):
            people = [x for x in self.protesters_near(trig.tok) if x not in source]
            return trig, (people[:1] or target)
        if trig.lemma not in self.lex.civilian_moves:
            return trig, target
        # (a building evacuated with no protesters or occupants told is the police's rescue: no event)
        removed = [x for c in self.children_of(trig.tok) if c.dep_ in ("obj", "nsubj:pass")
                   for x in self.phrase_entities(c)
                   if self.ent_type(x) not in ("GPE", "LOC", "MISC")]
        people = [x for x in removed + self.protesters_near(trig.tok) if x not in source]
        if not people:
            return trig, target
        return replace(trig, type="COERCE", mode="restrict"), list(dict.fromkeys(people))[:2]

    def security_forces(self, tok: Token, target: list) -> list:
        """An arrest with no police noun near is still the state's: the security forces (police, intelligence
        service) or the authorities the article names nearest (« le service de renseignement », « les autorités »),
        else the state where it was done (« arrêté à Lorcy » in Lorcanie, or the headline's « Lorcanie : … »)."""
        def security(span):
            ent = self.ents.get(span.label_)
            return ent is not None and ent.type != "PER" and span.label_ not in target and span.label_ not in \
                self.harmed and (ent.sector in self.lex.police_sectors or any(
                    _norm(t.lemma_) in self.lex.definite_plural_actors for t in span))
        named = sorted((abs(span.start - tok.i), span.label_) for span in self.doc.spans.get("veille_mentions", [])
                       if security(span))
        if named:
            return [named[0][1]]
        return [x for x in map(self.state_of, self.place_told(tok, target)) if x and x not in target][:1]

    def state_of(self, eid: str) -> str | None:
        """The country a place is in (« Lorcy » → Lorcanie), the country itself for a country."""
        ent = self.ents.get(eid)
        if ent is None or not ent.country:
            return None
        return eid if ent.type == "GPE" and (ent.kb_id or "").startswith("iso:") else self.country_state(ent.country)

    def place_told(self, tok: Token, exclude: list) -> list:
        """Where the act at tok was done: the country or town its sentence names with « en / à / dans » (« à
        Lorcy »), else the one place the headline names (« Lorcanie : … ») for an act of the body."""
        found = [e for t in self.sent(tok) if (e := self.midx.get(t.i)) and self.ent_type(e) in ("GPE", "LOC")
                 and e not in exclude and self.case_of(t) in self.lex.relief_place_preps]
        if found or self.doc[0].idx >= self.body_start:
            return found[:1]
        title = [e for t in itertools.takewhile(lambda t: t.idx < self.body_start, self.doc) if (e := self.midx.get(t.i))
                 and self.ent_type(e) in ("GPE", "LOC") and e not in exclude]
        return list(dict.fromkeys(title))[:1] if len(set(title)) == 1 else []

    def gathered(self, n: Token) -> list[str]:
        """« une réunion s'est tenue … réunissant X et Y »: a participle of coming together, on the act noun or on
        the verb saying it took place (its subject's), or on a date the parse hung it on, names who took part."""
        occurring = self.occurrence_verb(n)
        hosts = [n] + ([occurring] if occurring is not None else [])
        hosts += [c for h in hosts for c in self.children_of(h) if c.i in self.dates]
        return [x for h in hosts for c in self.children_of(h) if c.dep_ in ("acl", "advcl")
                and _norm(c.lemma_) in self.lex.gathering_verbs and "Pres" in self.morph_of(c, "Tense")
                for o in self.children_of(c) if o.dep_ == "obj" for x in self.phrase_entities(o)]

    def crowd_controlled(self, trig, source: list) -> list:
        """« des grenades lacrymogènes ont été tirées »: crowd control (PLOVER ASSAULT crowd-control, CAMEO 175) is
        done to a crowd; told with no recipient, it is done to the protesters named nearest. So are arrests told
        near protesters with no one arrested named (CAMEO 173; « 220 interpellations et 104 gardes à vue », « les
        policiers ont fait neuf interpellations », « … et 7 ont été placés en garde à vue »: a count the clause gives
        no noun, French ellipsis of the people just told) — not a state of custody whose noun needs its actor named
        (`needs_actor`: « après deux ans de détention » is of the people its sentence names, no crowd)."""
        if trig.mode not in self.lex.police_modes or trig.entry.get("needs_actor"):
            return []
        return [x for x in self.protesters_near(trig.tok) if x not in source]

    def release_sides(self, trig, source: list, target: list):
        """PLOVER RETREAT release: captors release their captives, who are its recipient; « les otages de X » are
        held by X, who releases them and is never the recipient. Freed by forces (« libérés par l'armée ») or in an
        operation (« au terme d'une opération militaire ») they are rescued: AID by the forces (PLOVER manual)."""
        v = trig.tok
        captors, captives = [], []
        for c in self.children_of(v):
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
            held_by = [x for g in self.children_of(c) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                       and _norm(c.lemma_) in self.lex.captive_nouns for x in self.phrase_entities(g)]
            # « les otages détenus par X »: the agent of a participle of holding (`lasting_participles`) holds them too
            held_by += [x for g in self.children_of(c) if g.dep_ in ("acl", "amod")
                        and _norm(c.lemma_) in self.lex.captive_nouns
                        and self.lex.lasting_participles.get(_norm(g.lemma_)) == "held"
                        for a in self.children_of(g) if a.dep_ == "obl:agent" for x in self.phrase_entities(a)]
            captors += held_by
            captives += [x for x in self.phrase_entities(c) if x not in held_by and self.ent_type(x) not in ("LOC", "GPE")]
        target = list(dict.fromkeys(captives + [x for x in target if x not in captors]))
        in_operation = any(_norm(t.lemma_) in self.lex.classes and self.lex.classes[_norm(t.lemma_)] == "violence"
                           for c in self.children_of(v) if c.dep_.startswith("obl") for t in c.subtree)
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

    def operation_actor(self, tok: Token, target: list[str], typ: str, answered: bool = False) -> list[str]:
        """The actor of the last act of force told in the same paragraph, up to two sentences
        before (« l'armée a lancé des frappes. Des dizaines de combattants ont été tués »), unless it is the one
        acted upon; an arrest told before does not make its author the one who stabbed or shot. An act that
        answers another (`answered`: a retaliation) may answer one told in the paragraph before."""
        line = 0 if answered else self.line_start(tok)
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

    def police_near(self, tok: Token, window: int = 200, paragraph: bool = False) -> list[str]:
        """Arrests and custody told with no agent are the police's acts (only the police arrest): the police force
        the article names nearest to the trigger, if it names one (`paragraph`: in the trigger's paragraph)."""
        # a policeman the article told was killed or wounded arrested no one
        return self._nearest_actor(tok, window, self._nouns_where("police", lambda w: (
            self.lex.actor_nouns.get(w) or "").lower() == "cop"), excluded=self.harmed, paragraph=paragraph)

    def court_near(self, tok: Token, target: list[str], window: int = 200) -> list[str]:
        """A conviction told with no agent (« X a été condamné à deux ans de prison ») is
        the court's: the court the article names nearest to the trigger, if it names one, never the convicted, nor
        an investigating judge (« le juge d'instruction »: `investigating_complements`), who sentences no one."""
        courts = [i for i in self._nouns_where("court", lambda w: w in self.lex.court_nouns) if not any(
            c.dep_ == "nmod" and _norm(c.lemma_) in self.lex.investigating_complements
            for c in self.children_of(self.doc[i]))]
        return self._nearest_actor(tok, window, courts, excluded=set(target))

    def _nouns_where(self, key: str, lemma_test) -> list[int]:
        """The article's nouns whose normalised lemma passes `lemma_test`, sought once per article (`key`)."""
        found = self.__dict__.setdefault("_nouns_found", {})
        if key not in found:
            found[key] = [i for i in self.where_words(lemma=lemma_test, key="nouns_" + key)
                          if self.pos_at[i] == "NOUN"]
        return found[key]

    @functools.cached_property
    def _emblem_heads(self) -> list[int]:
        """The tokens that name a group by its emblem (« les Gilets jaunes »), sought once per article."""
        return [i for i in self.where_words(form=lambda w: w.removesuffix("s") in EMBLEM_NOUNS,
                                            key="emblem_heads")
                if self.pos_at[i] in ("NOUN", "PROPN") and emblem_group(self.doc[i]) is not None]

    def _nearest_actor(self, tok: Token, window: int, candidates: list[int], same_quote: bool = False,
                       excluded=frozenset(), paragraph: bool = False) -> list[str]:
        """The actor named by the candidate noun nearest to tok (within window tokens either side, and in its
        paragraph when `paragraph`), who is not among `excluded`."""
        near = [self.doc[i] for i in candidates if tok.i - window <= i < tok.i + window and i != tok.i]
        nouns = [t for t in near if not (same_quote and self.quote_of(t) != self.quote_of(tok))
                 and not (paragraph and "\n" in self.text[min(t.idx, tok.idx):max(t.idx, tok.idx)])]
        for best in sorted(nouns, key=lambda t: abs(t.i - tok.i)):
            actor = self.actor_entity(best)
            if actor not in excluded:
                return [actor] if actor else []
        return []

    def protesters_near(self, noun: Token, window: int = 120, paragraph: bool = False,
                        emblems: bool = False) -> list[str]:
        """« lors d'une manifestation », « une grève a été décrétée »: a protest told with no actor is the protesters'
        act, the demonstrators, strikers or organisers (collective, union, opposition) named nearest to it — not
        any group of people (« les habitants » may be the ones the protest is for). With `emblems`, for want of
        those, a movement named by its emblem (« les Gilets jaunes », which the tagger may read as a name)."""
        people = self._nouns_where("protesters", lambda w: w in self.lex.self_actor_nouns or
                                   w in self.lex.protest_organisers)
        protesters = self._nearest_actor(noun, window, people, same_quote=True, paragraph=paragraph)
        if protesters or not emblems:
            return protesters
        return self._nearest_actor(noun, window, self._emblem_heads, same_quote=True, paragraph=paragraph)

    def frame_actor(self, tok: Token) -> list[str]:
        """« un policier a été blessé lors d'une manifestation », « tué lors d'un attentat »: a harm told with no agent
        within a protest or an attack was done by its actors — the protesters named nearest, the person an agent
        noun of attack names (« l'assaillant, X »)."""
        # « lors d'une attaque » is parsed either as a complement with its preposition or as the adverb « lors »
        # governing the noun, and it may be hung on another verb of the sentence (« a été tué jeudi, alors que se
        # déroulait le débat, lors d'un attentat »): the trigger's own complements first, then the sentence's
        def frames(words):
            out = [c for c in words if c.dep_.startswith("obl") and self.case_of(c) in self.lex.frame_preps]
            return out + [g for c in words if self.pos_at[c.i] == "ADV" and _norm(c.text) in self.lex.frame_preps
                          for g in self.children_of(c) if self.pos_at[g.i] == "NOUN"]
        nouns = frames(self.children_of(tok)) + frames([t for t in self.sent(tok) if t.head.i != tok.i])
        for c in nouns:
            frame = self.trigger_at.get(c.i)
            if frame is None:
                continue
            if frame.type == "PROTEST":
                return self.protesters_near(c)
            if frame.type == "ASSAULT":
                # « tués dans un bombardement de l'aviation russe »: the attack's own author, else its agent noun
                return self.noun_arguments(frame)[0] or self._retold_author(c) or self._attacker_named(c)
        return []

    def _retold_author(self, noun: Token) -> list[str]:
        """« X a lancé une offensive … Des combattants ont été tués dans l'offensive »: a definite act noun with no
        author of its own tells again the act last told under that word; its author is that telling's."""
        if not any(c.dep_ == "det" and ("Def" in self.morph_of(c, "Definite") or "Dem" in self.morph_of(c, "PronType"))
                   for c in self.children_of(noun)):
            return []
        lemma = _norm(noun.lemma_)
        told = [t for i, t in self.trigger_at.items() if i < noun.i and t.kind == "noun" and t.lemma == lemma]
        return self.noun_arguments(max(told, key=lambda t: t.tok.i))[0] if told else []

    def named_attacker(self, tok: Token, target: list[str]) -> list[str]:
        """« Paul Vernay a été tué lundi … Le meurtrier, Marc Dutilleul, … »: an agentless passive of harm with no
        operation or attacker told around it is the act of the attacker the article names by an agent noun of attack
        (as an attack told by its outcome is: `outcome_authors`), never of its own victim (« l'agresseur a été
        abattu » is not the agresseur's act); not a background act (pluperfect), another attack than the article's."""
        if self._pluperfect(tok):
            return []
        return [x for x in self._attacker_named(tok, labels=False) if x not in target]

    def _attacker_named(self, tok: Token, window: int = 400, labels: bool = True, nouns: set = None) -> list[str]:
        """The person the agent noun of attack nearest to tok names (« l'assaillant, X, … »: X); `labels`: the nouns
        that label a side count too (`attacker_labels`); `nouns`: other agent nouns (a vehicle's driver)."""
        agent_nouns = self.lex.attacker_nouns if nouns is None else nouns
        # (read from the Doc's columns: a Token for each of the 800 words around costs more than the search)
        pos, lemmas = self.pos_dep_columns[0], self._hash_columns[0]
        nouns = [self.doc[j] for j in range(max(0, tok.i - window), min(len(self.doc), tok.i + window))
                 if pos[j] == NOUN and (w := self.normalised(lemmas[j])) in agent_nouns
                 and (labels or w not in self.lex.attacker_labels)]
        for t in sorted(nouns, key=lambda t: abs(t.i - tok.i)):
            ids = self.phrase_entities(t)
            if t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "," and self.entity_of(self.doc[t.i + 2]):
                ids.append(self.entity_of(self.doc[t.i + 2]))    # an apposition the parse read as a subject
            named = [x for x in ids if self.ent_type(x) == "PER" and x not in self.descriptive]
            if named or ids:
                return named or ids
        return []

    def blast_targets(self, trig) -> list[str]:
        """« une bombe a explosé devant le siège de la police », « l'explosion d'un engin près d'un bus de l'armée »:
        a device's explosion is done to the actor its place belongs to or the people there (`blast_place_words`,
        PLOVER codes the attacked actor); a town, a region or a country is only where it exploded."""
        device = next((c for c in self.children_of(trig.tok)
                       if c.dep_ in ("nsubj", "obj", "nmod") and self.is_device(c)), None)
        out = []
        for c in itertools.chain(self.children_of(trig.tok), self.children_of(device) if device is not None else ()):
            # the preposition, the locution's noun (« à proximité de »), or an adverb before (« près de » parsed
            # with « près » hung on the verb and the complement as an « obj » of the intransitive)
            words = [c, *self.doc[max(c.left_edge.i - 3, self.sent(c).start):c.left_edge.i]] + [
                g for g in self.children_of(c) if g.dep_ == "case"]
            if not (c.dep_.startswith("obl") or c.dep_ in ("nmod", "obj")) or c.i in self.dates or not any(
                    _norm(t.text) in self.lex.blast_place_words for t in words):
                continue
            out += self._hit_at(c)
        return list(dict.fromkeys(out))

    def _hit_at(self, place: Token, depth: int = 0) -> list[str]:
        """The actors a place phrase names, else those of its « de » complements (« le quartier général de la police
        à Lorcy », « à proximité de véhicules de la police »), never a town, a region or a country."""
        ids = [x for x in self.phrase_entities(place) if self.ent_type(x) not in ("GPE", "LOC")]
        if ids or depth >= 2:
            return ids
        return [x for g in self.children_of(place) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                for x in self._hit_at(g, depth + 1)]
