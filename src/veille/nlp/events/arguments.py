"""Argument stage: the source and target entity ids of a trigger — the subject (through control, coordination
and relative clauses), objects and prepositional complements of a verb, the complements and possessor of a
nominal trigger, and the clause subject of a light verb (« X a mené des frappes »)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.clauses import ClauseReader
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.nominal import NominalClause
from veille.nlp.events.receipts import GoodsReceipts
from veille.nlp.events.noun_arguments import LOCATIVE_TYPES, NounArguments
from veille.nlp.events.recipients import ANNOUNCING, PURPOSE_TARGETED
from veille.nlp.events.triggers import Trigger

# acts between parties: a pronominal verb with several subjects and no recipient reads as reciprocal
MUTUAL_TYPES = ("ACCUSE", "REJECT", "ASSAULT", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "THREATEN")
# acts addressed to someone through « auprès de X »: complaints, requests, protests
ADDRESSED_TYPES = ("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN")
# judgements of an act (blame, praise): aimed at the act's actors (`judged_act_sides`)
JUDGING_TYPES = ("ACCUSE", "SUPPORT")


class ArgumentFinder(ClauseReader, NominalClause, NounArguments, GoodsReceipts):
    """Mixin of `EventRun`: reads the article state of `EventDoc`; names phrases through `ActorResolver`."""

    def wished_of_actor(self, verb: Token) -> bool:
        """The verb has a « que » clause whose verb is active and no copula and whose subject names an actor other
        than the verb's own subject (CAMEO 020, HOPE / DESIRE: « souhaite que la mairie retire son projet » asks
        it of the town hall, its recipient as for « exiger que »; a `wish_clause` reading needs one)."""
        for c in self.children_of(verb):
            v = self.que_clause(c)
            if v is None or v.pos_ != "VERB" or self.is_passive(v) or any(g.dep_ == "cop" for g in self.children_of(v)):
                continue
            subj = next((g for g in self.children_of(v) if g.dep_ == "nsubj"), None)
            if subj is not None and self.pos_at[subj.i] != "PRON" and (ids := self.phrase_entities(subj)) and \
                    not set(ids) & set(self.subject(verb)[0]):
                return True
        return False

    def verb_arguments(self, trig: Trigger) -> tuple[list[str], list[str]]:
        v, entry = trig.tok, trig.entry
        if entry.get("received_from"):
            return self.received_sides(v, entry)     # « X a reçu des blindés de Y »: Y's aid to X (receipts.py)
        source, passive = self.subject(v)
        target: list[str] = []
        if entry.get("subject_undergoes") and not passive:
            # « trois hommes ont comparu devant le tribunal »: a converse verb's subject undergoes the act, the
            # complement its reading names (`source_prep`) does it
            source, target = [], source
        obj_role = "target" if trig.type == entry.get("obj_actor") else entry.get("obj", "target")
        # « se ranger derrière X »: a locution ending on a preposition introduces its recipient with it
        locution_end = entry["locution"][-1] if entry.get("locution") else None
        shared = self.shared_object(v)
        children = self.children_of(v)
        # « adresser une lettre ouverte aux X »: X hung on the noun's adjective
        stray = [g for c in children if c.dep_ == "obj" and _norm(c.lemma_) in entry.get("locution", ())
                 for a in self.children_of(c) if a.dep_ == "amod"
                 for g in self.children_of(a) if g.dep_.startswith("obl")]
        for c in children + ([shared] if shared is not None else []) + stray:
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
                if self.pos_at[c.i] == "PRON" and _norm(c.text) in self.lex.reflexive_pronouns:
                    continue
                if trig.type == "CONSULT" and _norm(c.lemma_) in (entry.get("locution") or ()):
                    continue        # « envoyer un émissaire à X »: the envoy sent is the act's means, X is visited
                target += self.judged_act_sides(trig, c)
            elif dep in ("obj",) and self.pos_at[c.i] == "PRON" and _norm(c.text) in self.lex.object_pronouns:
                target += self.phrase_entities(c)
            elif dep.startswith("obl") or dep == "nmod":
                case = self.case_of(c)
                # « par X » names the agent of a passive or a bare participle, not of « ont répondu par le jet de … »;
                # « discuter avec X » the parse may read as an agent: « avec » names a partner, never an agent
                agent = case in self.lex.agent_preps or (dep == "obl:agent" and case not in self.lex.partner_preps)
                # (a present participle is active: « un communiqué réclamant la fin de l'occupation par X », the
                # « par X » the parse hung on it belongs to the act it names)
                if agent and (passive or (
                        "Part" in self.morph_of(v, "VerbForm") and "Pres" not in self.morph_of(v, "Tense") and not any(
                            a.dep_ == "aux:tense" and _norm(a.lemma_) != self.lex.passive_auxiliary
                            for a in children))):
                    source += self.phrase_entities(c)
                elif agent:
                    continue
                elif case in entry.get("source_prep", ()) or trig.mode == "convict" and \
                        _norm(c.lemma_) in self.lex.court_nouns:
                    # « convoqué devant le juge »: the judge summons; « au tribunal de X, trois hommes ont été
                    # condamnés »: the court where a sentence is handed down hands it down (`court_nouns`)
                    source += self.phrase_entities(c)
                elif self._in_complex_preposition(c) or self.help_as_means(c):
                    continue        # « contrairement à X », « grâce à X », « avec l'aide de X »: no recipient
                elif trig.type == "RETREAT" and case in self.lex.de_forms and self.left_body(
                        ids := self.phrase_entities(c)):
                    target += ids       # « s'est retiré de la CPI »: the body left (as « le retrait de la CPI »)
                elif trig.type == "REQUEST" and case in self.lex.de_forms and any(
                        g.dep_ == "obj" and g.i > c.i for g in children):
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
                        _norm(c.lemma_) not in self.lex.relational_heads and \
                        not (self.lex.clock_time.match(c.text) and not passive):     # « à l'exception de X »
                    # (« vers 10h50, X … »: a time names no one; the parse hangs the lost subject on it as its
                    # conjunct, the patient of a passive)
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
                target += [x for g in self.children_of(c) if g.dep_.startswith(("obl", "nmod")) and self.case_of(g) in
                           self.lex.de_forms for x in self.phrase_entities(g) if not self.is_outlet(x)]
            elif dep in ("flat:name", "flat", "conj", "appos") and c.i > v.i and self.entity_of(c) \
                    and obj_role == "target" and self.pos_at[c.i] in ("PROPN", "NOUN"):
                target += self.phrase_entities(c)     # « salue Tebboune et l'Algérie » mis-parsed
        for d in children:
            if d.dep_ != "obj" or self.pos_at[d.i] != "NOUN":
                continue
            name = next((c for c in children if self.pos_at[c.i] == "PROPN" and c.i - 2 == d.right_edge.i
                         and self.doc[c.i - 1].text == ","), None)
            if name is not None:
                # « rencontrer son homologue, Ricardo X » (read as two objects): the name is who is described
                described = [x for x in self.phrase_entities(d) if self._description(x)]
                target = [x for x in target if x not in described]
        peri = self.periphrasis_subject(v) if passive and not target else None
        if peri is not None and peri.head.i != v.i:
            target = self.phrase_entities(peri)     # « X s'est vu refuser … »: X, the semi-auxiliary's subject
        if passive and not target:
            target = self.shared_passive_subject(v)
        harm = trig.type == "ASSAULT" and self.lex.person_harm_verbs & {trig.lemma, *entry.get("locution", ())}
        if not target and (trig.type == "COERCE" and trig.mode == "arrest" and not entry.get("obj_actor") or harm
                           or entry.get("subject_undergoes")):
            # « un mineur a été interpellé », « trois surveillants ont été blessés »: an arrest verb's or a harm verb's
            # patient is a person whatever noun names it (CAMEO 173, 18x; not « arrêter », whose thing stopped is
            # no arrest, nor « abattre », which may down a plane); so is the one tried (« trois Lorcaniens ont comparu »)
            patient = "nsubj:pass" if passive else "nsubj" if entry.get("subject_undergoes") else "obj"
            target = [x for c in children if c.dep_ == patient for x in [self.patient_person(c)] if x]
        if passive and not source:
            source = self.agent(v)
        if not target and not passive and obj_role == "target" and trig.kind == "verb":
            # « X attaque Donald Trump sur … » mis-parsed: the name right after the verb is its direct object; a
            # place only for a verb of taking ground (« ont définitivement repris Lorcy », the town read as `obl`)
            j = v.i + 1
            while j < len(self.doc) and self.pos_at[j] == "ADV":
                j += 1
            e = self.midx.get(j)
            if e and e not in source and self.quote_of(self.doc[j]) == self.quote_of(v) and (
                    self.ents.get(e) is None or self.ents[e].type != "LOC"
                    or entry.get("cameo") in self.lex.war_capture_codes):
                target.append(e)
        if not target and "Part" in self.morph_of(v, "VerbForm") and "Past" in self.morph_of(v, "Tense") and not any(
                c.dep_.startswith("aux") for c in children):
            target += [x for x in self.fronted_participle_patient(v) if x not in source]
        if not target and any(c.dep_ == "aux:pass" for c in children) and not any(
                c.dep_ in ("nsubj:pass", "nsubj") for c in children):
            # « X, 39 ans (…), est tué par … »: the parse lost the passive's subject; word order keeps it
            target += [x for x in (self.controlled_patient(v) or self.left_subject(v) or self.conjunct_subject(v))
                       if x not in source]
        if entry.get("reciprocal") and not target:
            for c in children:    # « s'entretenir par téléphone avec X », « signer un accord avec X »
                if c.dep_.startswith("obl") or c.dep_ == "obj":
                    for g in self.children_of(c):
                        if g.dep_ == "nmod" and self.case_of(g) in self.lex.reciprocal_preps:
                            target += self.phrase_entities(g)
        obj = next((c for c in children if c.dep_ == "obj"), shared)
        own_word = obj is not None and _norm(obj.lemma_) in (entry.get("locution") or ())
        # « jeter des cailloux sur X »: the thing thrown is the reading's own word, its preposition names the recipient
        thrown = obj is not None and entry.get("prep") and _norm(obj.lemma_) in entry.get("with", ())
        if obj is not None and trig.type == "SANCTION" and (obj_role == "none" or self.halted_relation(trig, obj)):
            # « cesser toute coopération avec X à Lorcy », « couper tout dialogue avec X »: relations cut (CAMEO 16)
            # are cut with the partner the act noun names, whatever place the clause tells
            target = self.relation_partners(obj) or target
        if obj is not None and not target and own_word:
            # « ouvrir une enquête visant X »: what the locution's own noun is aimed at
            target += [x for a in self.children_of(obj) if a.dep_ == "acl" for x in self.aimed_at(a) if x not in source]
        if obj is not None and not target and (obj_role == "none" or own_word or trig.type == "AID"):
            # « suspendu son aide au gouvernement malien », « cesser le financement de la MINUSMA », « a coupé les
            # salaires versés aux fonctionnaires de X », « a accordé une aide de 50 millions à X »: whom the thing
            # given or withheld was for; « ont coupé les routes de ravitaillement de X »: whose roads were closed
            given = [g for a in self.children_of(obj) if a.dep_ == "acl" and "Part" in self.morph_of(a, "VerbForm")
                     for g in self.children_of(a)]
            # the beneficiary may hang on the amount given (« une aide de 50 millions de dollars à X »)
            deeper = [t for t in obj.subtree if t.head.i != obj.i and t.i - obj.i <= 8 and trig.type == "AID"]
            for c in self.children_of(obj) + given + deeper:
                if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.i not in self.dates and (
                        self.case_of(c) in self.lex.beneficiary_preps or (c.head.i == obj.i and own_word and
                        trig.type in ("ASSAULT", "COERCE") and self.case_of(c) == entry.get("recipient_prep")) or (
                        c.head.i == obj.i and thrown and self.case_of(c) in entry["prep"]) or (
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
        for c in children:        # « prendre le pouvoir en Turquie », « prendre le contrôle de la ville »
            if _norm(c.lemma_) in with_words:
                for g in self.children_of(c):
                    if g.dep_ == "nmod" and self.case_of(g) in self.lex.control_complement_preps and g.i not in self.dates:
                        target += self.phrase_entities(g)
        if not target and (trig.type in PURPOSE_TARGETED or trig.type in ANNOUNCING):
            target += self.purpose_recipients(v, trig.type, source, entry.get("locution") or ())
        if entry.get("experiencer_object"):
            # « ces propos ont indigné X »: X is the one who accuses; the words' author is accused
            who = [x for c in children if c.dep_ == "obj" for x in self.phrase_entities(c)]
            author = self.cause_author(v, trig, who, source)
            return list(dict.fromkeys(who)), [x for x in dict.fromkeys(author) if x not in who]
        if v.dep_ == "acl" and "Part" in self.morph_of(v, "VerbForm") and obj_role == "target" and not target and \
                not any(c.dep_.startswith("aux") for c in children):     # « sont pris », no modifier
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

    def judged_act_sides(self, trig: Trigger, obj: Token) -> list[str]:
        """The actors an object names as a verb's recipient. An act judged (CAMEO 111 criticize or denounce, 051
        praise: « condamne la persécution de X », « dénonce l'arrestation de X », « salue la libération de X ») is
        blamed on or credited to whoever does it, never to whom it is done: the act noun's own recipients are
        left out, here and among the words around (recipients.context_recipient); its actors, when it names none
        here, come from `judged_recipients`."""
        ids = self.phrase_entities(obj)
        undergoers = self.judged_undergoers(trig, obj) if ids else set()
        return [x for x in ids if x not in undergoers]

    def judged_undergoers(self, trig: Trigger, obj: Token | None = None) -> set[str]:
        """Whom the act noun a judgement takes as its object (`obj`, else the verb's own) is done to, not by."""
        if trig.type not in JUDGING_TYPES or trig.kind != "verb" or trig.entry.get("locution"):
            return set()        # (« lancer une procédure contre X »: a locution's noun is its own act, not one judged)
        if obj is None:
            obj = next((c for c in self.children_of(trig.tok) if c.dep_ == "obj"), None)
        told = self.trigger_at.get(obj.i) if obj is not None else None
        if told is None or told.kind != "noun" or told is trig or _norm(obj.lemma_) in self.lex.wrongdoing_nouns:
            return set()        # (a misdeed's « de » is its author: « les exactions du régime » are its own)
        actors, undergoers = self.noun_arguments(told)
        return set(undergoers) - set(actors)

    def split_locution_case(self, comp: Token) -> str:
        """« de la part de X » parsed as two complements (« de la part » on the noun before, « de X » on « part »):
        the complex preposition (`case_locutions`) the head's words and the complement's « de » make, or ''."""
        head = comp.head
        if comp.dep_ != "nmod" or self.pos_at[head.i] != "NOUN" or self.case_of(comp) not in self.lex.de_forms:
            return ""
        words = sorted([c for c in head.lefts if c.dep_ in ("case", "det")] + [head], key=lambda c: c.i)
        return self.lex.case_locutions.get(" ".join(_norm(c.text) for c in words), "")

    def made_of_protesters(self, trig: Trigger, c, ids: list[str]) -> bool:
        """« un barrage de manifestants », « une chaîne de Gilets jaunes »: a bare « de » and a plural noun say what a
        protest's body is made of (French composition complement, no article), its authors: civilians (`civil_sectors`)."""
        return trig.type == "PROTEST" and bool(ids) and self.bare_de(self.case_of(c)) and \
            "Plur" in self.morph_of(c, "Number") and not any(g.dep_ == "det" for g in self.children_of(c)) and \
            all(self.ents[x].sector in self.lex.civil_sectors for x in ids if x in self.ents)

    def _in_complex_preposition(self, comp: Token) -> bool:
        """The complement's preposition follows an adverb it forms one preposition with (« contrairement à »)."""
        case = next((g for g in self.children_of(comp) if g.dep_ == "case"), None)
        return case is not None and case.i > 0 and _norm(self.doc[case.i - 1].text) in self.lex.preposition_adverbs

    def relative_second_subject(self, v: Token, c: Token) -> bool:
        """« X, qui avait rencontré le président élu, … »: the parse gives the relative a second subject after the
        verb; « qui » is its subject, so the noun after an active verb is its object."""
        return c.dep_ == "nsubj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN") and v.dep_ == "acl:relcl" and any(
            g.dep_ == "nsubj" and g.i < v.i and _norm(g.text) == "qui" for g in self.children_of(v))

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
            _norm(g.text) in self.lex.de_article_contractions for g in self.children_of(c) if g.dep_ == "case")
