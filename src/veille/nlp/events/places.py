"""Whom an attack was done to when its clause names no one hit (PLOVER: the recipient is whom the act is directed
at): the people the sentence's main clause says died or were wounded when it was done (`casualties`), else the
place it was done at, in or against (an attack on a building is directed at it and at those inside); and whom a
search or a seizure at a home was done to, its owner (`searched_owner`); property looted or vandalised told in the
agentless passive (`property_undergone`) and the thing an act on property is done to (`property_patient`); relief
sent to the place a disaster struck (`relief_area`); and the town, region or country named as where an act was done
(`occurrence_place`).

« un kamikaze s'est fait exploser dans le hall de l'aéroport », « un tireur a ouvert le feu dans un cinéma de
Lorcy », « un attentat contre un bâtiment officiel », « s'est fait exploser au milieu de la foule »: the facility
(`facility_nouns`, read through the part of it a `place_parts` noun names) or the crowd is the recipient; a town, a
region or a country is only where (« un attentat à Lorcy »), and so is any other place (« dans le quartier de X »).
A facility that names an actor (« le commissariat » the police, « l'ambassade » its state's mission) is that actor;
a named one (« l'hôtel Bellevue ») is its name; else it is a thing named by its noun, as property is
(`property_entity`, a description made by the actor resolver's own machinery)."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from veille.nlp.entities import emblem_group
from veille.nlp.events.lexicon import _norm


class AttackedPlaces:
    """Mixin of `EventRun`: reads the trigger's complements of place."""

    def casualties(self, trig) -> list[str]:
        """« Dix personnes sont mortes lorsqu'un homme s'est fait exploser »: the people the main clause says died or
        were wounded, before the « lorsque / quand » that introduces the attack's clause (word order: the parse
        hangs the conjunction anywhere)."""
        tok, sent = trig.tok, self.sent(trig.tok)
        died = self.died_in_attack(trig)     # « dix personnes sont mortes dans un attentat »
        if died:
            return died
        mark = next((t for t in reversed(self.doc[sent.start:tok.i]) if _norm(t.text) in self.lex.when_marks), None)
        if mark is None:
            return self._participle_victims(tok) if trig.kind == "noun" else []
        out: list[str] = []
        for t in self.doc[sent.start:mark.i]:
            lemma = _norm(t.lemma_)
            if lemma not in self.lex.casualty_words and _norm(t.text) not in self.lex.casualty_words:
                continue
            # the passive subject of « tuer / blesser »; the subject of « mourir » or of the adjective « mortes »
            deps = ("nsubj:pass",) if t.pos_ == "VERB" and self.lex.verbs.get(lemma) else ("nsubj", "nsubj:pass")
            ids = [x for c in self.children_of(t) if c.dep_ in deps for x in self.phrase_entities(c)]
            aux = [c.i for c in self.children_of(t) if c.dep_ in ("cop", "aux:pass", "aux:tense") and c.i < t.i]
            if not ids and aux:
                # (the parse may hang « dix personnes | sont mortes » as a modifier: the noun right before the verb
                # group)
                j = min(aux) - 1
                while j > sent.start and self.pos_at[j] == "ADV":
                    j -= 1
                ids = self.phrase_entities(self.doc[j]) if self.pos_at[j] == "NOUN" else []
            out += ids
        return list(dict.fromkeys(out))

    def _participle_victims(self, noun: Token) -> list[str]:
        """« une explosion est survenue dans le métro, tuant dix personnes »: a present participle of harm on the
        clause the attack noun is the subject of has that attack as its subject (French grammar: a participle
        clause's subject is its main clause's); its object is the victims."""
        if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.i == noun.i:
            return []
        return [x for c in self.children_of(noun.head) if c.dep_ in ("advcl", "acl", "conj") and c.i > noun.i
                and "Part" in self.morph_of(c, "VerbForm") and "Pres" in self.morph_of(c, "Tense")
                and _norm(c.lemma_) in self.lex.casualty_words
                for o in self.children_of(c) if o.dep_ == "obj" for x in self.phrase_entities(o)]

    def searched_owner(self, trig) -> list[str]:
        """« lors de leur perquisition au domicile du meurtrier », « des fouilles de logements de X », « chez X »: a
        coercion done at a home or premises is done to whom they belong."""
        out: list[str] = []
        for c in self._complements(trig.tok):
            if c.i in self.dates or not (c.dep_.startswith("obl") or c.dep_ == "nmod"):
                continue
            if self.case_of(c) in self.lex.owner_preps:
                out += self.phrase_entities(c)
            elif _norm(c.lemma_) in self.lex.dwelling_nouns:
                out += [x for g in self.children_of(c) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                        for x in self.phrase_entities(g) if self.ent_type(x) not in ("GPE", "LOC")]
                out += self.possessor(c, patient=True)
                # (« le logement loué par X », « l'appartement occupé par X »: its tenant)
                out += [x for a in self.children_of(c) if a.dep_ == "acl"
                        for g in self.children_of(a) if g.dep_ == "obl:agent"
                        for x in self.phrase_entities(g) if self.ent_type(x) not in ("GPE", "LOC")]
        return list(dict.fromkeys(out))

    def _complements(self, tok: Token) -> list[Token]:
        """The trigger's dependents, those of a light verb's act noun (« ont commis un attentat contre X ») and those
        of the verb telling an act noun's occurrence (« une fusillade a éclaté dans une discothèque »)."""
        told = self.occurrence_verb(tok) if self.pos_at[tok.i] == "NOUN" else None
        return self.children_of(tok) + [g for c in self.children_of(tok)
                                        if c.dep_ == "obj" and _norm(c.lemma_) in self.lex.nouns
                                        for g in self.children_of(c)] + (
            [c for c in self.children_of(told) if c.i != tok.i] if told else [])

    def attacked_places(self, trig) -> list[str]:
        """The facility or crowd an attack with no recipient of its own is done at, in or against."""
        out: list[str] = []
        for c in self._complements(trig.tok):
            if not (c.dep_.startswith("obl") or c.dep_ == "nmod") or c.i in self.dates or \
                    self.case_of(c) not in self.lex.attacked_place_preps:
                continue
            out += self._facility_hit(c)
        return list(dict.fromkeys(out))

    def _facility_hit(self, place: Token, depth: int = 0) -> list[str]:
        """The actor or thing a place phrase names when its head is a facility (or a crowd), through a part of a
        place (« dans le hall de l'aéroport », « au milieu de la foule »)."""
        lemma = _norm(place.lemma_)
        if lemma in self.lex.place_parts and depth == 0:
            return [x for g in self.children_of(place) if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                    for x in self._facility_hit(g, depth + 1)]
        if self.pos_at[place.i] == "PROPN":
            # « devant le Splendid Hotel »: a name whose words say it is a facility
            e = self.entity_of(place)
            named = e is not None and self.ent_type(e) != "GPE" and any(
                _norm(t.lemma_) in self.lex.facility_nouns or _norm(t.text) in self.lex.facility_nouns
                for t in place.subtree if self.entity_of(t) == e)
            return [e] if named else []
        if self.pos_at[place.i] != "NOUN":
            return []
        if not self._facility(place, lemma):
            # a crowd or people where it struck are those hit (« dans la foule », « au milieu des habitants »)
            return [x for x in self.phrase_entities(place) if x in self.descriptive and self.ents.get(x) is not None
                    and (self.ents[x].sector or "") in self.lex.private_sectors]
        if lemma in self.facilities_told and any(c.dep_ == "det" and (
                "Def" in self.morph_of(c, "Definite") or "Dem" in self.morph_of(c, "PronType"))
                for c in self.children_of(place)):
            return self.facilities_told[lemma]      # « dans un train de X … dans le train »: the one told before
        # (« un cinéma de Lorcy » is no town hit; « l'aéroport international de Lorcy » read as one name is the airport)
        own = self.entity_of(place)
        ids = [x for x in self.phrase_entities(place) if self.ent_type(x) not in ("GPE", "LOC") or x == own]
        if not ids:
            thing = self.property_entity(place, adjectives=True)
            ids = [thing] if thing else []
        self.facilities_told.setdefault(lemma, ids)
        return ids

    def property_undergone(self, trig, source: list, target: list) -> bool:
        """« une boutique a été pillée », « la permanence du député a été vandalisée »: damage done in a riot or by
        vandals (`damage_modes`) told in the passive with « être » and no agent is the act done to the thing damaged
        (or its owner) by no one named, as « un restaurant a été incendié » is; an unchecked lexicon word reads so
        too, its passive subject being what was damaged."""
        tok = trig.tok
        if not source and target and self.damage_committed(trig) is not None:
            return True     # « des dégradations ont été commises sur le péage »: by no one named
        if self.site_destroyed(trig, source, target):
            return True     # « le local syndical a été détruit par le feu » near protesters: by no one named
        return not source and bool(target) and trig.kind == "verb" and trig.type == "PROTEST" and \
            trig.mode in self.lex.damage_modes and self.is_passive(tok) and not self.agent(tok) and \
            any(c.dep_ in ("aux:pass", "cop")
                for c in (*self.children_of(tok), *(self.children_of(tok.head) if tok.dep_ == "conj"
                                                    else ())))
        # (« des voitures ont été incendiées ou vandalisées »: a conjunct shares its first verb's « être »)

    def site_destroyed(self, trig, source: list, target: list) -> bool:
        """« le local syndical a été détruit par le feu », « un incendie a détruit la tente des grévistes »,
        « l'entrepôt a été réduit en cendres »: property (a noun of a building, premises, equipment or a vehicle) destroyed by a
        CAMEO 1712 verb with no actor told — in the passive with no agent or a fire as agent, or with a fire as its
        subject, a relative's antecedent included (`fire_nouns`) — is an act of force done to the thing by no one
        named when its context is deliberate damage: protesters or a movement named near it, or a mark of intent in
        its sentence or the next (`deliberate_marks`: « criminel », « revendique l'incendie »). Never when its
        sentence tells an accident or a disaster (`accidental_marks`: « un incendie accidentel »)."""
        tok = trig.tok
        if source or not target or trig.kind != "verb" or trig.type != "ASSAULT" or \
                (trig.entry.get("cameo") or "") not in self.lex.property_codes:
            return False
        if self.is_passive(tok):
            patient = self.passive_patient(tok)
            causes = [c for c in self.children_of(tok) if c.dep_ == "obl:agent" or (
                c.dep_.startswith("obl") and self.case_of(c) in self.lex.agent_preps)]
            if any(_norm(c.lemma_) not in self.lex.fire_nouns for c in causes):
                return False        # « détruit par la tempête », « par l'armée »: another cause, or an actor
        else:
            patient = next((c for c in self.children_of(tok) if c.dep_ == "obj"), None)
            subj = next((c for c in self.children_of(tok) if c.dep_ == "nsubj"), None)
            if subj is not None and self.pos_at[subj.i] == "PRON" and tok.dep_ == "acl:relcl":
                subj = tok.head     # « l'incendie qui a détruit un entrepôt »
            if subj is None or _norm(subj.lemma_) not in self.lex.fire_nouns:
                return False
        if patient is not None and self.pos_at[patient.i] in ("NUM", "PRON"):
            patient = self.counted_noun(patient)     # « au moins douze ont été détruits »: the kiosks counted
        if patient is None or self.pos_at[patient.i] != "NOUN" or not self._property_noun(_norm(patient.lemma_)):
            return False            # « des emplois ont été détruits »: no property
        sent = self.sent(tok)
        accidents = self.lex.accidental_marks | self.lex.disaster_words | (self.lex.accident_words -
                                                                           self.lex.fire_nouns)
        if any(_norm(t.lemma_) in accidents or _norm(t.text) in accidents for t in sent):
            return False
        after = self.sent(self.doc[sent.end]) if sent.end < len(self.doc) else sent
        marked = any(_norm(t.lemma_) in self.lex.deliberate_marks or _norm(t.text) in self.lex.deliberate_marks
                     for t in (*sent, *after))
        return marked or bool(self.protesters_near(tok, emblems=True))

    def _property_noun(self, lemma: str) -> bool:
        """A building, premises, equipment or a vehicle (noun classes `burnt`, `blockaded`; `facility_nouns`,
        `vehicle_nouns`): what CAMEO 1712 destroys."""
        return self.lex.classes.get(lemma) in ("burnt", "blockaded") or lemma in self.lex.facility_nouns or \
            lemma in self.lex.vehicle_nouns

    def damage_committed(self, trig) -> Token | None:
        """« des dégradations ont été commises », « des dégâts ont été commis sur les véhicules »: a noun of damage to
        property (a reading of `property_codes` or `damage_modes`) that is the subject of the passive of a verb of
        misdeed (`misdeed_verbs`) with no agent: the damage was done by no one named (an accident's is « causé »).
        The passive verb, else None."""
        if trig.kind != "noun" or not (trig.entry.get("cameo") in self.lex.property_codes or
                                       trig.mode in self.lex.damage_modes):
            return None
        verb = self.passive_verb(trig.tok)
        if verb is None or _norm(verb.lemma_) not in self.lex.misdeed_verbs or self.agent(verb) or \
                not any(c.dep_ == "aux:pass" for c in self.children_of(verb)):
            return None
        return verb

    def damaged_things(self, trig) -> list[str]:
        """The things the damage a misdeed verb's passive tells was done to (`damage_committed`): its complement of
        `damaged_thing_preps` (« commis sur les véhicules »), with a place « à » within it (« sur la route aux
        péages de X »); a town is only where."""
        verb = self.damage_committed(trig)
        things: list[str] = []
        for c in self.children_of(verb) if verb is not None else ():
            if not c.dep_.startswith("obl") or self.case_of(c) not in self.lex.damaged_thing_preps:
                continue
            for t in [c] + [g for g in self.children_of(c) if g.dep_ == "nmod" and self.case_of(g) == "à"]:
                ids = [x for x in self.phrase_entities(t) if self.ent_type(x) not in ("GPE", "LOC")]
                thing = None if ids or self.entity_of(t) else self.property_entity(t)
                things += ids or ([thing] if thing else [])
        return list(dict.fromkeys(things))

    def only_its_place(self, v, entry: dict, target: list[str]) -> bool:
        """« le radar de Lorcy a été vandalisé », « le dépôt de Vernay est bloqué »: the towns and regions found are
        only the « de » or locative complements of the common noun of a thing the act is done to (French grammar: a
        place's name after a thing's noun says where it is), so the thing is the recipient, not the place; a street
        or an area (« la place de Lorcy », `street_nouns`, `place_heads` that are no facility) is only where."""
        patient = self.property_patient(v, entry)
        if patient is None or self.pos_at[patient.i] != "NOUN" or self.entity_of(patient) is not None or \
                not all(self.ent_type(x) in ("GPE", "LOC") for x in target):
            return False
        lemma = _norm(patient.lemma_)
        if lemma in self.lex.street_nouns or (lemma in self.lex.place_heads and lemma not in self.lex.facility_nouns):
            return False
        # (a place's name is capitalised: « des os de rennes » names animals, not the town the model saw)
        inside = {self.midx.get(t.i) for t in patient.subtree if t.i != patient.i and t.text[:1].isupper()}
        return all(x in inside for x in target)

    def blockaders(self, trig) -> tuple[list[str], list[str]] | None:
        """« le dépôt pétrolier de Lorcy est encore bloqué » after the protesters: a thing or a route blocked, told in
        the passive with no agent near protesters, is their blockade (CAMEO 144, PLOVER PROTEST obstruct: the type
        is theirs, `civil_retype`), done to the thing blocked — as property destroyed near them is their riot. None
        when no protesters are told near it or what was blocked names an actor."""
        if trig.lemma not in self.lex.blockade_verbs:
            return None
        patient = self.passive_patient(trig.tok)     # (« les lycées sont perturbés ou bloqués »: the shared one)
        if patient is None or patient.pos_ != "NOUN" or self._names_an_actor(patient) or self.entity_of(patient) or \
                any(self.ent_type(x) not in ("GPE", "LOC") for x in self.phrase_entities(patient)):
            return None     # « les quatre Gilets jaunes ont été bloqués devant le palais »: people stopped, no blockade
        # the protesters its paragraph names, else the movement the article knows as protesters nearest
        # (« les Gilets jaunes », by their emblem), not a union of another protest told in the next item
        tok = trig.tok
        movement = sorted((t for t in self.doc[max(0, tok.i - 120):tok.i + 120] if emblem_group(t) is not None),
                          key=lambda t: abs(t.i - tok.i))
        protesters = self.protesters_near(tok, paragraph=True) or [
            x for x in (self.actor_entity(t) for t in movement[:1]) if x]
        thing = self.property_entity(patient, adjectives=self._premises(patient)) if protesters else None
        return (protesters, [thing]) if thing else None

    def place_only(self, eid: str, tok) -> bool:
        """A country all of whose mentions in the trigger's sentence are where something is (« à Paris », « dans
        les rues de Lorcy »: the locative phrase or a noun under one), never who."""
        if self.ent_type(eid) != "GPE":
            return False
        heads = [t for t in self.sent(tok) if self.midx.get(t.i) == eid and (
            t.i == t.head.i or self.midx.get(t.head.i) != eid)]
        # (a partner of the noun is no place: « parvenir à un accord avec X » has X's own « avec »; nor is the state
        # of an actor noun: « opposés aux forces de X »)
        return bool(heads) and all(self.case_of(h) in self.lex.locative_preps or (
            h.dep_ == "nmod" and self.case_of(h.head) in self.lex.locative_preps
            and self.case_of(h) not in self.lex.reciprocal_preps
            and _norm(h.head.lemma_) not in self.lex.actor_nouns) for h in heads)

    def occurrence_place(self, tok: Token, sides: list[str]) -> str | None:
        """The town, region or country named as where the act was done (« à Lorcy », « en Lorcanie »): a locative
        complement of the trigger or of a clause it hangs on (a fronted « À Lorcy, les policiers ont … » is one of
        the main verb, and so of a verb coordinated with it); never one of the act's sides. None when none is named.
        Read to keep apart acts told alike in two places (merging.py): the same act is not done in two towns."""
        for g in (tok, *self.governors(tok)):
            # (or under a complement of place or time: « sur la route à Lorcy », « en fin de journée à Lorcy »)
            near = [c for c in self.children_of(g) if c.dep_ in ("obl", "obl:mod", "nmod")]
            for c in near + [n for c in near for n in c.subtree if n.dep_ == "nmod" and n.i - c.i < 8]:
                eid = self.midx.get(c.i)
                if eid is not None and eid not in sides and self.ent_type(eid) in ("GPE", "LOC") and \
                        self.case_of(c) in self.lex.locative_preps:
                    return eid
        return None

    def _property_reading(self, entry: dict) -> bool:
        """A reading of damage to property (property_codes) whose preposition introduces the thing damaged
        (« s'en prendre à des vitrines », riot): a locution of CAMEO 1712 (« mettre le feu ») names none itself."""
        return bool(entry.get("prep")) and entry.get("cameo") in self.lex.property_codes

    def thing_target(self, trig, source: list[str], target: list[str]) -> list[str]:
        """« ont incendié neuf véhicules », « un restaurant a été saccagé »: an act on property, by its verb, its
        reading or vandals' damage, is done to the thing when the clause names no one else; a named site it stands
        at stays beside it (« un local au péage de Lorcy »), a town does not. Else `target` as it was."""
        v, entry = trig.tok, trig.entry
        if (target and not self.only_its_place(v, entry, target)) or not (
                trig.lemma in self.lex.property_verbs or self._property_reading(entry) or entry.get("weapon_agent") or (
                trig.type == "PROTEST" and trig.mode in self.lex.damage_modes and self.protesting_side(source))):
            return target
        patient = self.property_patient(v, entry)
        thing = self.property_entity(patient) if patient is not None else None
        # « des pneus ont été incendiés devant la préfecture »: a fire set before premises is aimed at them too, as
        # a rally held before them is (`protest_site_preps`, protests.aimed_site)
        site = self.aimed_site([c for c in self.children_of(v) if c.dep_.startswith(("obl", "nmod")) and
                                self.case_of(c) in self.lex.protest_site_preps], source) if thing else []
        return [thing, *site, *(x for x in target if self.ent_type(x) == "LOC")] if thing else []

    def property_patient(self, v: Token, entry: dict) -> Token | None:
        """The thing an act on property is done to: its reading's preposition's complement (« s'en sont pris à des
        vitrines »), its object or passive subject, or the noun its participle describes."""
        return (self._prep_complement(v, entry["prep"]) if self._property_reading(entry) else None) or next(
            (c for c in self.children_of(v) if c.dep_ in ("obj", "nsubj:pass") or self.partitive_object(c)),
            self.described_noun(v) if v.dep_ == "acl" and "Part" in self.morph_of(v, "VerbForm") else
            self.split_auxiliary_subject(v))

    @functools.cached_property
    def disaster_told(self) -> bool:
        return bool(self.where_words(lemma=lambda w: w in self.lex.disaster_words, key="disaster"))

    def relief_area(self, trig, source: list[str]) -> list[str]:
        """Relief (CAMEO 073) told with an actor and no recipient goes to the place a disaster struck: a country or
        town its sentence names with « en / à / dans » (« ont dépêché des secours à Lorcy »), else the headline's
        (« Lorcanie : … » over « l'agence coordonne les secours »), when the article tells a disaster at all."""
        if trig.type != "AID" or trig.entry.get("cameo") not in self.lex.relief_codes or not source \
                or not self.disaster_told:
            return []
        return self.place_told(trig.tok, source)

    def property_entity(self, tok: Token, adjectives: bool = False) -> str | None:
        """« neuf véhicules », « deux voitures de police », « un restaurant »: the property an act of destruction or
        seizure is done to, described by its noun and that noun's bare « de » complement, when it names no actor."""
        if self.pos_at[tok.i] == "NOUN" and _norm(tok.lemma_) in self.lex.quantity_nouns | self.lex.measure_nouns:
            # « une centaine de véhicules »: the things counted; a count alone names nothing
            tok = next((c for c in self.children_of(tok)
                        if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms), None)
            if tok is None:
                return None
        elif self.pos_at[tok.i] == "NUM" or self.pos_at[tok.i] == "PRON" and _norm(tok.lemma_) == "un":
            # « l'un des radars », « trois des véhicules »: the things the pronoun or number takes some of (not a
            # demonstrative, « ceux des chevaux », which names no thing of its own)
            tok = self.counted_noun(tok) or next((c for c in self.children_of(tok)
                                                  if c.dep_ == "nmod" and c.i > tok.i and
                                                  self.case_of(c) in self.lex.de_forms), None)
            if tok is None:
                return None
        if self.pos_at[tok.i] != "NOUN" or tok.i in self.dates:
            return None
        mods = [c for c in self.children_of(tok) if c.dep_ == "nmod" and self.pos_at[c.i] == "NOUN" and c.i > tok.i and
                self.case_of(c) in self.lex.de_forms and not any(g.dep_ == "det" for g in self.children_of(c))]
        if adjectives:      # « un bâtiment officiel »: a facility is told by its kind
            mods += [c for c in self.children_of(tok) if c.dep_ == "amod" and self.pos_at[c.i] == "ADJ" and c.i > tok.i]
        span = self._described_span(tok, mods)
        key = self._description_key(span, tok)
        if key in self._actor_cache:
            return self._actor_cache[key]
        return self._descriptive(span, "MISC", key, None)

    def _facility(self, tok: Token, lemma: str) -> bool:
        """A facility noun, or one with its bare « de » complement (« une boîte de nuit »)."""
        return lemma in self.lex.facility_nouns or any(
            c.dep_ == "nmod" and f"{lemma} de {_norm(c.lemma_)}" in self.lex.facility_nouns
            for c in self.children_of(tok))

    @functools.cached_property
    def facilities_told(self) -> dict[str, list[str]]:
        """A facility noun's lemma → the recipient its first telling named."""
        return {}
