"""Trigger stage: which tokens are event triggers (lexicon lookup of lemmas and forms, each reading's conditions
checked in order), and the span a trigger is shown with."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.parts_of_speech import ADJ, ADV, NOUN, PROPN, VERB, X
from spacy.tokens import Token

from veille.nlp.entities import emblem_group
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.devices import DeviceReader
from veille.nlp.events.document import read_once
from veille.nlp.events.locutions import LocutionReader
from veille.nlp.events.trigger_context import TriggerContext

# the tags a trigger can bear (a verb, an adjective or participle, a noun, a verb the tagger read as a noun, an adverb
# or an unknown word right after its auxiliary): an auxiliary or a function word whose lemma a reading shares
# (« être », « faire » as auxiliaries, « entre ») is read no further
_TRIGGER_POS = {VERB, ADJ, NOUN, PROPN, ADV, X}


@dataclass
class Trigger:
    tok: Token
    lemma: str
    entry: dict
    kind: str                 # verb | noun
    type: str
    mode: str | None


class TriggerFinder(LocutionReader, DeviceReader, TriggerContext):
    """Mixin of `EventRun`: reads the article state of `EventDoc` and the lexicon's verbs, nouns and noun classes."""

    def find_triggers(self) -> list[Trigger]:
        lex = self.lex
        out = []
        # only the words whose lemma or form is a key of the verb or noun tables can have a reading
        candidates = self.where_words(
            lemma=lambda w: w in lex.verbs or w in lex.nouns,
            form=lambda w: w in lex.verb_forms or w in lex.nouns or w.rstrip("sx") in lex.nouns, key="triggers")
        tags = self.pos_dep_columns[0]
        for tok in map(self.doc.__getitem__, [i for i in candidates if tags[i] in _TRIGGER_POS]):
            pos = self.pos_at[tok.i]
            # a verb the tagger read as a noun: it has a subject, or it is a bare conjunct of a finite verb (« l'armée
            # ne progresse plus et encercle la ville », « encercle » a noun joined to « progresse »; not a participle,
            # « 65 morts et 300 autres blessés »)
            verbal_noun = pos in ("NOUN", "PROPN") and _norm(tok.text) in lex.verb_forms and (
                any(c.dep_ == "nsubj" for c in self.children_of(tok)) or
                tok.dep_ == "conj" and self.pos_at[self.head_column[tok.i]] == "VERB" and
                "Fin" in self.morph_of(tok.head, "VerbForm") and not _norm(tok.text).endswith(lex.past_participle_endings)) \
                and not any(c.dep_ == "det" for c in self.children_of(tok))
            # « ont violé » tagged as an adverb: a past participle right after its auxiliary is a verb
            participle = pos in ("ADV", "X") and tok.i > 0 and self.pos_at[tok.i - 1] == "AUX" and \
                self.doc[tok.i - 1].lemma_ in ("avoir", "être") and _norm(tok.text) in lex.verb_forms
            if pos in ("VERB", "ADJ") or verbal_noun or participle:     # (no auxiliary: `_TRIGGER_POS`)
                lemma = _norm(tok.lemma_)
                if lemma not in lex.verbs:
                    lemma = lex.verb_forms.get(_norm(tok.text), lemma)
                readings = lex.verbs.get(lemma)
                if readings is not None:
                    t = next(filter(None, (self._check(tok, lemma, r, "verb")
                                           for r in self._followable_readings(tok, readings))), None)
                    if t:
                        out.append(t)
                    continue
            if pos in ("NOUN", "PROPN"):
                lemma = _norm(tok.lemma_)
                readings = lex.nouns.get(lemma) or lex.nouns.get(_norm(tok.text)) or \
                    lex.nouns.get(_norm(tok.text).rstrip("sx"))
                if readings is not None:
                    t = next(filter(None, (self._check(tok, lemma, r, "noun")
                                           for r in self._followable_readings(tok, readings))), None)
                    if t:
                        out.append(t)
        # an opinion verb's evaluative word is its judgement, not a second one
        taken = {t.tok.i for t in out} | {p.i for t in out if t.entry.get("judgement")
                                          for p in [self.judgement_predicate(t.tok)] if p is not None}
        fault = self.lex.fault_words | self.lex.fault_words_of_act | self.lex.wrongdoing_verbs
        candidates = map(self.doc.__getitem__, self.where_words(lemma=lambda w: w in fault or self.evaluative(w),
                                                                    key="fault"))
        # an act named by a term of reproach (« il s'agit d'une bavure ») is accused even when the term is itself an
        # act noun, unless the naming verb or the term is already read as the accusation (« qualifier X de … »)
        accusing = {t.tok.i for t in out if t.type == "ACCUSE"}
        out += [t for t in map(self._fault_trigger, candidates) if t is not None and (
            t.tok.i not in taken if "act_named" not in t.entry else not {t.tok.i, t.entry["act_named"]} & accusing)]
        for t in out:
            self.trigger_at.setdefault(t.tok.i, t)      # (an act noun keeps its own reading)
        return out

    def _fault_trigger(self, tok: Token) -> Trigger | None:
        """« selon X, c'est Y qui est fautif »: a word of fault predicated of someone in a speaker's words is the
        speaker's accusation (CAMEO 112; its sides: arguments.fault_arguments)."""
        lemma = _norm(tok.lemma_)
        typ, mode = "ACCUSE", "allege"
        cls = self.evaluative(lemma)
        named = self.reproached_act(tok) if cls == "reproach" else None
        if named is not None:
            mode = "disapprove"     # « pour X, il s'agit d'une attaque terroriste »: the act's author accused (judged.py)
        elif cls:
            if (judged := self.act_judged_by_adjective(tok, lemma, cls)) is not None:
                return judged or None   # « le décret illégal du président » in someone's words (faults.py)
            if self.pos_at[tok.i] != "ADJ" or not any(c.dep_ == "nsubj" and self.pos_at[c.i] in ("NOUN", "PROPN")
                                            for c in self.children_of(tok)):
                return None     # « c'est inadmissible »: what is judged must be named
            # « pour X, cette mesure est « intolérable » »: an evaluative word said of an act (CAMEO 111 / 051)
            typ = self.verdict(cls, tok)
            mode = "disapprove" if typ == "ACCUSE" else None
        elif lemma in self.lex.wrongdoing_verbs:
            return self.alleged_wrong(tok, lemma)     # « selon lui, le ministre a menti » (faults.py)
        elif lemma in self.lex.fault_words_of_act:
            if not any(c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and (
                    _norm(c.lemma_) in self.lex.nouns or _norm(c.lemma_) in self.lex.harm_words)
                    for c in self.children_of(tok)):
                return None     # « responsable de la formation » is a duty, « responsable de l'attentat » a fault
        elif lemma not in self.lex.fault_words:
            return None
        if self.in_boilerplate(tok) or (named is None and self.fault_predicate(tok) is None) or \
                not (self.attribution(tok)[1] if named is None else self.act_namer(tok, named[1])):
            return None
        entry = {"type": typ, "mode": mode, "act_named": named[1].i} if named is not None else {"type": typ, "mode": mode}
        return Trigger(tok, lemma, entry, "fault", typ, mode)

    def fault_predicate(self, tok: Token) -> Token | None:
        """The predicate a word of fault is part of: itself with a copula (« X est fautif »), or the noun or name
        it completes (« sont dans une logique de déstabilisation », « c'est X, en complicité avec Y »)."""
        for p in (tok, tok.head) if tok.dep_ in ("nmod", "obl", "obl:mod") else (tok,):
            if any(c.dep_ == "cop" for c in self.children_of(p)):
                return p
        return None

    def _check(self, tok: Token, lemma: str, entry: dict, kind: str) -> Trigger | None:
        if entry.get("locution") and not self._locution_follows(tok, entry["locution"]):
            return None     # (asked first: a common verb has dozens of locutions, whose words mostly do not follow)
        if self.in_boilerplate(tok):
            return None
        if lemma in self.lex.civilian_moves and self._moves_people(tok) and not any(
                c.dep_ in ("nsubj", "obl:agent") and self.lex.actor_nouns.get(_norm(c.lemma_)) in self.lex.police_sectors
                for c in self.children_of(tok)):
            # « les blessés ont été évacués », « l'évacuation des habitants »: rescue, not retreat; the police
            # removing people is coercion (implicit.place_cleared)
            return None
        if entry.get("reflexive") and not any(_norm(c.text) in self.lex.reflexive_clitics
                                             for c in self.children_of(tok)):
            return None
        if entry.get("not_pronominal") and self.pronominal(tok):
            return None     # « se féliciter de »: another verb than « féliciter X »
        if entry.get("judged_act") and entry.get("reflexive") and self.judged_act(tok) is None:
            return None     # « se félicite d'avoir tenu »: pleased with oneself, a comment (CAMEO 013)
        if entry["type"] == "ASSAULT" and kind == "verb" and not entry.get("reflexive") and \
                not entry.get("reciprocal") and self.pronominal(tok) and not any(
                c.dep_.startswith("obl") and self.case_of(c) == "à" and not entry.get("needs_target") and
                any(self._names_an_actor(t) for t in c.subtree if self.pos_at[t.i] in ("NOUN", "PROPN"))
                for c in self.children_of(tok)):
            # « un maire se tue dans un accident », « s'est blessé »: done to oneself, no assault (but « s'attaquer à
            # X » attacks X); a sense that needs its object has the clitic as that object (« un avion de tourisme
            # s'est écrasé aux îles X » crashed: « écraser » attacks only what it crushes)
            return None
        if entry.get("clitic") and not any(_norm(t.text) == entry["clitic"] and self.pos_at[t.i] == "PRON"
                                           for t in self.doc[max(0, tok.i - 4):tok.i]):
            return None     # « s'en prendre à », not « se prendre à »
        if entry.get("with") and not self._has_with(tok, entry["with"], entry.get("adjacent_with", False)):
            return None
        if entry.get("not_with") and self._has_with(tok, entry["not_with"], True):
            return None     # « le pays déplore 21 morts »: a toll suffered, no reproach
        if entry.get("of_protesters") and not self._protesters_complement(tok):
            return None     # « la journée de dimanche »: a date, no protest
        if entry.get("with_class") and not self._class_complement(tok, entry["with_class"]):
            return None     # « parler d'un montage », « traiter X de menteur »: a term of reproach (ACCUSE 111)
        if entry.get("not_after") and self._words_after(tok.i, len(entry["locution"]) + 1)[-1:] in {
                (w,) for w in entry["not_after"]}:
            return None     # « faire appel à X » calls on X: no appeal of a judgement
        if entry.get("prep") and not self._has_prep(tok, entry["prep"]) and not (
                entry.get("absolute") and not any(c.dep_ in ("obj", "iobj", "obl:arg", "xcomp", "ccomp")
                                                  for c in self.children_of(tok))):
            return None     # (a verb used absolutely, « il a fini par renoncer », keeps an `absolute` reading)
        if entry.get("judiciary_clause") and any(c.dep_ == "ccomp" for c in self.children_of(tok)) and not any(
                c.dep_ == "nsubj" and (self.lex.actor_nouns.get(_norm(c.lemma_)) == "JUD" or any(
                    x in self.ents and self.ents[x].sector == "JUD" for x in self.phrase_entities(c)))
                for c in self.children_of(tok)):
            return None     # « X juge que le plan est conforme »: an opinion; a court's « juge que » rules
        if entry.get("not_prep") and any(c.i > tok.i and self.case_of(c) in entry["not_prep"]
                                         for c in self.children_of(tok)):
            return None     # « s'engager dans la mauvaise voie … à la sortie de X »: enters, whatever « à » follows
        if kind == "noun" and entry.get("experiencer_object") and not (
                tok.dep_ == "obj" and _norm(tok.head.lemma_) in self.lex.provoking_verbs):
            return None     # « a provoqué la colère de X » is X's reproach; « la colère des agriculteurs » no act
        if (entry.get("causative") or entry.get("device") or entry.get("weapon_agent")) and \
                not self._device_told(tok, entry, kind):
            return None     # « les ventes explosent », « une explosion de gaz », « visé par une enquête »: no device
        typ, mode = entry["type"], entry.get("mode")
        if entry.get("judgement"):
            typ = self.judgement(tok)     # « juge la mesure illégale », « estime que X est légitime » (judged.py)
            if typ is None:
                return None
            mode = mode if typ == entry["type"] else None
        if entry.get("by_object") or entry.get("obj_actor"):
            # (a participle sharing a passive or a periphrasis is done to its subject: « restent bloqués »)
            obj = self._object(tok) or (self.passive_patient(tok) if kind == "verb" and tok.pos_ == "VERB" else None)
            # a class this reading does not type by tells nothing of the object (« la loi » before « il a été
            # arrêté » is no thing arrested)
            cls = self._object_class(obj, set(entry.get("by_object", ()))) if obj is not None else None
            if obj is not None and entry.get("obj_actor") and cls is None and (self.entity_of(obj) or (
                    self.pos_at[obj.i] in ("PRON", "DET") and _norm(obj.text) not in self.lex.object_articles) or (
                    self.pos_at[obj.i] in ("NOUN", "PROPN") and (self._names_an_actor(obj) or (
                        _norm(obj.lemma_) in self.lex.quantity_nouns and (self.phrase_entities(obj) or self.others_counted(obj)))))):
                # the noun itself (or what it counts) names the actor: « le concert du groupe X » is a thing
                typ, mode = entry["obj_actor"], entry.get("obj_actor_mode")
            elif cls and cls in entry.get("by_object", {}):
                typ = entry["by_object"][cls]
                if typ != entry["type"]:
                    mode = None
            elif entry.get("need_class"):
                return None
        if entry.get("past_infinitive") and not any(
                c.dep_ in ("xcomp", "ccomp", "obj") and self.pos_at[c.i] in ("VERB", "AUX") and any(
                    a.dep_.startswith("aux") and "Inf" in self.morph_of(a, "VerbForm") for a in self.children_of(c))
                for c in self.children_of(tok)):
            return None     # « reconnaît avoir menti »: admitting one's own past act (CAMEO 015), not any « reconnaître »
        if entry.get("wish_clause") and not self.wished_of_actor(tok):
            return None     # « souhaite que la mairie retire son projet » asks it of the town hall; « que la paix revienne »
        if entry.get("intent_adjective") and not self._intent_predicate(tok):
            return None
        if entry.get("predicate_adjective") and not self._copula_predicate(tok, pronoun=True):
            return None     # « la somme est solidaire », « un geste solidaire »: said of no actor
        if entry.get("forces_subject") and not self.forces_subject(tok):
            return None     # « le cortège est arrivé »: only a state's forces arriving are moved (parties.py)
        if entry.get("identified_suspect") and not self._suspect_identified(tok):
            return None     # « le pilote a été identifié »: naming a victim or a witness is no charge
        if entry.get("object_class"):
            obj = self._object(tok) or self._stray_object(tok)
            if obj is not None and self.pos_at[obj.i] == "NOUN" and not self.entity_of(obj) and \
                    self._object_class(obj) != entry["object_class"]:
                # (a word of a name the tagger read as a noun, « al » of « al-Lorcy », is that name)
                return None     # CAMEO 057 signs an agreement: « signer une pétition, un décret » is no AGREE
        if entry.get("cameo") in self.lex.war_capture_codes and not entry.get("locution") and kind == "verb" and \
                lemma not in self.lex.ground_holding_verbs:
            obj = (self._prep_complement(tok, entry["prep"]) if entry.get("prep") else None) or self._object(tok)
            if obj is not None and self.pos_at[obj.i] == "NOUN" and self._object_class(obj, {"ground"}):
                # CAMEO SEIZE * AIRPORT, CAPTURE * BASES, TAKE * (OVER &TOWN): the ground named by its noun (« ont
                # repris l'aéroport », « conquis les quartiers ») is the act's object, its holder read in the war
                # (recipients.war_captures); only armed forces take ground (« la société a repris la gare »
                # is a deal)
                entry = {k: v for k, v in entry.items() if k not in ("needs_target", "needs_both_sides")}
                entry["armed_actor"] = "forces"
        if entry.get("needs_target") and entry.get("cameo") and not entry.get("locution"):
            obj = (self._prep_complement(tok, entry["prep"]) if entry.get("prep") else None) or self._object(tok) \
                or self._word_after(tok)
            if obj is None or not (self.pos_at[obj.i] in ("PROPN", "PRON") or self._names_an_actor(obj) or (
                    self.pos_at[obj.i] == "NOUN" and (lemma in self.lex.property_verbs or self._property_reading(entry)
                                            or entry.get("type") == "PROTEST" and self._civil_subject(tok))) or
                    entry.get("mode") != "targeted" and any(
                    self.ent_type(self.entity_of(t)) in ("GPE", "LOC") for t in obj.subtree if t.i - obj.i <= 4)):
                return None     # « reprendre la main »: the CAMEO sense needs its object (« reprendre la ville »)
        if entry.get("object_is_actor"):
            obj = self._object(tok)
            if obj is not None and self.pos_at[obj.i] == "NOUN" and not self._names_an_actor(obj) and \
                    _norm(obj.lemma_) not in self.lex.anaphoric_nouns and not (
                    obj.head.i == tok.i and self._named_owner(obj)):
                # « accuse un retard », « accuser le coup »: a thing accused is no accusation; « d'autres pays »
                # are actors, and so is who the object thing belongs to (« accuse la politique du Lorcanistan »;
                # not a noun the participle describes: « un employé de la mairie accusé de vol » accuses him)
                return None
        if kind == "verb" and typ in self.lex.everyday_object_types and not (
                entry.get("locution") or entry.get("with")) and self._everyday_object(tok):
            # « soutenir son tronc », « recevoir un prix »: a thing, and no one addressed (a reading that names its
            # thing, « remettre une médaille à X », « décerner un prix », is that act)
            return None
        if entry.get("obj_only_actor"):
            obj = (self._prep_complement(tok, entry["prep"], entry.get("with", ())) if entry.get("prep") else None) \
                or self._object(tok)
            if obj is None or not (self.entity_of(obj) or self.pos_at[obj.i] == "PRON" or (
                    self.pos_at[obj.i] == "NOUN" and self._names_an_actor(obj)) or (
                    # « salue l'accord conclu entre X et Y »: a judgement of an act is one of its actors
                    entry["type"] in ("SUPPORT", "ACCUSE", "REJECT") and self.pos_at[obj.i] == "NOUN"
                    and _norm(obj.lemma_) in self.lex.nouns) or (entry.get("judged_act") and self.judged_act(tok))):
                return None     # « les rebelles »: an actor named by a common noun is an actor too
        return Trigger(tok, lemma, entry, kind, typ, mode)

    @read_once(lambda verb: verb.i)
    def judged_act(self, verb: Token) -> Token | None:
        """« salue la décision de X », « se réjouit de l'issue du vote », « ces arrestations ont été saluées par Y »,
        « se félicite que les pays aient accepté »: the act a verb of praise takes up (CAMEO 051, HAIL * DECISION), a
        noun of an act (`judged_act_nouns`, or a trigger noun) as its object, passive subject or « de » complement,
        or the verb of a « que » clause that tells an act; not an infinitive (« se félicite d'avoir tenu »)."""
        for c in self.children_of(verb):
            if self.pos_at[c.i] == "NOUN" and (c.dep_ in ("obj", "nsubj:pass") or (
                    c.dep_.startswith("obl") and self.case_of(c) in self.lex.de_forms)) and (
                    _norm(c.lemma_) in self.lex.judged_act_nouns or _norm(c.lemma_) in self.lex.nouns):
                return c
            if c.dep_ == "ccomp" and self.pos_at[c.i] == "VERB" and _norm(c.lemma_) in self.lex.verbs and any(
                    g.dep_ == "mark" and _norm(g.text) in self.lex.complementizers for g in self.children_of(c)):
                return c
        return None

    def _everyday_object(self, verb: Token) -> bool:
        """The object is an everyday thing (a body part, a substance, a prize, pictures: class everyday_thing) and no
        actor is addressed: « demander des images » asks no one, « lui demander des images » does. The object may be
        a partitive the parse read as « de », or that of a verb coordinated after this one, which shares it
        (« soutenir et redresser son tronc »)."""
        obj = next((c for c in self.children_of(verb) if self.partitive_object(c)), None) or self._object(verb) or next(
            (self._object(c) for c in self.children_of(verb)
             if c.dep_ == "conj" and self.pos_at[c.i] == "VERB" and c.i > verb.i), None)
        if obj is None or self.lex.classes.get(_norm(obj.lemma_)) != "everyday_thing":
            return False
        # an addressee is an argument (« à la police »), not the place of the act (« à Paris »)
        return not any(c.dep_ == "iobj" or (c.dep_ == "obl:arg" and self.case_of(c) == "à" and (
            self.pos_at[c.i] == "PRON" or self._names_an_actor(c))) for c in self.children_of(verb))

    def _intent_predicate(self, tok: Token) -> bool:
        """« X est prêt à négocier »: the adjective is predicated of an actor by a copula and announces an act
        (à + infinitive); « la route est prête », « prêt à tout » announce none."""
        return self._copula_predicate(tok) and any("Inf" in self.morph_of(c, "VerbForm") and any(
            g.dep_ == "mark" and _norm(g.text) in self.lex.infinitive_complement_marks for g in self.children_of(c))
            for c in self.children_of(tok))

    def _copula_predicate(self, tok: Token, pronoun: bool = False) -> bool:
        """The adjective is predicated of an actor by a copula (« X est solidaire de Y »), or of a personal pronoun
        (`pronoun`: « nous sommes solidaires », whose actor the argument stage resolves, a quote's speaker too)."""
        subj = next((c for c in self.children_of(tok) if c.dep_ == "nsubj"), None)
        return any(c.dep_ == "cop" for c in self.children_of(tok)) and subj is not None and (
            self._names_an_actor(subj) or pronoun and subj.pos_ == "PRON" and bool(self.morph_of(subj, "Person")))

    def _suspect_identified(self, verb: Token) -> bool:
        """« l'assaillant a été identifié comme étant X », « deux suspects identifiés », « X est identifié comme
        suspect »: the one identified, or what « comme » calls him, is an attacker or a suspect (CAMEO NAME * &SUSPECT)."""
        suspects = self.lex.attacker_nouns | self.lex.suspect_nouns
        patient = self._object(verb)
        if patient is not None and _norm(patient.lemma_) in suspects:
            return True
        # (« identifié par la police comme suspect »: the parse may hang « comme » on the agent; word order, in the
        # verb's clause)
        return any(_norm(t.text) == "comme" and _norm(t.head.lemma_) in suspects and t.head.i > t.i and
                   not self._in_other_clause(t.head, verb)
                   for t in self.doc[verb.i + 1:min(self.sent(verb).end, verb.i + 10)])

    def _class_complement(self, tok: Token, cls: str) -> bool:
        """A « de » complement of the verb, or of its object, is a word of the class: « parle d'un montage »,
        « traite X de menteur » (not « parle du procès de la trahison », where the word describes another)."""
        for t in tok.subtree:
            if self.lex.classes.get(_norm(t.lemma_)) == cls and t.i > tok.i and (t.head.i == tok.i or (
                    t.head.head.i == tok.i and t.head.dep_ == "obj")) and self.case_of(t) in self.lex.de_forms:
                return True
        return False

    def _protesters_complement(self, noun: Token) -> bool:
        """A « de » complement of the noun names protesters: a protest noun's people (« des grévistes ») or a
        movement named by its emblem (« des Bonnets rouges »)."""
        return any(c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms and (
            emblem_group(c) is not None or _norm(c.lemma_) in self.lex.self_actor_nouns)
            for c in self.children_of(noun))

    def _civil_subject(self, verb: Token) -> bool:
        """« des grévistes occupent l'usine », « une centaine d'étudiants bloquent … »: the subject is civilians,
        workers or protesters (a sit-in or a blockade of a building needs no recipient; « X occupe un poste » is none)."""
        for c in self.children_of(verb):
            if c.dep_ == "nsubj" and self.pos_at[c.i] == "NOUN":
                if _norm(c.lemma_) in self.lex.quantity_nouns:
                    c = next((g for g in self.children_of(c) if g.dep_ == "nmod"), c)
                # (or a group the resolver knows by its name, « les Gilets jaunes » by their emblem)
                return self.lex.actor_nouns.get(_norm(c.lemma_)) in self.lex.civil_sectors or any(
                    x in self.ents and self.ents[x].sector in self.lex.civil_sectors for x in self.phrase_entities(c))
        return False

    def _moves_people(self, tok: Token) -> bool:
        """The people the act moves are civilians (refugees, pupils, workers …) or persons (its object, passive subject or
        « de » complement)."""
        patient = self._object(tok) if self.pos_at[tok.i] == "VERB" else next(
            (c for c in self.children_of(tok) if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms), None)
        if patient is not None and _norm(patient.lemma_) in self.lex.quantity_nouns:
            # « deux millions de personnes »: the people counted
            patient = next((c for c in self.children_of(patient) if c.dep_ == "nmod"), None)
        if self.pos_at[tok.i] == "VERB" and any(c.dep_ in ("nsubj", "nsubj:pass") and _norm(c.lemma_) in
                                      self.lex.moved_subject_pronouns for c in self.children_of(tok)) and any(
                c.dep_.startswith("aux") and _norm(c.lemma_) == "être" for c in self.children_of(tok)):
            return True     # « il a été évacué », « il était évacué »: forces pull out, others move people out
        if patient is None:
            return False
        lemma = _norm(patient.lemma_)
        return lemma in self.lex.private_person_nouns or lemma in self.lex.titles or \
            self.lex.actor_nouns.get(lemma) in self.lex.civil_sectors

    def trigger_span(self, trig: Trigger) -> tuple[int, int]:
        t = trig.tok
        start = t.i
        if trig.kind == "verb":
            for c in self.children_of(t):
                if c.dep_.startswith("aux") and c.i < t.i and t.i - c.i <= 3:
                    start = min(start, c.i)
        end = t.i
        if trig.entry.get("adjacent_with") or (trig.kind == "noun" and trig.entry.get("with")):
            ws = {_norm(w) for w in trig.entry.get("with", [])}
            for j in range(t.i + 1, min(self.sent(t).end, t.i + 4)):
                if _norm(self.doc[j].lemma_) in ws or _norm(self.doc[j].text) in ws:
                    end = j
                    break
        return self.doc[start].idx, self.doc[end].idx + len(self.doc[end].text)

