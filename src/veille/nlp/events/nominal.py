"""Who does the act a noun names, read from the clause the noun sits in: the light verb it is the object or the
passive subject of (« la police a effectué des arrestations », « un couvre-feu a été décrété par l'armée »), also
through a noun of the act's start or of a run of acts (« le lancement de l'offensive », « une série de fouilles »);
the relative clause whose light verb has the relative pronoun for object (« le siège qu'elle impose »); the verb of
occurrence (« une fusillade a éclaté ») or of a clash (« des combats ont opposé X à Y ») it is the subject of; and
the noun's own complements read apart from its argument stage: the object of a participle of aiming (« visant X »),
an organisation's name juxtaposed (« la grève CGT »), a city naming the act (« les accords de Minsk »), the second
party of « entre X et Y », the act named before as a subject (« le raid, qui a fait douze morts »); whom an act is
entrusted to (« l'enquête a été confiée à X »), and a judicial procedure told begun or going on by no one named
(« une enquête a été ouverte »)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm

# the acts addressed to someone that a concessive complement may tell (« malgré les critiques, appels, refus de Y »)
CONCEDED_TYPES = {"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN"}


class NominalClause:
    """Mixin of `EventRun` (through `ArgumentFinder`): reads the article state of `EventDoc`, the subject finder of
    `ClauseReader` and the phrase reader of `ActorResolver`."""

    def relative_light_verb(self, noun: Token) -> Token | None:
        """« le siège qu'elle impose à la ville », « l'offensive qu'ils ont lancée »: a relative clause whose light verb
        has the relative pronoun as its object (French grammar: « que » stands for the noun) tells who does the act."""
        return next((v for v in self.children_of(noun) if v.dep_ in ("acl:relcl", "acl") and v.i > noun.i and
                     _norm(v.lemma_) in self.lex.light_verbs and any(
                         c.dep_ == "obj" and c.i < v.i and ("Rel" in self.morph_of(c, "PronType") or
                                                            c.lower_ in ("que", "qu'", "qu’"))
                         for c in self.children_of(v))), None)

    def subject_of_nominal(self, noun: Token, hops: int) -> list[str]:
        """The subject of the clause a noun sits in (« la police a effectué des arrestations »), or of the relative
        clause whose light verb it is the object of (« le blocus qu'elle impose »)."""
        if noun.dep_ == "nmod" and noun.head.i in self.dates:
            noun = noun.head
        relative = self.relative_light_verb(noun)
        if relative is not None:
            return self.subject(relative, hops)[0]
        passive = self.passive_verb(noun)       # (« du gaz a été employé » too, where the parse lost the subject)
        if passive is not None and self.pos_at[passive.i] in ("VERB", "AUX"):
            return self.agent(passive)       # « un couvre-feu a été mis en place par l'armée »
        h = noun
        for _ in range(3):
            if h.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "conj", "advmod", "nsubj") \
                    and h.head.i != h.i:
                h = h.head
                if self.pos_at[h.i] in ("VERB", "AUX", "ADJ"):
                    if self.is_passive(h):
                        return self.agent(h)
                    return self.subject(h, hops)[0]
            else:
                break
        return []

    def phase_agent(self, noun: Token) -> list[str]:
        """« l'ouverture par X d'une enquête », « le lancement par l'armée d'une offensive »: the « par » complement of
        the noun of the act's start (`phase_nouns`) whose « de » complement the act noun is names who does the act
        (French grammar: a nominalisation's agent), also where the parse hung the act noun on the agent."""
        if noun.dep_ not in ("nmod", "obl:mod", "obl") or self.case_of(noun) not in self.lex.de_forms:
            return []
        head = noun.head
        if head.dep_ in ("nmod", "obl:agent") and self.case_of(head) in self.lex.agent_preps and \
                _norm(head.head.lemma_) in self.lex.phase_nouns and head.i < noun.i:
            return self.phrase_entities(head)       # « l'ouverture par [le Conseil de Lorcanie d'une enquête] »
        if head.i == noun.i or _norm(head.lemma_) not in self.lex.phase_nouns:
            return []
        return [x for c in self.children_of(head) if c.dep_ in ("obl:agent", "nmod", "obl") and c.i != noun.i and
                self.case_of(c) in self.lex.agent_preps for x in self.phrase_entities(c)]

    def conceded_to(self, trig) -> list[str]:
        """« X a signé l'accord malgré les critiques de Y », « X devrait l'emporter, malgré les protestations de Y »:
        what is done in the face of a disapproval, a protest, a refusal, a demand or a warning (`concessive_preps`)
        is done by whom they are addressed to, the subject of the clause the complement modifies."""
        noun, case = trig.tok, self.case_of(trig.tok)
        locution = f"{self.case_of(noun.head)} {_norm(noun.head.lemma_)} {case}"
        if noun.dep_ == "nmod" and locution in self.lex.concessive_preps:
            noun, case = noun.head, locution    # « en dépit des critiques »: the parse reads « dépit » as a noun
        if trig.type not in CONCEDED_TYPES or noun.dep_ not in ("obl:mod", "obl", "nmod") or \
                case not in self.lex.concessive_preps or \
                self.pos_at[self.head_column[noun.i]] not in ("VERB", "AUX", "ADJ"):
            return []
        return self.subject(noun.head, 1)[0]

    def light_context(self, n: Token, entry: dict) -> bool:
        """A nominal event whose actor is the clause subject: object of a verb (« a effectué des arrestations »,
        « lancer une offensive »), or a meeting the subject took part in (« après des négociations, X et Y … »)."""
        before = " ".join(_norm(t.text) for t in self.doc[max(self.sent(n).start, n.i - 4):n.i])
        # whole words: « si » is no mark inside « six », « plusieurs », « président »
        before = f" {before} "      # (padded once, not once per mark)
        if any(f" {m} " in before for m in self.lex.hypothesis_marks) or " sans " in before:
            return False
        if n.dep_ == "nmod" and n.head.i in self.dates and n.head.head.i != n.head.i:
            n = n.head          # « imposé en janvier de lourdes sanctions »: the parser hung the noun on the date
        if n.dep_ == "nmod" and (_norm(n.head.lemma_) in self.lex.phase_nouns or
                                 _norm(n.head.lemma_) in self.lex.series_nouns) and \
                self.case_of(n) in self.lex.de_forms:
            n = n.head          # « a annoncé le lancement de l'offensive », « a mené une série de fouilles »
        passive = self.passive_verb(n)
        if (n.dep_ in ("obj", "nsubj:pass") or self.partitive_object(n) or passive is not None or (
                n.dep_ == "obl:mod" and not any(c.dep_ == "case" for c in self.children_of(n)))) \
                and (_norm((passive or n.head).lemma_) in self.lex.light_verbs or
                     self.adopting_body(passive or n.head) or (passive is not None and self.locution_verb(passive, n))):
            # not « prendre en compte la mobilisation de X », « mettre en cause les frappes »: a bare noun between the
            # verb and its object makes a locution of its own (its object is no act the subject does)
            return not self.locution_noun_between(passive or n.head, n)
            # (and not « réalise une percée malgré les attaques de X »: a complement, not the act done)
        if n.dep_ in ("obl:arg", "obl") and _norm(self.case_of(n) or "") == "à" and \
                _norm(n.head.lemma_) in self.lex.light_verbs_with_a:
            return True     # « a procédé à son arrestation », « recourir à la force »
        if self.relative_light_verb(n) is not None:
            return True     # « le siège qu'elle impose »
        return bool(entry.get("reciprocal")) and n.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")

    def locution_noun_between(self, verb: Token, n: Token) -> bool:
        """« prendre en compte X », « prendre acte de X », « mettre en cause X »: a noun without a determiner between the
        verb and its object, the verb's own locution."""
        return any(c.pos_ == "NOUN" and verb.i < c.i < n.i and c.i not in self.dates and c.i not in self.midx and
                   not any(g.dep_ == "det" for g in self.children_of(c)) for c in self.children_of(verb) if c.i != n.i)

    def light_dative(self, n: Token, entry: dict) -> list[str]:
        """« X a adressé ses félicitations à Y », « exprimer sa gratitude envers Y », « formuler une demande auprès de
        Y »: the noun object of a light verb of giving or addressing is addressed to the verb's second complement
        (`dative_preps`, French complément d'objet second). Not a meeting's « à » (« une réunion à Lorcy » is where
        it is held), nor a place after « à » (« exprimer sa colère à Lorcy »: where)."""
        if entry.get("reciprocal") or not (n.dep_ == "obj" or self.partitive_object(n)) or n.head.pos_ != "VERB" \
                or not self.light_context(n, entry):
            return []
        for c in self.children_of(n.head):
            case = self.case_of(c)
            if c.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and c.i > n.i and case in self.lex.dative_preps and \
                    c.i not in self.dates:
                # (« au peuple lorcanien », « aux autorités lorcaniennes »: a people or a body its adjective names)
                named = self.phrase_entities(c) or [x for a in self.children_of(c) if a.dep_ == "amod"
                                                    for x in self.demonym_entities(a)]
                return [x for x in named if self.ent_type(x) not in ("LOC", "GPE") or case in self.lex.person_preps
                        or self.entity_of(c) is None]
        return []

    def locution_verb(self, verb: Token, noun: Token) -> bool:
        """« donner l'assaut », « déposer plainte »: a verb whose lexicon reading is a locution on this noun (or takes
        it among its `with` objects) is the noun's light verb. Told in the passive (« l'assaut a été donné par X »),
        the locution's words do not follow the verb: the noun tells the act, its agent does it."""
        lemma = _norm(noun.lemma_)
        return any(tuple(r.get("locution") or ())[:1] == (lemma,) or lemma in {_norm(w) for w in r.get("with", ())}
                   for r in self.lex.verbs.get(_norm(verb.lemma_), ()))

    def state_predicate(self, n: Token) -> bool:
        """« sont en grève », « est en détention »: the noun is the predicate of « être en » (the preposition read from
        the noun's own words: in a completive, « que les enseignants sont en grève », the clause's « que » comes
        first)."""
        return any(c.dep_ == "cop" for c in self.children_of(n)) and any(
            c.dep_ == "case" and _norm(c.text) == "en" for c in self.children_of(n))

    def undergone_state(self, trig) -> bool:
        """« le suspect est en détention », « deux proches sont en garde à vue »: a state its subject undergoes (an
        act whose « de » complement is its patient, `patient_modes`), told like a passive with no agent."""
        return trig.kind == "noun" and trig.mode in self.lex.patient_modes and self.state_predicate(trig.tok)

    def undergone_frame(self, trig, target: list) -> bool:
        """« X a fait l'objet d'une enquête », « X est visé par des tirs »: a noun's act whose recipient a converse
        frame names (`undergoer`), told like a passive with no agent (the recipient still undergoes it)."""
        return trig.kind == "noun" and bool(target) and set(target) <= set(self.undergoer(trig.tok))

    def passive_verb(self, n: Token) -> Token | None:
        """The passive verb n is the subject of (« des grenades ont été tirées »), also when the parse read its
        partitive article as the preposition « de » (« du gaz lacrymogène a été employé »): then word order tells it,
        the verb group right after the noun phrase, a passive with no subject of its own."""
        if n.dep_ == "nsubj:pass":
            return n.head
        if not any(_norm(g.text) in self.lex.de_article_contractions for g in self.children_of(n) if g.dep_ == "case"):
            return None
        j = n.right_edge.i + 1
        while j < len(self.doc) and self.pos_at[j] == "AUX" and self.doc[j].dep_.startswith("aux"):
            j += 1
        v = self.doc[j] if j < len(self.doc) else None
        if v is None or self.pos_at[v.i] != "VERB" or not self.is_passive(v) or any(
                c.dep_ == "nsubj:pass" for c in self.children_of(v)):
            return None
        return v

    def setting_against(self, noun: Token) -> Token | None:
        """The verb setting sides against each other that a clash noun is the subject of (« des combats ont opposé
        X à Y »), also where the parse hung the verb group on the noun as its modifier (« des combats les ont
        opposés à Y », the participle read as an adjective: a verb with its own auxiliary is a finite clause)."""
        if noun.dep_ == "nsubj" and _norm(noun.head.lemma_) in self.lex.setting_against_verbs:
            return noun.head
        return next((c for c in self.children_of(noun) if c.dep_ == "acl" and c.i > noun.i and
                     _norm(c.lemma_) in self.lex.setting_against_verbs and
                     any(a.dep_ == "aux:tense" for a in self.children_of(c))), None)

    def occurrence_verb(self, noun: Token) -> Token | None:
        """The predicate a noun is the subject of when it only says the act exists, goes on or had an outcome
        (« les pourparlers ont eu lieu », « sont en cours », « une fusillade a éclaté », « l'attaque a fait sept
        morts »: `occurrence_verbs`, `occurrence_objects`, `occurrence_attributes`): the noun tells the act."""
        if noun.dep_ != "nsubj" or noun.head.i == noun.i:
            return None
        v = noun.head
        lemma = _norm(v.lemma_)
        if self.pos_at[v.i] == "VERB" and lemma in self.lex.occurrence_verbs:
            return v
        if self.pos_at[v.i] == "VERB" and lemma in self.lex.occurrence_objects and any(
                c.dep_ == "obj" and _norm(c.lemma_) in self.lex.occurrence_objects[lemma] for c in self.children_of(v)):
            return v
        if self.case_of(v) in self.lex.occurrence_attributes.get(lemma, ()) and any(
                c.dep_ == "cop" for c in self.children_of(v)):
            return v
        return None

    def procedure_noun(self, trig) -> bool:
        """A noun of a judicial procedure (`procedure_nouns`: « enquête », « information judiciaire », « plainte »)."""
        return trig.kind == "noun" and bool({trig.lemma, " ".join((trig.lemma, *trig.entry.get("locution", ())))}
                                            & self.lex.procedure_nouns)

    def procedure_told(self, trig) -> bool:
        """« une enquête a été ouverte », « une plainte contre X a été déposée », « une enquête est en cours »: a noun
        of a judicial procedure (`procedure_nouns`) that is the subject of the agentless passive of its light
        verb, or of a predicate of occurrence: the clause asserts the act, done by no one named. As a complement
        (« dans le cadre de l'enquête ») the noun is only mentioned."""
        if not self.procedure_noun(trig):
            return False
        n = trig.tok
        # (told by its yield, only a search: « une enquête de X a permis de … » is as often a report by an NGO or a
        # paper, whose author the noun's « de » does not tell apart from its subject)
        verb = self.occurrence_verb(n) or (self._procedure_outcome(n) if trig.type == "COERCE" else None)
        if verb is None:
            verb = self.passive_verb(n)
            if verb is None or not any(
                    c.dep_ == "aux:pass" for c in self.children_of(verb)) or self.agent(verb) or not (
                    _norm(verb.lemma_) in self.lex.light_verbs or self.locution_verb(verb, n)):
                return False
        # (« une enquête sera ouverte », « serait ouverte »: announced or supposed, not told as done)
        return not any({"Fut", "Cnd"} & set(self.morph_of(t, "Tense") + self.morph_of(t, "Mood"))
                       for t in [verb] + [c for c in self.children_of(verb) if c.dep_.startswith(("aux", "cop"))])

    def _procedure_outcome(self, n: Token) -> Token | None:
        """« la perquisition a permis de découvrir … », « découvert lors de perquisitions »: the verb of the clause
        that tells the procedure took place by what it yielded or as the time of another act."""
        head = n.head
        if n.dep_ == "nsubj" and _norm(head.lemma_) in self.lex.procedure_outcome_verbs and any(
                t.lower_ in self.lex.de_forms for t in self.doc[head.i + 1:head.i + 3]):
            return head     # (the words, not the parse, which may read « de + infinitive » as a locution)
        if n.dep_.startswith("obl") and _norm(head.lemma_) in self.lex.procedure_time_heads and head.head.i != head.i:
            return head.head
        return None

    def conductor(self, noun: Token) -> list[str]:
        """Who is entrusted with the act a noun names: the complement of a verb of entrusting whose object, passive
        subject or participle's antecedent the noun is (« l'enquête a été confiée à X », « l'enquête, confiée à X »:
        `conducting_verbs`), or the subject of a predicate of being entrusted with it (« X est en charge de l'enquête »,
        « X a été chargé de l'enquête »: `conducting_predicates`, told as a predicate only)."""
        verbs = self.lex.conducting_verbs
        if noun.dep_ in ("obj", "nsubj:pass") and _norm(noun.head.lemma_) in verbs:
            v = noun.head
        elif noun.dep_ == "nsubj:pass":     # « une enquête a été ouverte et confiée à X »: the conjunct shares it,
            # as does a participle after a comma (« une enquête a été ouverte, confiée à X », read as its adverbial)
            v = next((c for c in self.children_of(noun.head) if (
                c.dep_ == "conj" or c.dep_ == "advcl" and "Part" in self.morph_of(c,
                "VerbForm")) and _norm(c.lemma_) in verbs and not any(
                g.dep_.startswith("nsubj") for g in self.children_of(c))), None)
        else:
            # (« les éléments de l'enquête, confiée à X »: the parse may hang the participle on the noun's head; its
            # gender and number tell which noun it agrees with)
            agrees = lambda p, x: all(self.morph_of(p, f) == self.morph_of(x, f) for f in ("Gender", "Number"))
            v = next((c for c in self.children_of(noun)
                      if c.dep_ == "acl" and _norm(c.lemma_) in verbs and c.i > noun.i), None) \
                or next((c for c in self.children_of(noun.head)
                         if noun.dep_ == "nmod" and c.dep_ == "acl" and c.i > noun.i and
                         _norm(c.lemma_) in verbs and agrees(c, noun) and not agrees(c, noun.head)), None)
        if v is not None:
            return [x for c in self.children_of(v) if c.dep_.startswith("obl") and c.i > noun.i and
                    self.case_of(c) in verbs[_norm(v.lemma_)] for x in self.phrase_entities(c)]
        head = noun.head
        if noun.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod") or self.case_of(noun) not in self.lex.de_forms or \
                _norm(head.lemma_) not in self.lex.conducting_predicates or head.i > noun.i or \
                not any(c.dep_ in ("cop", "aux:pass") for c in self.children_of(head)):
            return []
        return [x for c in self.children_of(head) if c.dep_ in ("nsubj", "nsubj:pass") for x in self.phrase_entities(c)]

    def inquirer(self, trig) -> list[str]:
        """The court or police a procedure noun's « de » complement names (« une enquête de la justice belge »,
        « l'enquête du parquet », French subjective genitive; `inquiring_sectors`: no newspaper's or body's inquiry):
        it conducts the procedure. Read only where the procedure is told as done (undergone or begun), never from
        a mere mention (« selon l'enquête de la police »)."""
        if not self.procedure_noun(trig):
            return []
        return [x for c in self.children_of(trig.tok) if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms
                for x in self.phrase_entities(c)
                if self.ents.get(x) is not None and self.ents[x].sector in self.lex.inquiring_sectors]

    def undergoer(self, noun: Token) -> list[str]:
        """Who undergoes the act a noun names when French tells it by a converse support frame, the patient being the
        clause's subject (`patient_frames`, `patient_nouns`): « X a fait l'objet d'une enquête », « X est victime d'une
        agression », « X, cible des critiques de Y »; or the noun as the agent of a passive of aiming (« X est visé
        par une enquête », « deux postes visés par des tirs »: `aiming_participles`), an act of force as the agent
        or the subject of a verb of hitting or aiming (« les riverains ont été atteints par les tirs », « les tirs ont
        touché deux soldats »: `hitting_verbs`). Told so, the act is undergone by that subject (or that object)
        like an agentless passive."""
        head = noun.head
        aiming = self.lex.aiming_participles | (self.lex.hitting_verbs if self.hit_by_force(noun) else set())
        if noun.dep_ in ("obl", "obl:agent", "obl:arg", "obl:mod") and self.case_of(noun) in self.lex.agent_preps and \
                _norm(head.lemma_) in aiming and (self.is_passive(head) or head.dep_ == "acl"):
            if head.dep_ == "acl" and not any(c.dep_ == "nsubj:pass" for c in self.children_of(head)):
                return self.phrase_entities(head.head)
            return [x for c in self.children_of(head) if c.dep_ == "nsubj:pass" for x in self.phrase_entities(c)]
        if noun.dep_ == "nsubj" and head.pos_ == "VERB" and _norm(head.lemma_) in aiming and self.hit_by_force(noun):
            # « les tirs ont touché deux soldats », « les frappes ont visé des combattants »: what it hit
            return [x for c in self.children_of(head) if c.dep_ == "obj" for x in self.phrase_entities(c)]
        if self.case_of(noun) not in self.lex.de_forms or noun.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod"):
            return []
        # the parse hangs « d'une attaque » on « objet » or on the verb beside it (« a fait l'objet | d'une attaque »)
        # (« cible » may be tagged a form of « cibler »: the word decides)
        # (« X est sous le coup d'une enquête »: a noun that is a patient noun only under its locution's preposition)
        patient = lambda t: _norm(t.lemma_) in self.lex.patient_nouns or _norm(t.text) in self.lex.patient_nouns or \
            self.case_of(t) in self.lex.patient_locutions.get(_norm(t.lemma_), ())
        host = head if patient(head) else next((c for c in self.children_of(head)
                                                if c.dep_ == "obj" and patient(c)), None)
        if host is None:
            return []
        if any(c.dep_ == "cop" for c in self.children_of(host)):     # « X est (la) victime de … »
            return [x for c in self.children_of(host) if c.dep_ in ("nsubj", "nsubj:pass")
                    for x in self.phrase_entities(c)]
        if host.dep_ == "obj" and _norm(host.text) in self.lex.patient_frames.get(_norm(host.head.lemma_), ()):
            # « X a fait l'objet de menaces » (« est devenu la cible » may be read as a passive)
            return self.subject(host.head)[0] or [x for c in self.children_of(host.head)
                                                  if c.dep_ in ("nsubj", "nsubj:pass")
                                                  for x in self.phrase_entities(c)]
        if host.dep_ in ("appos", "conj") and host.i > 0 and self.doc[host.i - 1].text == "," and not any(
                c.dep_ == "det" for c in self.children_of(host)):
            return self.phrase_entities(host.head)      # « X, cible des critiques de Y, … »: X
        return []

    def hit_by_force(self, noun: Token) -> bool:
        """The noun tells an act of force (an ASSAULT reading of its own: « les frappes », « des tirs »), whose
        verb of hitting (`hitting_verbs`) or aiming tells what it hit."""
        trig = self.trigger_at.get(noun.i)
        return trig is not None and trig.kind == "noun" and trig.type == "ASSAULT"

    def aimed_at(self, part: Token) -> list[str]:
        """The object of a participle of aiming (« visant X »; « visant à » + infinitive is a purpose, no one)."""
        return [x for o in self.children_of(part)
                if o.dep_ == "obj" and _norm(part.lemma_) in self.lex.aiming_participles
                for x in self.phrase_entities(o)]

    def juxtaposed_agent(self, n: Token, c: Token, typ: str) -> bool:
        """« la grève CGT »: an organisation's name right after an act noun, no preposition (`juxtaposed_agent_types`)."""
        e = self.entity_of(c) if c.i == n.i + 1 and c.dep_ in ("nmod", "appos", "flat", "flat:name", "compound") else None
        return bool(e) and typ.lower() in self.lex.juxtaposed_agent_types and not self.case_of(c) and \
            self.ent_type(e) == "ORG"

    def _city_naming_the_act(self, comp: Token) -> bool:
        """A city after a bare « de » (no article, as country names take) read as its state: the place that names
        the act (« les accords de Minsk »), not a party to it."""
        from veille.nlp.entities import get_kb
        return self.pos_at[comp.i] == "PROPN" and not any(g.dep_ == "det" for g in self.children_of(comp)) and \
            any(g.dep_ == "case" and self.bare_de(_norm(g.text)) for g in self.children_of(comp)) and \
            get_kb().place_kind(comp.text) == "capital"

    def event_noun_subject(self, trig) -> list[str]:
        """« Le raid, qui a fait douze morts », « ce raid a permis … »: the author of the act named before."""
        subj = next((c for c in self.children_of(trig.tok) if c.dep_ == "nsubj"), None)
        if subj is not None and _norm(subj.text) in ("qui",) and trig.tok.dep_ == "acl:relcl":
            subj = trig.tok.head
        if subj is None or self.pos_at[subj.i] != "NOUN":
            return []
        entry = (self.lex.nouns.get(_norm(subj.lemma_)) or [None])[0]
        if entry is None:
            return []
        return list(self.last_by_type.get(entry["type"], []))

    def _second_between(self, first: Token) -> list[str]:
        """« les affrontements entre X et Y »: Y by word order, wherever the parse hung it (on the act noun, as a
        subject of the verb, on X's complement: « entre forces de l'ordre et manifestants »)."""
        j = next((t.i for t in self.doc[first.i + 1:first.right_edge.i + 2] if _norm(t.text) == "et"), None)
        if j is None:
            return []
        k = j + 1
        while k < len(self.doc) and (self.pos_at[k] == "DET" or self.doc[k].dep_ == "case" and _norm(
                self.doc[k].text) in ("des", "du")):
            k += 1      # (the parse may read the article « des » as the preposition)
        if k + 1 < len(self.doc) and self.pos_at[k] == "NOUN" and self.doc[k + 1].head.i != k and \
                self.midx.get(k + 1) and not self.phrase_entities(self.doc[k]):
            return [self.midx[k + 1]]   # « et la multinationale X », X hung elsewhere: the name in apposition
        if k >= len(self.doc) or not self.names_people(self.doc[k]) or (
                self.doc[k].head.i == first.i and self.pos_at[k] != "ADJ"):
            return []       # a conjunct the parse already gave to the first member
        second = self.doc[k]
        ids = self.phrase_entities(second)
        return ids or ([self.actor_entity(second)] if second.pos_ == "ADJ" and self.actor_entity(second) else [])
