"""The recipient a clause leaves unsaid. « X menace de geler les avoirs » threatens someone; « il a rejeté toute
hausse » refuses something to someone. When the verb's object and complements name no actor, the recipient is the
first actor the act's own content names, else the actor named last before the trigger in its sentence (outside
the acting side: subjects, a relative's antecedent), else the subject of the sentence before (the topic the act
answers). The event says that its recipient was read from context
(`target_from = "context"`), so a reader can tell it from one the clause states."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.events.war_sides import FORCE, WarSides
from veille.nlp.extensions import morph_values


# the dependents of a verb that hold what is done, asked or threatened: not its subject, not its reasons
CONTENT_DEPS = ("obj", "xcomp", "ccomp", "obl", "obl:arg", "iobj")
CONTEXT_TARGETED = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST")
# recipients that may be anyone the context names; an act of force or a protest reads only its own content
FROM_SURROUNDINGS = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "COERCE")
# who may help or be helped, or have an announced act done to them: not a place, not a thing
ACTOR_TYPES = ("PER", "ORG", "GPE", "NORP")
# acts whose recipient may be named only in the clause of their purpose or content
PURPOSE_TARGETED = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "CONCEDE")
# acts announcing one of their author's own (« s'engage à soutenir X », « s'est dit prêt à aider X »): the act
# announced is the commitment's content, and whom it is done to is whom the commitment is made to
ANNOUNCING = ("AGREE", "THREATEN")
# CAMEO BRING LAWSUIT AGAINST (« porter plainte »): like an inquiry, against whom it names or the author of the act
LAWSUIT_CODE = "115"        # it is about (dyads._procedure), never whoever is named around it
# acts done for someone: a purpose of this kind names whom the act helps, not whom it is done to
FRIENDLY = ("SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT", "CONCEDE")


class RecipientReader(WarSides):
    """Mixin of `EventRun` (reads `EventDoc`, the actor readers of `ActorResolver` and `ArgumentFinder.not_places`)."""

    def context_recipient(self, trig, source: list[str]) -> list[str]:
        """The recipient of an act whose clause names none, or [] (see the module's docstring)."""
        if trig.type not in CONTEXT_TARGETED or not source:
            return []
        if self._asked_to_act(trig):
            return []
        found = self._content_recipient(trig.tok, source, trig.type) or self.crowd_controlled(trig, source) or \
            self.opposed_by_description(trig, source)
        found = [x for x in found if x not in self.judged_undergoers(trig)]     # (arguments.judged_act_sides)
        if not found and trig.entry.get("retaliation"):
            # « X a foncé sur des soldats ; les soldats ont riposté »: a retaliation answers the last act of force
            # told before it by another side (CAMEO 190, RETALIATE), done to its author
            found = self.operation_actor(trig.tok, source, trig.type, answered=True)
        if found or self.war_act(trig.type, trig.mode, source):
            # an act of war is done to the side its forces fight (`opposing_sides`), not to whoever is named near
            return found
        if trig.type == "PROTEST":
            return self.movement_aim(trig.tok, source)
        if trig.type not in FROM_SURROUNDINGS or trig.mode == "investigate" or trig.lemma in self.lex.procedure_nouns \
                or trig.entry.get("cameo") == LAWSUIT_CODE or self._said_unresolved(trig) \
                or self._blames_an_act(trig) or self._thing_undergoes(trig):
            # an inquiry is into an act (« une enquête pour vol »): whom it targets is only what it says (« visant
            # X »), never the victim or the court named around it; so is a complaint (« une plainte du ministre »)
            return found
        # a reaction to a measure is addressed to its author (measures.py), before anyone named near it
        found = self.reacted_measure_author(trig, source) or self._recipient_before(trig.tok, source) or \
            self._previous_topic(trig.tok, source)
        if trig.type in FORCE:
            # « les FDS reprennent l'offensive … Les combattants et leurs alliés …, encerclant 54 villages »: those
            # who did the force told just before carry the operation on, they are the side acting, not the one
            # acted upon (unless an act of force was done to them)
            attackers = {x for i, _, src in self.operations if i < trig.tok.i for x in src} - self.harmed
            found = [x for x in found if x not in attackers]
        return found

    def mutual(self, v: Token, source: list[str], entry: dict) -> bool:
        """A pronominal verb of an act between parties whose subject names them all and no other recipient: « X et Y
        se sont opposés / accusés » (coordinated subjects, also when the parse hung the coordination elsewhere and
        word order gave the subject), or for a reading between parties (`reciprocal`) one plural noun, « les partis
        se sont mis d'accord », « les rebelles s'affrontent »: each side acts on the other. Not one actor with its
        party or country (« X (parti Y) se félicite », « l'armée lorcanienne se bat »), nor a verb with a complement
        of its own (« se sont opposés à la réforme », « s'y sont rassemblés »: acting on something else), nor an
        unchecked word of the lexicon that is no act between parties (`needs_both_sides`: « se sont rassemblés »)."""
        clitics = {c.i for c in v.lefts if _norm(c.text) in self.lex.reflexive_clitics}
        if entry.get("needs_both_sides") and not entry.get("reciprocal"):
            return False
        if not source or not clitics or any(c.i not in clitics and (
                c.dep_ in ("obj", "iobj") or c.dep_ in ("obl", "obl:arg") and self.case_of(c) in self.lex.target_preps
                and self.case_of(c) not in self.lex.meeting_topic_preps) for c in self.children_of(v)):
            return False
        subj = next((c for c in self.children_of(v) if c.dep_ == "nsubj"), None)
        if len(source) == 1:
            return bool(entry.get("reciprocal")) and subj is not None and self.pos_at[subj.i] == "NOUN" and \
                "Plur" in self.morph_of(subj, "Number") and self.phrase_entities(subj) == source
        if subj is not None:
            return any(g.dep_ == "conj" for g in self.children_of(subj))
        told = [t for t in self.sent(v) if t.i < v.i and self.midx.get(t.i) in source]
        return any(t.dep_ == "conj" and self.midx.get(t.head.i) in source and self.midx[t.head.i] != self.midx[t.i]
                   for t in told)

    def context_closed(self, trig) -> bool:
        """The clause tells whom or what the act is about by words no actor resolves: one asked to act (« exhorte
        les jeunes à … »), a call for a public action or a pronoun (« appelle au calme », « fait pression sur
        lui »), an act blamed (« condamne l'attentat », whose author only the attack's telling gives). Neither the
        surroundings nor the headline replace it (« Lorcy : deux morts dans un attentat », then « X a condamné
        l'attentat »: the dead are its victims, not whom X condemns)."""
        if self._thing_undergoes(trig) or self._said_unresolved(trig, nouns_only=True):
            return True
        if trig.type in FORCE:
            return False        # (an attack's unnamed victims are coded by their country: topics.py)
        return self._asked_to_act(trig) or self._calls_for_action(trig) or self._blames_an_act(trig) and (
            trig.type == "REJECT" or trig.mode == "disapprove")     # (an inquiry is into an act and its suspects)

    def _asked_to_act(self, trig) -> bool:
        """« exhorte les jeunes à … », « demande à X de … », « recommande de rester chez soi »: a verb of asking
        with an infinitive asks its object to act (the argument stage reads it); with none named it asks the
        public, and whom the infinitive's own complements name (« à collaborer avec X ») is not the one asked."""
        tok = trig.tok
        return trig.type == "REQUEST" and tok.pos_ == "VERB" and _norm(tok.lemma_) in self.lex.control_verbs and any(
            c.dep_ in ("xcomp", "ccomp", "obl:arg", "obl", "iobj") and "Inf" in self.morph_of(c, "VerbForm")
            for c in self.children_of(tok))

    def _blames_an_act(self, trig) -> bool:
        """« condamne ce crime », « dénonce ces violences », « s'oppose à la démolition », « ces frappes sont
        critiquées »: what is blamed or refused is an act, whose author only the act's telling gives (the argument
        stage reads the author told before); the actor named last around it may be its victim or a bystander (a
        demand refused in the passive, « cette demande a été rejetée », is its requester's, told around it)."""
        tok = trig.tok
        return trig.type in ("ACCUSE", "REJECT") and self.pos_at[tok.i] == "VERB" and any(
            (c.dep_ in ("obj", "obl:arg") or c.dep_ == "nsubj:pass" and trig.type == "ACCUSE") and c.pos_ == "NOUN" and (
                _norm(c.lemma_) in self.lex.nouns or _norm(c.lemma_) in self.lex.wrongdoing_nouns)
            for c in self.children_of(tok))

    def _thing_undergoes(self, trig) -> bool:
        """« le projet avait été bloqué par X », « cette somme était gelée »: a coercion or a sanction told in the
        passive of a thing is done to that thing; whose it is, only its own phrase says, not the actor named
        around it nor the headline's party."""
        tok = trig.tok
        if trig.type not in ("COERCE", "SANCTION") or self.pos_at[tok.i] != "VERB" or not self.is_passive(tok):
            return False
        subj = next((c for c in self.children_of(tok) if c.dep_ == "nsubj:pass"), None)
        return subj is not None and self.pos_at[subj.i] in ("NOUN", "PROPN") and not any(
            self.ent_type(x) in ACTOR_TYPES for x in self.phrase_entities(subj))

    def _said_unresolved(self, trig, nouns_only: bool = False) -> bool:
        """The clause says whom the act is done to, by a word no actor resolves: a pronoun after a preposition
        of the recipient (« a fait pression sur lui »), a group's noun without the modifier that would name it
        (« accuse les médias », « renouvelle sa confiance au groupe »: `unnamed_group`), or for a call any « à »
        complement — the one called upon or the public action called for (« appelle au boycott », « au calme »):
        the surroundings do not replace it. So does « ceux qui … » (anyone who does it, no one named), also as the
        complement an adjective predicate's reading names its recipient with (« solidaires de ceux qui luttent »)."""
        tok = trig.tok
        named_by = trig.entry.get("prep", ()) if trig.entry.get("prep_names_recipient") else ()
        for c in self.children_of(tok) if self.pos_at[tok.i] in ("VERB", "ADJ") else ():
            addressed = c.dep_ == "iobj" or (c.dep_.startswith("obl") or c.dep_ == "nmod" and tok.pos_ == "ADJ") and (
                self.case_of(c) in self.lex.target_preps or self.case_of(c) in named_by)
            if c.pos_ == "PRON" and (addressed or c.dep_ == "obj" and trig.entry.get("obj", "target") == "target") \
                    and _norm(c.text) in self.lex.plural_relative_demonstratives:
                return True
            if c.pos_ == "PRON" and addressed and not nouns_only and _norm(c.text) not in self.lex.relative_pronouns:
                return True
            if (addressed or c.dep_ == "obj" and trig.entry.get("obj", "target") == "target") and self.unnamed_group(c):
                return True
        return not nouns_only and self._calls_for_action(trig)

    def _calls_for_action(self, trig) -> bool:
        """A call with an « à » complement or an indirect object: the one called upon, or the public action called
        for (« appelle au boycott »)."""
        tok = trig.tok
        return trig.type == "REQUEST" and self.pos_at[tok.i] == "VERB" and any(
            self.pos_at[c.i] in ("NOUN", "PROPN", "PRON") and (c.dep_ == "iobj" or (
                c.dep_.startswith("obl") and self.case_of(c) == "à")) for c in self.children_of(tok))

    def _recipient_ok(self, eid: str | None, source: list[str], places: bool = False) -> bool:
        """An actor other than the source, the source's own country and the press; a region or a town only as
        the owner of what the act's own content names (« suspendre les subventions de la X »)."""
        if not eid or eid in source or self.is_outlet(eid) or eid in self.relays:
            return False
        ent = self.ents.get(eid)
        if ent is not None and ent.type == "GPE" and ent.country and any(
                self.ents.get(x) is not None and self.ents[x].country == ent.country for x in source):
            return False        # « le ministère des affaires étrangères du pays X » does not act upon X
        if ent is not None and any(self.ents.get(x) is not None and len(self.ents[x].name) > 3
                                   and self.ents[x].name in ent.name for x in source):
            return False        # « l'entourage de X », « les partisans de X »: X's own side
        if self.part_of_a_name(eid, source) or self.affiliation_of(eid, source):
            return False
        if ent is not None and (self.state_member(ent, source) or self._retold_by(ent, source)):
            return False
        return self.ent_type(eid) in ("PER", "ORG", "GPE", "NORP") + (("LOC",) if places else ())

    def affiliation_of(self, eid: str, source: list[str]) -> bool:
        """« Paul Vernay, président de la Lorcanie Rail, … », « Marie Dutilleul, députée LaREM, … »: the body a
        title apposed to the source names, by word order (the parse often hangs the apposition elsewhere), is the
        source's own."""
        for i in self.where_words(lemma=lambda w: w in self.lex.titles, key="titles"):
            j = i + 1
            while j < len(self.doc) and j - i <= 3 and self.midx.get(j) is None and self.pos_at[j] in ("ADP", "DET"):
                j += 1
            if self.midx.get(j) != eid or i < 2 or self.doc[i - 1].text != ",":
                continue
            k = i - 2
            while k >= 0 and self.midx.get(k) is not None and self.midx.get(k) == self.midx.get(i - 2):
                if self.midx[k] in source:
                    return True
                k -= 1
        return False

    def part_of_a_name(self, eid: str, source: list[str]) -> bool:
        """« l'assemblée nationale de Lorcanie … l'assemblée nationale », « Paul Vernay … Vernay »: a source told
        again by words of its name, another entity only for want of a link."""
        ent = self.ents.get(eid)
        return ent is not None and len(ent.name) > 3 and any(
            self.ents.get(x) is not None and f" {ent.name.lower()} " in f" {self.ents[x].name.lower()} "
            for x in source)

    def state_member(self, ent, source: list[str]) -> bool:
        """« la Lorcanie s'y oppose, mais l'ambassadeur lorcanien … »: an official or organ described by the
        source state's adjective is that state's own (its opponents and rebels are not); so is one the knowledge
        base knows in that state's government or forces (« Paul Vernay annonce le retrait de la Lorcanie »: the
        state's act is not done to its head)."""
        from veille.nlp.entities import get_kb
        own = {self.ents[x].country for x in source if self.ent_type(x) == "GPE" and self.ents[x].country}
        if own and ent.type != "GPE" and ent.country in own and ent.sector in self.lex.state_sectors - {"REB"}:
            return True
        if not own or not self._description(ent.id) or (
                ent.sector is not None and ent.sector not in self.lex.state_sectors - {"REB"}):
            return False
        return any(get_kb().demonym_country(w) in own for w in ent.name.lower().replace("'", " ").split())

    def _retold_by(self, ent, source: list[str]) -> bool:
        """« le Front de Lorcy a perdu ses bases … Le groupe armé mène encore des attaques »: a source known only by
        a description may retell a named actor of its own type and sector, which is then no recipient of its act."""
        return ent.sector is not None and not self._description(ent.id) and source and all(
            self._description(x) and self.ents.get(x) is not None and self.ents[x].type == ent.type
            and self.ents[x].sector == ent.sector for x in source)

    def _content_root(self, tok: Token) -> Token:
        """The word whose dependents tell the act: the verb itself, or for a noun the verb it is the subject of
        (« des émeutes ont éclaté, demandant que … »)."""
        if self.pos_at[tok.i] == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.pos_ == "VERB" and \
                tok.head.i not in self.trigger_at:
            return tok.head
        return tok

    def _content_recipient(self, tok: Token, source: list[str], typ: str = "") -> list[str]:
        root = self._content_root(tok)
        parts = [c for c in self.children_of(root) if c.dep_ in CONTENT_DEPS or (
            # « a répondu par des tirs … », « dans le cadre de … »: a means or a frame, not a bare adverbial noun
            c.dep_ in ("obl:mod", "obl:agent") and any(g.dep_ == "case" for g in self.children_of(c))
            and not self.is_passive(root)) or (
            c.dep_ in ("advcl", "acl") and self.morph_of(c, "VerbForm") in (["Part"], ["Ger"])
            and not any(g.dep_ == "mark" for g in self.children_of(c)))]
        # « sont entrés dans la caserne, où un soldat a été blessé »: a relative clause the parse hung on the verb
        # describes a place or a noun, it tells no content of the act
        # (nor a participle of entrusting, « une enquête a été ouverte, confiée à X »: X conducts it)
        parts = [c for c in parts if not (self.pos_at[c.i] in ("VERB", "AUX") and c.left_edge.i > root.i and "Rel" in
                                          self.morph_of(c.left_edge, "PronType")) and
                 _norm(c.lemma_) not in self.lex.conducting_verbs]
        if self.pos_at[root.i] == "NOUN":     # « des accusations de X »: its « de » complement is the author
            parts += [c for c in self.children_of(root) if c.dep_ == "acl" and c.i > root.i]
        # the parts' own heads are the clause's object or means, which the argument stage has read already
        words = [self.doc[i] for i in sorted({t.i for c in parts for t in c.subtree if t.i != tok.i and t.i != c.i})
                 if self.pos_at[i] in ("NOUN", "PROPN") and i not in self.dates]
        # « … réfugiés dans le pays voisin »: the other country of the discourse first, even in a phrase of place
        neighbour = next((x for x in (self.neighbour_of(t, source) for t in words) if x is not None), None)
        if neighbour is not None:
            return [neighbour]
        if typ == "REQUEST":
            # « réclame des effectifs policiers », « exige la libération de X »: whom what is asked names is not
            # the one asked; a phrase addressing someone is (« auprès de la Cour », « de l'aide à X »), and so is
            # the leader whose departure is asked (« réclame la démission de X », CAMEO 1041)
            words = [t for t in words if self._addressed(t, root) or self._asked_to_leave(t)]
        for t in words:
            if self._circumstance(t, root) or self._city_naming_the_act(t):
                continue    # « … prévus par les accords de Minsk »: the place naming an act is no party to it
            eid = self.entity_of(t) or (self.actor_entity(t) if self.pos_at[t.i] == "NOUN" else None)
            owner = t.dep_ == "nmod" and t.head.pos_ == "NOUN" and self.case_of(t) in self.lex.de_forms and \
                _norm(t.head.lemma_) not in self.lex.place_heads      # « la place de X »: where, not whose
            if self._recipient_ok(eid, source, places=owner):
                return [eid]
        return []

    def purpose_recipients(self, head: Token, typ: str, source: list[str], attribute: tuple = ()) -> list[str]:
        """« menace de fermer X », « franchit la frontière pour chasser X », « a utilisé des gaz pour disperser
        X »: an act done, or threatened, to bring about another names its recipient in the complement clause.
        A commitment names it in the act it announces, an infinitive on the verb, on the locution's attribute
        (« s'est dit prêt à aider X ») or on the act noun (« sa menace de sanctionner X »)."""
        out: list[str] = []
        announcing = typ in ANNOUNCING
        holders = [head] + [c for c in self.children_of(head) if announcing and _norm(c.lemma_) in attribute]
        for c in (c for h in holders for c in self.children_of(h)):
            aim = self.trigger_at.get(c.i)
            if aim is not None and aim.type in FRIENDLY and not announcing:
                continue        # « des frappes pour soutenir X »: X is helped, not struck
            if self.pos_at[c.i] != "VERB":
                continue
            infinitive = "Inf" in self.morph_of(c, "VerbForm") and any(
                g.dep_ == "mark" and _norm(g.text) in self.lex.infinitive_complement_marks for g in self.children_of(c))
            if c.dep_ == "xcomp" and (typ in PURPOSE_TARGETED or infinitive) or (
                    self.pos_at[head.i] == "NOUN" and c.dep_ == "acl" and announcing and infinitive) or (
                    typ in PURPOSE_TARGETED and c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and _norm(g.text) in self.lex.purpose_marks for g in self.children_of(c))):
                for g in self.children_of(c):
                    if g.dep_ == "obj" or (g.dep_.startswith("obl") and self.case_of(g) in self.lex.target_preps
                                           and g.i not in self.dates):
                        out += [x for x in self.not_places(self.phrase_entities(g), self.case_of(g) or "", typ)
                                if x not in source and (not announcing or self.ent_type(x) in ACTOR_TYPES)]
        return out

    def _addressed(self, tok: Token, root: Token) -> bool:
        """A word inside a phrase of the recipient (« à », « auprès de ») below the act's word."""
        t = tok
        while t.i != root.i and t.head.i != t.i:
            if self.pos_at[t.i] in ("NOUN", "PROPN", "PRON") and self.case_of(t) in self.lex.target_preps:
                return True
            if self.pos_at[self.head_column[t.i]] in ("ADV", "ADP") and _norm(t.head.text) in self.lex.target_preps:
                return True     # « auprès de X » parsed with « auprès » as an adverb heading X
            t = t.head
        return False

    def _asked_to_leave(self, tok: Token) -> bool:
        """The « de » complement of a noun of leaving office that a demand locution asks of it (`asked_of_nouns`)."""
        return tok.dep_ == "nmod" and _norm(tok.head.lemma_) in self.lex.asked_of_nouns and \
            self.case_of(tok) in self.lex.de_forms

    def neighbour_of(self, tok: Token, source: list[str]) -> str | None:
        """« le pays voisin », « l'État voisin »: the country named last before that is not the source's own."""
        if _norm(tok.lemma_) not in self.lex.anaphoric_nouns or not any(
                c.dep_ == "amod" and _norm(c.lemma_) in self.lex.neighbour_adjectives for c in self.children_of(tok)):
            return None
        own = {self.ents[x].country for x in source if self.ents.get(x) is not None} - {None}
        return self.last_named(tok, lambda e, ent: ent.type == "GPE" and e not in source and ent.country not in own)

    def _circumstance(self, tok: Token, root: Token) -> bool:
        """A phrase telling where, when or with whom (« dans les rues de X », « avec la coalition »), at any
        depth below the act's word: it names no recipient."""
        t = tok
        while t.i != root.i and t.head.i != t.i:
            case = self.case_of(t) if t.pos_ in ("NOUN", "PROPN", "PRON") and self.que_clause(t) is None else ""
            if case in self.lex.circumstance_preps and (t.head.pos_ in ("VERB", "AUX", "ADJ") or (
                    t.head.i in self.trigger_at and case not in self.lex.target_preps)):
                return True     # where, when or with whom the clause is, where or when an act noun is (« une
                #                 offensive dans le sud de X »); « les relations avec X », « l'aide à X » name X
            if self.case_of(t) in self.lex.attribution_preps:      # « selon X »: whom the claim rests on
                return True
            # a conjunct has its own preposition: the first conjunct's is not its (« à eau et par des tirs »)
            t = t.head.head if t.dep_ == "conj" and t.head.i != root.i else t.head
        return False

    def _recipient_before(self, tok: Token, source: list[str]) -> list[str]:
        """The actor named last before the trigger in its sentence (« a reçu les syndicats et a rejeté toute
        hausse »), outside any clause's subject — a subject does its own act and its modifiers are its own side
        (« les chauffeurs de X … verront », « les officiels de X, qui rejettent … », « comme le dit X ») — and
        outside an adverbial fronted before its clause's subject, which sets the frame (« du côté de X, … »)."""
        sent = self.sent(tok)
        aside = {w.i for c in sent if self._subject_or_frame(c) for w in c.subtree}
        t = tok
        if self.pos_at[t.i] == "NOUN" and t.dep_ == "obj" and self.pos_at[self.head_column[t.i]] == "VERB":
            t = t.head      # « qui a mené cette arrestation »: the act noun's clause is its verb's
        while t.head.i != t.i and t.dep_ not in ("acl:relcl", "acl") and t.dep_ in ("conj", "xcomp", "advcl", "ccomp"):
            t = t.head
        if t.dep_ in ("acl:relcl", "acl") and self.pos_at[self.head_column[t.i]] in ("NOUN", "PROPN"):
            # a relative's antecedent, or the noun a participle qualifies (« des manifestants à Lorcy exigeant
            # … »), is its subject: its phrase is the source's side and place
            aside |= self._noun_phrase(t.head)
        for t in reversed(sent[:tok.i - sent.start]):
            if t.pos_ not in ("NOUN", "PROPN") or t.i in self.dates or self.quote_of(t) != self.quote_of(tok) \
                    or t.i in aside:
                continue
            eid = self.entity_of(t)
            if eid in source or self.case_of(t) in self.lex.attribution_preps:
                continue
            if self._recipient_ok(eid, source):
                return [eid]
        return []

    @staticmethod
    def _noun_phrase(noun: Token) -> set[int]:
        """The noun and the words that name it (« les officiels du ministère de X »), not the clauses it heads but
        a participle qualifying it."""
        out, todo = set(), [noun]
        while todo:
            t = todo.pop()
            out.add(t.i)
            todo += [c for c in t.children if c.dep_ in ("nmod", "amod", "det", "case", "flat:name", "appos", "fixed")]
            # a participle qualifying it is its side (« la police, appuyée par l'armée »)
            out |= {w.i for c in t.children if c.dep_ in ("acl", "dep") and "Part" in morph_values(c, "VerbForm")
                    for w in c.subtree}
        return out

    @staticmethod
    def _subject_or_frame(c: Token) -> bool:
        if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl:subj"):
            return True
        subj = next((s for s in c.head.children if s.dep_ in ("nsubj", "nsubj:pass")), None)
        return c.dep_.startswith("obl") and c.head.pos_ in ("VERB", "AUX") and subj is not None and c.i < subj.i

    def _previous_topic(self, tok: Token, source: list[str]) -> list[str]:
        """The subject of the sentence before in the body: the topic an act with no stated recipient
        answers (« X a testé un missile. Le Conseil avait interdit de tels essais »). A fragment with no verb
        the parser cut off (« Le quotidien X » before « rapporte … ») is part of the sentence, not the one before."""
        start = self.sent(tok).start
        for _ in range(3):
            if start == 0 or self.doc[start - 1].idx < self.body_start:
                return []       # the headline restates the lead, it sets no topic before it
            prev = self.sent(self.doc[start - 1])
            root = prev.root
            if self.pos_at[root.i] in ("VERB", "AUX") or any(c.dep_ == "cop" for c in self.children_of(root)):
                break
            start = prev.start
        else:
            return []
        subj = [c for c in self.children_of(root) if c.dep_ in ("nsubj", "nsubj:pass")]
        ids = self.phrase_entities(subj[0]) if subj else []
        if not ids and subj and subj[0].dep_ == "nsubj:pass":
            # « une vidéo a été diffusée par les autorités de X »: the agent is who acted, the thing is no actor
            ids = self.agent(root)
        ok = [x for x in ids if self._recipient_ok(x, source)]
        return ok if len(ok) == len(ids) else []
