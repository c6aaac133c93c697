"""Argument stage: the source and target entity ids of a trigger — the subject (through control, coordination
and relative clauses), objects and prepositional complements of a verb, the complements and possessor of a
nominal trigger, and the clause subject of a light verb (« X a mené des frappes »)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.clauses import ClauseReader
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.nominal import NominalClause
from veille.nlp.events.recipients import ANNOUNCING, PURPOSE_TARGETED
from veille.nlp.events.triggers import Trigger

# acts done somewhere: « à X » is where they happen, not whom they concern
LOCATIVE_TYPES = ("PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT")
# acts between parties: a pronominal verb with several subjects and no recipient reads as reciprocal
MUTUAL_TYPES = ("ACCUSE", "REJECT", "ASSAULT", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "THREATEN")
# acts addressed to someone through « auprès de X »: complaints, requests, protests
ADDRESSED_TYPES = ("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN")


class ArgumentFinder(ClauseReader, NominalClause):
    """Mixin of `EventRun`: reads the article state of `EventDoc`; names phrases through `ActorResolver`."""

    def verb_arguments(self, trig: Trigger) -> tuple[list[str], list[str]]:
        v, entry = trig.tok, trig.entry
        source, passive = self.subject(v)
        target: list[str] = []
        obj_role = "target" if trig.type == entry.get("obj_actor") else entry.get("obj", "target")
        # « se ranger derrière X »: a locution ending on a preposition introduces its recipient with it
        locution_end = entry["locution"][-1] if entry.get("locution") else None
        shared = self.shared_object(v)
        # « adresser une lettre ouverte aux X »: X hung on the noun's adjective
        stray = [g for c in v.children if c.dep_ == "obj" and _norm(c.lemma_) in entry.get("locution", ())
                 for a in c.children if a.dep_ == "amod" for g in a.children if g.dep_.startswith("obl")]
        for c in list(v.children) + ([shared] if shared is not None else []) + stray:
            dep = c.dep_
            if passive and self.agent_list_continued(v, c):
                source += self.phrase_entities(c)
                continue
            if passive and (dep == "nsubj:pass" or (dep == "nsubj" and (self.bare_participle(v) or
                                                                        self.passive_auxiliary(v) or
                                                                        c == self.periphrasis_subject(v)))):
                # an active clause the parser read as passive (« 59 % des X ont rejeté … »: no « être ») has its
                # subject as the source (`subject`), not as the target too
                target += self.phrase_entities(c)
            elif (dep in ("obj", "iobj") or self.relative_second_subject(v, c)) and (
                    obj_role == "target" or dep == "iobj") or (obj_role == "target" and self.partitive_object(c)):
                if c.pos_ == "PRON" and _norm(c.text) in self.lex.reflexive_pronouns:
                    continue
                if trig.type == "CONSULT" and _norm(c.lemma_) in (entry.get("locution") or ()):
                    continue        # « envoyer un émissaire à X »: the envoy sent is the act's means, X is visited
                target += self.phrase_entities(c)
            elif dep in ("obj",) and c.pos_ == "PRON" and _norm(c.text) in self.lex.object_pronouns:
                target += self.phrase_entities(c)
            elif dep.startswith("obl") or dep == "nmod":
                case = self.case_of(c)
                # « par X » names the agent of a passive or a bare participle, not of « ont répondu par le jet de … »;
                # « discuter avec X » the parse may read as an agent: « avec » names a partner, never an agent
                agent = case in self.lex.agent_preps or (dep == "obl:agent" and case not in self.lex.partner_preps)
                # (a present participle is active: « un communiqué réclamant la fin de l'occupation par X », the
                # « par X » the parse hung on it belongs to the act it names)
                if agent and (passive or (
                        "Part" in v.morph.get("VerbForm") and "Pres" not in v.morph.get("Tense") and not any(
                            a.dep_ == "aux:tense" and _norm(a.lemma_) != self.lex.passive_auxiliary
                            for a in v.children))):
                    source += self.phrase_entities(c)
                elif agent:
                    continue
                elif case in entry.get("source_prep", ()):
                    source += self.phrase_entities(c)     # « convoqué devant le juge »: the judge summons
                elif self._in_complex_preposition(c) or self.help_as_means(c):
                    continue        # « contrairement à X », « grâce à X », « avec l'aide de X »: no recipient
                elif trig.type == "RETREAT" and case in self.lex.de_forms and self.left_body(
                        ids := self.phrase_entities(c)):
                    target += ids       # « s'est retiré de la CPI »: the body left (as « le retrait de la CPI »)
                elif trig.type == "REQUEST" and case in self.lex.de_forms and any(
                        g.dep_ == "obj" and g.i > c.i for g in v.children):
                    # « exiger de X la libération de … », « attendre des autorités une réponse »: asked of X (after
                    # the thing asked, « l'extradition de chefs rebelles » is the thing's complement the parse lost)
                    target += self.not_places(self.phrase_entities(c), case, trig.type)
                elif (loc := self.locution_complement(c)) is not None:     # « tirer en direction de X »
                    if loc[0] in self.lex.target_preps:
                        target += self.locution_recipients(c, loc, trig.type)
                elif case in self.lex.companion_preps and entry.get("armed_actor") in ("forces", "fighting") and \
                        entry.get("obj") == "none" and (ids := [x for x in self.phrase_entities(c) if self.armed(x)]):
                    source += ids       # forces moving with others (`companion_preps`)
                elif case in self.lex.comparison_preps and self.harm_told_of_victims(v):
                    continue        # « 80 rebelles ont été tués, contre onze soldats »: the other side's losses
                elif case in self.lex.meeting_topic_preps and trig.type in ("CONSULT", "AGREE"):
                    continue        # « échanger sur la situation du pays »: what is discussed, not with whom
                elif case in self.lex.medium_preps and trig.type in ADDRESSED_TYPES and trig.mode != "investigate" \
                        and self.broadcast_medium(c):
                    continue        # « a réclamé sur Europe 1 », « a appelé sur sa page Facebook à … »: where, not whom
                elif (case in self.lex.target_preps or case == locution_end or (
                        entry.get("prep_names_recipient") and case in entry["prep"])) and c.i not in self.dates and \
                        _norm(c.lemma_) not in self.lex.relational_heads:      # « à l'exception de X »
                    # (the complement a reading requires names its recipient: « prendre à X ses positions »)
                    # (« conclu entre X et Y »: Y by word order, wherever the parse hung it)
                    ids = self.phrase_entities(c) + (self._second_between(c) if case == "entre" else [])
                    # « s'attaquer à l'armée »: the « à » a pronominal verb governs names whom, when it names an actor
                    # that is no place (« s'en prendre à la grille de la mairie de Lorcy »: a thing, somewhere)
                    pronominal = dep == "obl:arg" and not entry.get("clitic") and self.pronominal(v) and any(
                        self.ent_type(x) not in ("LOC", "GPE") for x in ids)
                    target += ids if trig.entry.get("prep_names_recipient") and case in trig.entry["prep"] else \
                        self.not_places(ids, case, "" if pronominal else trig.type)
            elif dep == "advmod" and _norm(c.text) in self.lex.person_preps and trig.type in ADDRESSED_TYPES:
                # « a protesté auprès de X » parsed with « auprès » an adverb governing « de X » (a complaint or a
                # request is made to X; a fight « auprès de X » is alongside X, a denial « auprès d'un journal » is
                # made through the press)
                target += [x for g in c.children if g.dep_.startswith(("obl", "nmod")) and self.case_of(g) in
                           self.lex.de_forms for x in self.phrase_entities(g) if not self.is_outlet(x)]
            elif dep in ("flat:name", "flat", "conj", "appos") and c.i > v.i and self.entity_of(c) \
                    and obj_role == "target" and c.pos_ in ("PROPN", "NOUN"):
                target += self.phrase_entities(c)     # « salue Tebboune et l'Algérie » mis-parsed
        for d in v.children:
            name = next((c for c in v.children if c.pos_ == "PROPN" and c.i - 2 == d.right_edge.i
                         and self.doc[c.i - 1].text == ","), None)
            if d.dep_ == "obj" and d.pos_ == "NOUN" and name is not None:
                # « rencontrer son homologue, Ricardo X » (read as two objects): the name is who is described
                described = [x for x in self.phrase_entities(d) if self._description(x)]
                target = [x for x in target if x not in described]
        peri = self.periphrasis_subject(v) if passive and not target else None
        if peri is not None and peri.head.i != v.i:
            target = self.phrase_entities(peri)     # « X s'est vu refuser … »: X, the semi-auxiliary's subject
        if passive and not target:
            target = self.shared_passive_subject(v)
        if not target and (trig.type == "COERCE" and trig.mode == "arrest" and not entry.get("obj_actor") or
                           trig.type == "ASSAULT" and self.lex.person_harm_verbs & {trig.lemma, *entry.get("locution", ())}):
            # « un mineur a été interpellé », « trois surveillants ont été blessés »: an arrest verb's or a harm verb's
            # patient is a person whatever noun names it (CAMEO 173, 18x; not « arrêter », whose thing stopped is
            # no arrest, nor « abattre », which may down a plane)
            target = [x for c in v.children if c.dep_ == ("nsubj:pass" if passive else "obj")
                      for x in [self.patient_person(c)] if x]
        if passive and not source:
            source = self.agent(v)
        if not target and not passive and obj_role == "target" and trig.kind == "verb":
            # « X attaque Donald Trump sur … » mis-parsed: the name right after the verb is its direct object; a
            # place only for a verb of taking ground (« ont définitivement repris Lorcy », the town read as `obl`)
            j = v.i + 1
            while j < len(self.doc) and self.doc[j].pos_ == "ADV":
                j += 1
            e = self.midx.get(j)
            if e and e not in source and self.quote_of(self.doc[j]) == self.quote_of(v) and (
                    self.ents.get(e) is None or self.ents[e].type != "LOC"
                    or entry.get("cameo") in self.lex.war_capture_codes):
                target.append(e)
        if not target and "Part" in v.morph.get("VerbForm") and "Past" in v.morph.get("Tense") and not any(
                c.dep_.startswith("aux") for c in v.children):
            target += [x for x in self.fronted_participle_patient(v) if x not in source]
        if not target and any(c.dep_ == "aux:pass" for c in v.children) and not any(
                c.dep_ in ("nsubj:pass", "nsubj") for c in v.children):
            # « X, 39 ans (…), est tué par … »: the parse lost the passive's subject; word order keeps it
            target += [x for x in (self.controlled_patient(v) or self.left_subject(v) or self.conjunct_subject(v))
                       if x not in source]
        if entry.get("reciprocal") and not target:
            for c in v.children:    # « s'entretenir par téléphone avec X », « signer un accord avec X »
                if c.dep_.startswith("obl") or c.dep_ == "obj":
                    for g in c.children:
                        if g.dep_ == "nmod" and self.case_of(g) in self.lex.reciprocal_preps:
                            target += self.phrase_entities(g)
        obj = next((c for c in v.children if c.dep_ == "obj"), shared)
        own_word = obj is not None and _norm(obj.lemma_) in (entry.get("locution") or ())
        if obj is not None and trig.type == "SANCTION" and (obj_role == "none" or self.halted_relation(trig, obj)):
            # « cesser toute coopération avec X à Lorcy », « couper tout dialogue avec X »: relations cut (CAMEO 16)
            # are cut with the partner the act noun names, whatever place the clause tells
            target = self.relation_partners(obj) or target
        if obj is not None and not target and own_word:
            # « ouvrir une enquête visant X »: what the locution's own noun is aimed at
            target += [x for a in obj.children if a.dep_ == "acl" for x in self.aimed_at(a) if x not in source]
        if obj is not None and not target and (obj_role == "none" or own_word or trig.type == "AID"):
            # « suspendu son aide au gouvernement malien », « cesser le financement de la MINUSMA », « a coupé les
            # salaires versés aux fonctionnaires de X », « a accordé une aide de 50 millions à X »: whom the thing
            # given or withheld was for; « ont coupé les routes de ravitaillement de X »: whose roads were closed
            given = [g for a in obj.children if a.dep_ == "acl" and "Part" in a.morph.get("VerbForm")
                     for g in a.children]
            # the beneficiary may hang on the amount given (« une aide de 50 millions de dollars à X »)
            deeper = [t for t in obj.subtree if t.head.i != obj.i and t.i - obj.i <= 8 and trig.type == "AID"]
            for c in list(obj.children) + given + deeper:
                if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.i not in self.dates and (
                        self.case_of(c) in self.lex.beneficiary_preps or (c.head.i == obj.i and own_word and
                        trig.type in ("ASSAULT", "COERCE") and self.case_of(c) == entry.get("recipient_prep")) or (
                        c.head.i == obj.i and
                        self.case_of(c) == "de" and (trig.type in ("SANCTION", "AID") or
                                                     own_word and trig.type == "COERCE"))):
                    target += self.phrase_entities(c)
        if not target and entry.get("locution") and (trig.type == "AGREE" or entry.get("recipient_prep") == "de"):
            # « voter (à l'unanimité) en faveur d'une résolution proposée par X »: what the locution's noun is in
            # favour of, or its author (CAMEO VOTE (IN FAVOR), 031); a locution whose recipient is « de » X has it
            # on its last word (« rester solidaire de X », « prendre la défense de X »)
            target += [x for x in self.locution_noun_object(v, entry["locution"]) if x not in source]
        if not target and obj is None and entry.get("judgement"):
            # « estime que la réforme du gouvernement est inacceptable »: the subject of the predicate is judged
            obj = self.judged_subject(v)
            target += [x for x in (self.phrase_entities(obj) if obj is not None else []) if x not in source]
        if not target:
            target += self.judged_recipients(trig, obj, source)
        # (a reading whose preposition names the recipient does not: « le prix de la Banque X a été décerné à Y »)
        with_words = {_norm(w) for w in trig.entry.get("with", [])} if not entry.get("prep") else set()
        for c in v.children:        # « prendre le pouvoir en Turquie », « prendre le contrôle de la ville »
            if _norm(c.lemma_) in with_words:
                for g in c.children:
                    if g.dep_ == "nmod" and self.case_of(g) in self.lex.control_complement_preps and g.i not in self.dates:
                        target += self.phrase_entities(g)
        if not target and (trig.type in PURPOSE_TARGETED or trig.type in ANNOUNCING):
            target += self.purpose_recipients(v, trig.type, source, entry.get("locution") or ())
        if entry.get("experiencer_object"):
            # « ces propos ont indigné X »: X is the one who accuses; the words' author is accused
            who = [x for c in v.children if c.dep_ == "obj" for x in self.phrase_entities(c)]
            author = self.cause_author(v, trig, who, source)
            return list(dict.fromkeys(who)), [x for x in dict.fromkeys(author) if x not in who]
        if v.dep_ == "acl" and "Part" in v.morph.get("VerbForm") and obj_role == "target" and not target and \
                not any(c.dep_.startswith("aux") for c in v.children):     # « sont pris », no modifier
            # not the participle's own agent, which names its head (« une résolution proposée par la France »)
            target = [x for x in self.phrase_entities(self.described_noun(v)) if x not in source]
        if not target and obj is not None and obj_role == "target" and trig.type in ("ASSAULT", "COERCE", "SANCTION"):
            # « Israël frappera ses installations », « a gelé leurs avoirs »: a thing's owner undergoes the act
            target += [x for x in self.possessor(obj, patient=True) if x not in source]
        target = self.thing_target(trig, source, target)     # « ont incendié neuf véhicules » (places.py)
        if entry.get("state_host"):
            target = self.visit_host(v, source)
        if not target and trig.type in MUTUAL_TYPES and self.mutual(v, source, entry):
            target = list(source)       # « X et Y se sont opposés »: each side acts on the other
        return list(dict.fromkeys(source)), list(dict.fromkeys(target))

    def made_of_protesters(self, trig: Trigger, c, ids: list[str]) -> bool:
        """« un barrage de manifestants », « une chaîne de Gilets jaunes »: a bare « de » and a plural noun say what a
        protest's body is made of (French composition complement, no article), its authors: civilians (`civil_sectors`)."""
        return trig.type == "PROTEST" and bool(ids) and self.bare_de(self.case_of(c)) and \
            "Plur" in c.morph.get("Number") and not any(g.dep_ == "det" for g in c.children) and \
            all(self.ents[x].sector in self.lex.civil_sectors for x in ids if x in self.ents)

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
        for c in n.children:
            dep = c.dep_
            if self.juxtaposed_agent(n, c, trig.type):
                source.append(self.entity_of(c))        # « la grève CGT »: the organiser's name, no « de »
                own = True
                continue
            if dep in ("nmod", "obl", "obl:arg", "acl") and c.pos_ in ("NOUN", "PROPN", "PRON", "X"):
                case = self.case_of(c)
                if c.i in self.dates:
                    continue
                if case in self.lex.de_forms and de_role != "none":
                    if self._city_naming_the_act(c):
                        continue        # « les accords de Minsk », « le sommet de Lorcy »: where, not who
                    ids = self.phrase_entities(c)
                    if de_role == "body":       # « le sommet de l'Union africaine »: the body that convenes it
                        ids = [x for x in ids if self.ent_type(x) == "ORG"]
                    role = "source" if de_role == "source" or (
                        entry.get("de_author") and self.attack_author(n, ids)) or self.made_of_protesters(trig, c, ids) \
                        else "target"
                    left = [x for g in c.children if g.dep_ == "nmod" and self.case_of(g) in self.lex.de_forms
                            and self.left_body(gids := self.phrase_entities(g)) for x in gids]
                    # (the parse may hang the body beside the state, both on the noun: « la sortie du Royaume-Uni
                    # | de l'UE »; French names who moves first, where from second)
                    beside = trig.type == "RETREAT" and any(
                        g.i > c.i and g.dep_ in ("nmod", "obl") and self.case_of(g) in self.lex.de_forms and
                        self.left_body(self.phrase_entities(g)) for g in n.children)
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
                    for g in c.children:     # « l'occupation du Koweït par Bagdad »: par attached to Koweït
                        if g.dep_ == "nmod" and self.case_of(g) in self.lex.agent_preps:
                            source += self.phrase_entities(g)
                        elif g.dep_ == "nmod" and role == "source" and self.case_of(g) in self.lex.opposing_preps:
                            target += self.phrase_entities(g)   # « les critiques du Kremlin contre l'Otan »
                elif case in self.lex.agent_preps:
                    source += self.phrase_entities(c)
                    own = True
                    if de_role == "target":     # « l'assaut par la police du siège de Katumbi »: de hung on the agent
                        for g in c.children:
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
                sides = [x for g in c.children if g.dep_.startswith("obl") and self.case_of(g) == "entre"
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
        stack = [c for c in n.children if c.dep_ == "nmod" and c.i > n.i]
        while stack:
            c = stack.pop()
            for g in c.children:
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
            objs = [c for c in setting.children if c.dep_ == "obj"]
            sides = [x for c in objs + [g for o in objs for g in o.children if g.dep_ == "nmod"] + [
                c for c in setting.children if c.dep_.startswith("obl")]
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
        predicate = any(c.dep_ == "cop" for c in n.children)
        head_word = _norm(n.head.text)
        patient_head = {_norm(n.head.lemma_), head_word, head_word[:-1] if head_word.endswith("s") else head_word} & \
            self.lex.patient_nouns      # « ont été victimes de » is tagged a verb « victimer »: the word decides
        framed = bool((entry.get("copula_target") and predicate) or patient_head)
        if framed:
            # « X serait l'otage de Y »: the subject of the copula; not the subject of a verb the noun is the
            # object of (« Y détient deux otages »)
            host = n if predicate else n.head
            for c in host.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i != n.i:    # « les otages sont des femmes »: not itself
                    target += self.phrase_entities(c)
                    own = True
        if not target and (undergoer := [x for x in self.undergoer(n) if x not in source]):
            target, own = undergoer, True       # « X a fait l'objet d'une enquête », « X est visé par des tirs »
        if not framed and predicate and not source and self.state_predicate(n):
            # « les enseignants sont en grève », « le pays est en guerre contre X »: who is in the activity the noun
            # names does it; « le suspect est en détention », « deux proches sont en garde à vue »: that state is
            # undergone, its subject the recipient (who holds them: `implicit_force_actor`)
            undergone = self.undergone_state(trig)
            for c in n.children:
                if c.dep_ == "nsubj" and c.i < n.i:
                    side = target if undergone else source
                    side += [x for x in self.phrase_entities(c) if x not in (source if undergone else target)]
                    own = own or bool(side)
        if n.dep_ in ("obj", "obl:arg") and _norm(n.head.lemma_) in self.lex.recipient_verbs and not target and (
                n.head.pos_ != "ADJ" or self.case_of(n) in self.lex.de_forms):
            # « il bénéficie du soutien de la Turquie », « la ville subit les frappes de l'armée », « X est
            # dépendant des financements de Y » (the adjective's « de » complement, not « depuis le blocus »)
            target += [x for x in self.subject(n.head)[0] if x not in source]
            own = own or bool(target)
        if entry.get("de_class"):
            members = {w for w, cls in self.lex.classes.items() if cls == entry["de_class"]}
            if not any(self.case_of(c) == "de" and _norm(c.lemma_) in members for c in n.children if c.dep_ == "nmod"):
                return [], []
        if not own and not source and not target and trig.type == "PROTEST" and not (
                self.light_context(n, entry) and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                                     for c in n.head.children)):
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
        if not own and entry.get("needs_actor") and not (n.dep_ == "conj" and n.head.i in self.trigger_at) and \
                not self.procedure_told(trig):      # (« une enquête a été ouverte »: asserted, by no one named)
            return [], []
        if not source and n.dep_ == "conj" and n.head.i in self.trigger_at:
            # « son refus de collaborer …, ainsi que la récente sortie de la CPI »: same author
            head_trig = self.trigger_at[n.head.i]
            if head_trig.kind == "noun":
                source = self.possessor(n.head) or [x for c in n.head.children if c.dep_ == "amod"
                                                    for x in self.demonym_entities(c)]
        if not source and self.light_context(n, entry):
            source = self.subject_of_nominal(n, 1)
        if as_object and n.head.pos_ == "VERB":
            # « établir une alliance avec la Russie »: the complement went to the verb
            for c in n.head.children:
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
        verb = n.head if as_object else (self.passive_verb(n) or self.relative_light_verb(n))
        if verb is not None and verb.pos_ == "VERB" and not target:
            # « du gaz lacrymogène a été employé contre les manifestants »: the recipient went to the verb
            for c in verb.children:
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

    def _in_complex_preposition(self, comp: Token) -> bool:
        """The complement's preposition follows an adverb it forms one preposition with (« contrairement à »)."""
        case = next((g for g in comp.children if g.dep_ == "case"), None)
        return case is not None and case.i > 0 and _norm(self.doc[case.i - 1].text) in self.lex.preposition_adverbs

    def relative_second_subject(self, v: Token, c: Token) -> bool:
        """« X, qui avait rencontré le président élu, … »: the parse gives the relative a second subject after the
        verb; « qui » is its subject, so the noun after an active verb is its object."""
        return c.dep_ == "nsubj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN") and v.dep_ == "acl:relcl" and any(
            g.dep_ == "nsubj" and g.i < v.i and _norm(g.text) == "qui" for g in v.children)

    def left_body(self, ids: list[str]) -> bool:
        """Bodies states belong to and leave (a court, an international organisation): what a withdrawal from them
        names as its recipient, not who withdraws."""
        return bool(ids) and all(self.ents.get(x) is not None and self.ents[x].sector in self.lex.left_body_sectors
                                 for x in ids)

    def locution_recipients(self, tok: Token, loc: tuple[str, list[Token]], typ: str) -> list[str]:
        """Whom a complex preposition's complement names (« à l'encontre de X »), or, told with a possessive in
        place of its « de » complement (« à son encontre »: French grammar), whom the possessive takes up, the
        one the act is done to."""
        if loc[1]:
            return [x for g in loc[1] for x in self.not_places(self.phrase_entities(g), loc[0], typ)]
        return self.possessor(tok, patient=True)

    def not_places(self, ids: list[str], case: str, typ: str = "") -> list[str]:
        """« sur le mont Hermon », « à Bruxelles »: a place after a locative preposition is where, not whom.
        For acts done somewhere (protests, deployments, attacks), « à X » is where they happen."""
        if case in self.lex.person_preps:
            return ids
        if case in self.lex.place_preps and typ in LOCATIVE_TYPES:
            return []
        return [x for x in ids if self.ents.get(x) is None or self.ents[x].type != "LOC"]

    def broadcast_medium(self, c: Token) -> bool:
        """« sur Europe 1 », « sur son compte Twitter »: a news outlet or a medium words are posted on."""
        return _norm(c.lemma_) in self.lex.medium_words or _norm(c.text) in self.lex.medium_words or any(
            self.is_outlet(x) for x in self.phrase_entities(c))

    def partitive_object(self, c: Token) -> bool:
        """« a utilisé du gaz », « ont saisi des armes »: a partitive article the parse read as the preposition
        « de » makes an object look like a complement."""
        return c.dep_ == "obl:arg" and _norm(self.case_of(c) or "") == "de" and any(
            _norm(g.text) in self.lex.de_article_contractions for g in c.children if g.dep_ == "case")
