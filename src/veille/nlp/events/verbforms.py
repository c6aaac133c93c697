"""Verb forms the clause readings test: participles (present, past, apposed, agreeing with a noun), the gérondif
and the passive, read from the tagger's morphology and the verb's auxiliaries. They need no article state (only
`pronominal` reads the lexicon, and `shared_passive_subject` names a subject through the actor resolver)."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.document import read_once
from veille.nlp.events.lexicon import _norm
from veille.nlp.extensions import morph_values
from veille.nlp.subjects import etre_active, participle_clause


class VerbForms:
    """Mixin of `EventRun`: the form of a verb token (the clause, argument and actor readers ask it)."""

    def future_form(self, verb: Token) -> bool:
        """The tagger often reads a conditional as an imperfect (« reviendraient »): a future or conditional
        ending whose stem ends in « r » and is not the verb's own stem (« mourait », « montra » are not)."""
        form, lemma = _norm(verb.text), _norm(verb.lemma_)
        if self.pos_at[verb.i] != "VERB" or len(lemma) < 4:
            return False
        for ending in self.lex.future_endings:
            stem = form[:-len(ending)]
            if form.endswith(ending) and stem.endswith("r") and stem != lemma[:-2] and stem != lemma[:-3]:
                return True
        return False

    def conditional(self, verb: Token) -> bool:
        """A conditional: the tagger's mood, or an imperfect ending on a future stem it misread (« menacerait »,
        « mettraient »; « menaçait » is an imperfect)."""
        return "Cnd" in self.morph_of(verb, "Mood") or "Imp" in self.morph_of(verb, "Tense") and self.future_form(verb)

    @staticmethod
    def told_finite(verb: Token) -> bool:
        """« critique », « a suspendu »: a finite verb group (the verb or an auxiliary), or a verb the tagger read as
        an adjective though it takes a direct object (an adjective takes none) — a clause with a subject of its own."""
        return any("Fin" in morph_values(t, "VerbForm") for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]) \
            or verb.pos_ == "ADJ" and any(c.dep_ == "obj" for c in verb.children)

    @staticmethod
    def agrees(word: Token, verb: Token) -> bool:
        """A common noun, adjective or participle agrees in number with the verb group (its finite auxiliary, else the
        verb); a proper name's number is not read (the tagger guesses it), nor a word the tagger gave none."""
        group = [c for c in verb.children if c.dep_.startswith("aux") and "Fin" in morph_values(c, "VerbForm")] + [verb]
        number = next((morph_values(t, "Number") for t in group if morph_values(t, "Number")), None)
        return word.pos_ == "PROPN" or not number or not morph_values(word, "Number") or morph_values(word, "Number") == number

    @staticmethod
    def present_participle(verb: Token) -> bool:
        """« exigeant », « ayant appelé »: a present participle, or a compound one with « ayant » / « étant »."""
        return "Part" in morph_values(verb, "VerbForm") and "Pres" in morph_values(verb, "Tense") or any(
            c.dep_.startswith("aux") and "Part" in morph_values(c, "VerbForm") and "Pres" in morph_values(c, "Tense")
            for c in verb.children)

    @staticmethod
    def restrictive_description(tok: Token) -> bool:
        """« les partis qui soutiennent X », « les formations soutenant X »: a relative clause or a present participle
        describing the common noun right before it, with no comma between (a restrictive modifier: it tells which
        ones; « le Congrès, qui s'oppose à X, » or « X, soutenant Y, » adds a fact about a known referent)."""
        head = tok.head
        return tok.dep_ in ("acl", "acl:relcl") and head.pos_ == "NOUN" and head.i < tok.i and \
            not any(t.pos_ == "PUNCT" for t in tok.doc[head.i + 1:tok.left_edge.i + 1])

    def describes_referents(self, verb: Token, typ: str, stance: bool) -> bool:
        """« les partis qui soutiennent X », « les voyageurs refusant de payer »: a restrictive description in the simple
        present or imperfect of a relative, or a simple present participle (no « en », no « ayant »), tells which
        people the common noun means by what they do or hold (French grammar: the restrictive relative and the
        participle used as an adjective characterise; the passé composé tells an act: « ceux qui ont refusé »).
        Support held (`stance`) is a state whatever the noun. Other acts only when the described noun is a common
        noun of people (not a title, which names the one person holding it: « le président promettant X »), its
        subject (« qui », or the participle's), with no name right before the description (a name needs no
        restricting: « le parti Lorcy Avenir qui demande X » adds a fact); not a protest or a demand, a crowd's acts
        told in progress (« des manifestants bloquant le port », « des étudiants réclamant X »); not a document's
        content (« un communiqué exigeant X »: the noun names no people)."""
        if not self.restrictive_description(verb) or not (self.described_state(verb) or (
                self.present_participle(verb) and not self.gerund(verb) and
                not any(c.dep_.startswith("aux") for c in self.children_of(verb)))):
            return False
        if stance:
            return True
        head, before = verb.head, verb.doc[verb.left_edge.i - 1]
        own_subject = all(_norm(c.text) == "qui" for c in self.children_of(verb) if c.dep_.startswith("nsubj"))
        people = _norm(head.lemma_) in self.lex.actor_nouns or _norm(head.lemma_) in self.lex.private_person_nouns
        return typ not in ("PROTEST", "REQUEST") and own_subject and self.pos_at[head.i] == "NOUN" and people and \
            not self.entity_of(head) and self.pos_at[before.i] != "PROPN" and not self.entity_of(before)

    @classmethod
    def gerund(cls, verb: Token) -> bool:
        """« en tentant », « en s'attaquant »: « en » and a present participle (the gérondif), « en » read from the
        parse or from word order (`subjects.participle_clause`, the quote stage's reading too)."""
        return cls.present_participle(verb) and (any(c.dep_ in ("mark", "case") and _norm(c.text) == "en"
                                                     for c in verb.children) or participle_clause(verb) == "gerund")

    @staticmethod
    def _participle_of(part: Token, noun: Token, told: bool = False) -> bool:
        """A past participle that agrees with the noun (in gender and number the tagger gives both; `told`: it gives
        them all)."""
        if "Part" not in morph_values(part, "VerbForm") or "Past" not in morph_values(part, "Tense"):
            return False
        return all((not told and (not morph_values(part, f) or not morph_values(noun, f))) or
                   morph_values(part, f) == morph_values(noun, f) for f in ("Gender", "Number"))

    @classmethod
    def described_noun(cls, part: Token) -> Token:
        """The noun a participle modifying a noun describes, the one it agrees with: the parse may hang it on the
        head of that noun's phrase (« la défense du ministre X accusé de … »: « accusé » agrees with « ministre »,
        not « défense »), so the nearest complement of the head before it that agrees, when the head does not."""
        head = part.head
        if part.dep_ != "acl" or head.i > part.i or cls._participle_of(part, head):
            return head
        return next((t for t in reversed(head.doc[head.i + 1:part.i]) if t.dep_ == "nmod" and t.pos_ == "NOUN"
                     and head in t.ancestors and cls._participle_of(part, t, told=True)), head)

    @staticmethod
    def bare_participle(verb: Token) -> bool:
        """« le conducteur, légèrement blessé, … » read with the participle as the clause's head: a past participle
        with no auxiliary describes its noun, which underwent the act (its « subject » is the patient)."""
        return "Part" in morph_values(verb, "VerbForm") and "Past" in morph_values(verb, "Tense") and \
            not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children)

    def shared_passive_subject(self, v: Token) -> list[str]:
        """« X a été interpellé puis placé en garde à vue », « trois hommes ont été interpellés, mis en examen et
        écroués »: a bare past participle coordinated with (or apposed to) a passive verb shares its auxiliary, so
        its passive subject (French coordination of participles under one « être »), when it has none of its own."""
        head = self._shared_passive_head(v)
        if head is None and (split := self.split_auxiliary_subject(v)) is not None:
            return self.phrase_entities(split)     # « X a une nouvelle fois été dégradé »: its « avoir »'s subject
        return [x for c in self.children_of(head) if c.dep_ == "nsubj:pass"
                for x in self.phrase_entities(c)] if head else []

    @staticmethod
    def split_auxiliary_subject(verb: Token) -> Token | None:
        """« le radar a une nouvelle fois été dégradé », « la mairie a encore une fois été taguée »: an adverbial
        between « a » and « été » makes the parser read « avoir » as the main verb and the passive participle as
        its adverbial clause; « avoir » with no complement of its own before a participle with « été » is the
        tense auxiliary of a compound passive (French grammar: « a été » + participle), so its subject is the
        passive's subject. None for any other verb."""
        head = verb.head
        if verb.dep_ != "advcl" or head.i >= verb.i or _norm(head.lemma_) != "avoir" or not any(
                c.dep_ == "aux:pass" and c.lower_ == "été" for c in verb.children) or any(
                c.dep_.startswith("aux") and c.i < verb.i and _norm(c.lemma_) == "avoir" for c in verb.children) or any(
                c.dep_ in ("obj", "xcomp", "ccomp") for c in head.children):
            return None
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i), None)

    def _shared_passive_head(self, v: Token) -> Token | None:
        """The passive verb a bare past participle with no subject of its own is coordinated with, or None."""
        if v.dep_ not in ("conj", "advcl") or not self.bare_participle(v) or any(
                c.dep_.startswith("nsubj") for c in self.children_of(v)):
            return None
        head = v.head
        while head.dep_ in ("conj", "advcl") and head.head.i != head.i and not any(
                c.dep_.startswith("nsubj") for c in self.children_of(head)):
            head = head.head
        return None if head.i == v.i or self.pos_at[head.i] != "VERB" or not self.is_passive(head) else head

    def passive_patient(self, verb: Token) -> Token | None:
        """The phrase a passive verb is done to: its own passive subject, else the subject of the periphrasis it
        is the lexical verb of (« les dépôts restent bloqués »), else that of the passive a bare participle is
        coordinated with (« les lycées sont perturbés ou bloqués »: `shared_passive_subject`)."""
        own = next((c for c in self.children_of(verb) if c.dep_ in ("nsubj:pass", "nsubj")), None) or \
            self.split_auxiliary_subject(verb)
        if own is not None or not self.is_passive(verb):
            return own
        peri = self.periphrasis_subject(verb)
        head = self._shared_passive_head(verb) if peri is None else None
        # (the passive's subject, even one the parser labels a plain nsubj: « les écoles sont fermées ou bloquées »)
        return peri if head is None else next((c for c in self.children_of(head)
                                               if c.dep_ in ("nsubj:pass", "nsubj")), None)

    def pronominal(self, verb: Token) -> bool:
        """« se féliciter », « s'est attaqué », « s'est tué »: a reflexive pronoun before the verb (`reflexive_pronouns`)."""
        return any(_norm(c.text) in self.lex.reflexive_pronouns for c in verb.lefts)

    @staticmethod
    def passive_auxiliary(verb: Token) -> bool:
        """« X a été recalé » with « été » the passive auxiliary: its subject undergoes the act even when the parser
        labels it a plain nsubj (« Le socialiste X a été recalé »), or reads « été » as a copula and the participle
        as an adjective (« X a été recalé alors que … »); not a pronominal verb (« ils s'en sont pris à … », its
        « s' » sometimes tagged a conjunction)."""
        return any(c.dep_ == "aux:pass" or (c.dep_ == "cop" and c.lower_ == "été") for c in verb.children) and \
            VerbForms.passive_form(verb) and not any(c.dep_.startswith("expl") and c.i < verb.i for c in verb.children)

    @read_once(lambda verb: verb.i)
    def retold_epithet(self, verb: Token) -> bool:
        """« les quatre personnes tuées », « les détenus incarcérés pour des délits mineurs »: a past participle
        right after a noun its definite, demonstrative or possessive determiner tells as known (`retold_noun`), with
        no agent and no object: the people are named by what befell them, told before or generic, no act told
        here (« les otages détenus par X » names who holds them). Not a headline's telling (« l'ancien président
        arrêté »), nor a participle set apart by a comma, which adds what it tells (« le chauffeur, blessé, … »)."""
        head = verb.head
        return verb.dep_ in ("acl", "amod") and "Part" in self.morph_of(verb, "VerbForm") and \
            "Past" in self.morph_of(verb, "Tense") and self.pos_at[head.i] == "NOUN" and head.i < verb.i and \
            verb.idx >= self.body_start and not any(t.pos_ == "PUNCT" for t in self.doc[head.i + 1:verb.i]) and \
            not any(c.dep_.startswith("aux") or c.dep_ in ("obj", "obl:agent") or c.dep_.startswith("obl") and
                    self.case_of(c) in self.lex.agent_preps for c in self.children_of(verb)) and self.retold_noun(head)

    def state_passive(self, verb: Token) -> bool:
        """« les passants étaient désarmés »: « être » in the present or the imperfect with a past participle and no
        agent, the passive of a state (French « passif d'état »: the participle reads as an adjective), not « ont été
        désarmés » nor « sont désarmés par X »."""
        return "Part" in self.morph_of(verb, "VerbForm") and self._simple_etre(verb) and not any(
            c.dep_ == "obl:agent" for c in self.children_of(verb))

    @staticmethod
    def _simple_etre(verb: Token) -> bool:
        """The participle's one « être » is in the present or the imperfect (« sont », « étaient »), no « avoir »:
        the passive of a state or of a present, not « ont été » (the act done)."""
        aux = [c for c in verb.children if c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être"]
        return len(aux) == 1 and bool({"Pres", "Imp"} & set(morph_values(aux[0], "Tense"))) and \
            "Fin" in morph_values(aux[0], "VerbForm") and not any(
                c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children)

    def lasting_state(self, verb: Token, kind: str) -> bool:
        """A participle of `lasting_participles` told as the state its act left, not the act: after « rester /
        demeurer » (« les soldats restent déployés »); else in the present or imperfect of « être » or as an epithet,
        a verb of holding (kind "held": « les ingénieurs étaient retenus par X », « les prisonniers détenus par X ») or
        one with a mark of duration (`duration_marks`: « 500 soldats sont toujours déployés », « il était emprisonné
        depuis l'été »). « ont été déployés », « sont déployés samedi » still tell the act."""
        if "Part" not in self.morph_of(verb, "VerbForm") or "Past" not in self.morph_of(verb, "Tense"):
            return False
        semi = [verb.head] if verb.dep_ == "xcomp" and verb.head.i < verb.i else []
        if any(self.lex.passive_semi_auxiliaries.get(_norm(t.lemma_)) == "state"
               for t in semi + [c for c in verb.lefts if self.pos_at[c.i] in ("AUX", "VERB")]):
            return True
        being = self._simple_etre(verb)
        epithet = verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and \
            not any(c.dep_.startswith("aux") for c in self.children_of(verb))
        if not (being or epithet):
            return False
        if kind == "held":
            return True
        marks = self.lex.duration_marks
        if any(_norm(c.text) in marks or c.dep_.startswith("obl") and self.case_of(c) in marks
               for c in self.children_of(verb)):
            return True
        s = self.sent(verb)
        near = _norm(self.doc[max(s.start, verb.i - 4):min(s.end, verb.i + 4)].text)
        return any(" " in m and m in near for m in marks)     # « jusqu'à présent »

    @read_once(lambda verb: verb.i)
    def is_passive(self, verb: Token) -> bool:
        """`passive_form`, read once per verb: the clause, argument and modality readers ask it of the same verbs;
        or a passive periphrasis (`periphrasis_subject`)."""
        return self.passive_form(verb) or self.periphrasis_subject(verb) is not None

    @read_once(lambda verb: verb.i)
    def periphrasis_subject(self, verb: Token) -> Token | None:
        """The subject of a passive periphrasis the verb is the lexical verb of (`passive_semi_auxiliaries`: « X s'est
        vu refuser l'entrée », « X s'est retrouvé critiqué par Y », « X s'est fait arrêter à l'aéroport »): X
        undergoes the act; None for any other verb. The parse hangs the semi-auxiliary on the verb (« fait » dep)
        or the verb on it (xcomp)."""
        if self.pos_at[verb.i] != "VERB":
            return None
        pairs = [(c, verb) for c in verb.lefts if c.dep_ in ("dep", "aux", "aux:caus", "aux:tense", "advmod")]
        if verb.dep_ == "xcomp" and verb.head.i < verb.i:
            pairs.append((verb.head, verb.head))
        for aux, clause in pairs:
            need = self.lex.passive_semi_auxiliaries.get(_norm(aux.lemma_))
            if need is None or need != "state" and not any(c.i < aux.i and _norm(c.text) in self.lex.reflexive_clitics
                                                           for c in self.children_of(clause)):
                continue
            participle = "Part" in self.morph_of(verb, "VerbForm") and "Past" in self.morph_of(verb, "Tense")
            if need in ("participle", "state") and not participle or need == "transitive" and (
                    _norm(verb.lemma_) in self.lex.faire_own_acts or not (
                        "Inf" in self.morph_of(verb, "VerbForm") or _norm(verb.text).endswith(("er", "ir", "re")))):
                continue
            return next((c for c in self.children_of(clause) if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return None

    @staticmethod
    def passive_form(verb: Token) -> bool:
        """« a été tué », and a past participle standing alone (« tenu pour responsable, le Soudan … »); not a
        pronominal verb, whose compound tenses take « être » (« ils s'en sont pris à … »)."""
        if etre_active(verb) or any("Yes" in morph_values(c, "Reflex") for c in verb.lefts):
            return False
        children = list(verb.children)      # (read up to five times below)
        if any(c.dep_ == "aux:pass" for c in children):
            return True
        if verb.pos_ == "VERB" and "Part" in morph_values(verb, "VerbForm") and any(
                c.dep_ == "cop" and c.lemma_ == "être" for c in children):
            return True     # « elle a été de nouveau expulsée par X »: « été » read as a copula, the passive all the same
        if verb.pos_ == "ADJ" and any(c.dep_ == "cop" and c.lower_ == "été" for c in children):
            return True     # « X a été recalé »: the participle read as an adjective after a compound « été »
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.pos_ == "VERB" and VerbForms.bare_participle(verb) \
                and not any(c.dep_.startswith("nsubj") for c in children) and VerbForms.passive_form(verb.head):
            return True     # « a été interpellé puis placé en garde à vue »: a bare participle joined to a passive
            #                 shares its « être »
        return verb.dep_ in ("advcl", "acl", "ROOT") and "Part" in morph_values(verb, "VerbForm") and \
            "Past" in morph_values(verb, "Tense") and not any(c.dep_.startswith("aux") for c in children) and \
            verb.i > 0 and verb.doc[verb.i - 1].pos_ != "AUX"
