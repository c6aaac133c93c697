"""What tells no political event: a trigger that is no act of its own (the content of another, a kind of thing, a
vote, a state described), and the sides that leave no act (no one named, a private person's everyday act, a match, an
accident, an unarmed force). A mixin of `EventRun` (extractor.py), asked by its argument stage."""
from __future__ import annotations

from spacy.tokens import Token

from veille.nlp.events.lexicon import VERBAL_TYPES, _norm
from veille.nlp.extensions import morph_values

# acts that exist only towards a recipient (PLOVER's summary table, « Requires recipient: Yes »: material aid and a
# cooperation, whose benefit goes to the recipient or to both sides): « X a pleinement coopéré », « l'alliance
# des centristes » with no partner named tell no cooperation. (A sanction's recipient is often read later, from
# the context: left out.)
RECIPIENT_NEEDED = ("AID", "COOPERATE")
# acts of force, whose agentless passives may continue an operation just told
FORCE = ("ASSAULT", "COERCE")
YIELDING = ("CONCEDE", "RETREAT")      # CAMEO 08: giving up a race is an act, no election (`is_vote`)


class NoEventFilters:
    """Mixin of `EventRun`: reads `EventDoc` and the readers of the other mixins."""

    def _not_an_act(self, trig) -> bool:
        """A trigger that tells no act of its own: the content of another, a noun the verb's event already tells, a
        vote, protesters acted upon."""
        if self.is_content(trig):
            return True
        if trig.kind == "verb" and trig.tok.i in self.claims:
            return True         # « revendiquer l'attaque », « se réclamer de X »: a claim names an attack's actor
        head_trig = self.trigger_at.get(trig.tok.head.i) if trig.tok.head.i != trig.tok.i else None
        if trig.kind == "noun" and head_trig is not None and self.occurrence_verb(trig.tok) is None and (
                trig.tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent") or head_trig.type == trig.type):
            return True         # « un bombardement blesse … », « tué par un tir », « lancer une offensive »: the
            #                     verb tells the event
        if trig.kind == "noun" and head_trig is not None and trig.tok.dep_ in ("obj", "nmod") and \
                self.halted_relation(head_trig, trig.tok):
            return True         # « couper tout dialogue avec X », « la cessation de sa coopération »: the relation
            #                     ended is the act's object, not a meeting or a cooperation of its own
        if trig.kind == "noun" and self.classifying(trig.tok):
            return True         # « un avion de combat », « un centre de détention »: a kind of thing, no act
        if trig.kind == "verb" and (self.retold_epithet(trig.tok) if trig.type in FORCE else self.bare_epithet(trig.tok)):
            return True         # « les contrats aidés »: a kind of thing; « les personnes tuées »: victims retold
        if trig.kind == "verb" and trig.type == "COERCE" and trig.lemma in self.lex.holding_verbs and \
                self.described_state(trig.tok):
            return True         # « les FDS, qui contrôlent le nord du pays »: who they are, not what they did
        if trig.kind == "verb" and self.describes_referents(trig.tok, trig.type, trig.lemma in self.lex.stance_verbs):
            return True         # « les partis qui soutiennent X », « les personnes refusant X »: who they are
        if trig.kind == "verb" and trig.lemma in self.lex.state_participles and self.state_passive(trig.tok):
            return True         # « les passants étaient désarmés »: unarmed, a state, no one disarmed them
        if trig.kind == "verb" and trig.lemma in self.lex.lasting_participles and \
                self.lasting_state(trig.tok, self.lex.lasting_participles[trig.lemma]):
            return True         # « 500 soldats sont toujours déployés », « les otages détenus par X »: a state that
            #                     lasts, the act that left it is not told here
        if trig.kind == "noun" and self.case_of(trig.tok) in self.lex.on_demand_nouns.get(trig.lemma, ()) and not any(
                c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms or "Yes" in self.morph_of(c, "Poss")
                for c in self.children_of(trig.tok)):
            return True         # « une vidéo à la demande », « livré sur demande »: an adverb, no one asks
        if self.adopts_act(trig):
            return True         # « la chambre a approuvé la destitution de X »: the destitution is the event
        if trig.kind == "verb" and self.is_vote(trig.tok, yielding=trig.type in YIELDING):
            return True         # « annoncent un référendum », « approuve l'indépendance à 92,7 % »: elections
        if trig.kind == "verb" and trig.type in VERBAL_TYPES and self.counted_opinion(trig.tok):
            return True         # « selon un sondage, 68 % des électeurs soutiennent X »: opinions counted
        if trig.type == "AGREE" and any((c.dep_ in ("amod", "nmod") or c.dep_.startswith("obl")) and (
                _norm(c.lemma_) in self.lex.campaign_words or _norm(c.lemma_) in self.lex.election_nouns)
                for c in self.children_of(trig.tok)):
            return True         # « ses promesses électorales »: a programme offered to voters, election content
        # « la police a arrêté des manifestants »: they are the ones acted upon here; « un manifestant a été
        # blessé »: one protester is no demonstration (a protest is a crowd's act), whatever happens to him
        return bool(trig.entry.get("self_actor") and (
            self._patient_of_trigger(trig.tok) or "Sing" in self.morph_of(trig.tok, "Number")))

    def _no_event(self, trig, source: list, target: list, passive: bool = False) -> bool:
        """What the sides say of the act: no political event when …"""
        undergone = self.decision_undergone(trig, source, target) or (
            not source and bool(target) and trig.entry.get("subject_undergoes")) or (
            not source and self.undergone_frame(trig, target)) or \
            self.property_undergone(trig, source, target)     # « X a fait l'objet d'une enquête », « X a été pillé »
        told = not source and self.procedure_told(trig)     # « une enquête a été ouverte »: by no one named
        undergone = undergone or told
        if trig.entry.get("needs_both_sides") and not (source and target) and not self.civil_protest(trig, source) \
                and not undergone and not self.own_move(trig, source, target):
            return True         # an unchecked lexicon word: only « X does it to Y » is the political act
        if trig.type == "SUPPORT" and trig.entry.get("agentless") and self.field_prize(trig.tok):
            return True         # « le prix Nobel de chimie a été décerné à X »: a scholar's honour, no endorsement
        charged = not source and self.agentless_charge(trig, target)
        if trig.entry.get("cameo") and not source and not undergone and not charged and not (
                passive and target and trig.type in FORCE and trig.kind == "noun"):
            return True         # nor, for an unchecked locution, an act no one is said to do (a passive says it
            #                     was done to its recipient)
        if not source and not target and not told:
            return True
        if trig.kind == "noun" and not target and trig.type not in FORCE and trig.type != "PROTEST" and source and \
                all(self.private_person(x) for x in source):
            return True         # « les demandes des personnes », « à leur sortie du dôme »: unnamed private persons'
            #                     everyday act towards no one
        if self.sports_article and trig.type != "PROTEST" and trig.lemma not in self.lex.harm_words and \
                not self.state_actor_in(source + target):
            return True         # « en battant X en finale », « a cédé son titre »: a match, not a political act
        if trig.entry.get("armed_actor") and source and not any(
                self.armed_as(trig.entry["armed_actor"], x) for x in source):
            return True         # « trois experts interdits d'entrer sur le territoire »: crossing is no invasion;
            #                     « la Lorcanie avance dans les négociations »: only forces advance (« forces »);
            #                     « les policiers ont pénétré dans l'immeuble » search it (« fighting »)
        if trig.type == "MOBILIZE" and trig.lemma in self.lex.intervening_verbs and any(
                c.dep_ in ("conj", "advcl", "xcomp") and self.pos_at[c.i] == "VERB" and c.i > trig.tok.i and not any(
                    g.dep_.startswith("nsubj") for g in self.children_of(c)) for c in self.children_of(trig.tok)):
            return True         # « des soldats sont intervenus et ont repoussé les assaillants », « … pour arrêter
            #                     l'attaque »: what the forces did once there is told by a verb of their own, that act
            #                     is the event (PLOVER: a MOBILIZE in the context of an ASSAULT is not coded apart)
        if trig.entry.get("protesters_only") and (not (source and self.protesting_side(source)) or
                                                  self.state_actor_in(source)):
            return True         # « les gendarmes sont entrés dans la rue »: a move, no sit-in (only protesters' is one;
            #                     the police, even when it protested elsewhere in the story, move as the police)
        if trig.type == "RETREAT" and trig.lemma in self.lex.civilian_moves and source and all(
                self.ents.get(x) is not None and self.ents[x].sector in self.lex.non_withdrawing_sectors for x in source):
            return True         # « la police a évacué l'immeuble »: a place cleared, no withdrawal of the police
        if trig.mode in self.lex.collective_modes and source and all(self.ent_type(x) == "PER" for x in source) and (
                trig.mode != "demo" or self.named_persons(source, trig.tok) and not self.protesters_near(trig.tok)):
            return True         # « il est entré en cassant une vitre »: one named person's damage is no riot; « la
            #                     chanteuse X a défilé sur le podium du gala », with no protesters told: no demonstration
        destroyed = self.site_destroyed(trig, source, target)     # a fire as cause, by no one named (places.py)
        if trig.type in FORCE and (source and all(self.unarmed(x) for x in source) or
                                   trig.kind == "verb" and self.natural_agent(trig.tok) and not destroyed):
            return True         # « la sonde avait ciblé une région », « la tempête a frappé la côte »: no force
        if trig.type in RECIPIENT_NEEDED and not target:
            return True         # « un programme financé par le gouvernement »: aid is given to someone
        if source:
            return False
        if passive and trig.kind == "verb" and trig.lemma in self.lex.harm_words and self.accident_told(trig.tok):
            return True         # « sept personnes ont été tuées » under « accident de tramway »: no one's force
        if target and all(self.ent_type(x) == "LOC" for x in target):
            return True         # « la sortie de l'A9 », « les entrées d'Orange sont interdites »: a place alone
        if trig.kind == "verb" and self.is_passive(trig.tok) and self.agent_is_a_thing(trig.tok) and not destroyed:
            return True
        if charged:
            return False        # « X, accusée de corruption », « ils sont soupçonnés de … », « on lui reproche … »,
            #                     « X a été mis en examen »: accused, by no one named
        if trig.type in ("ACCUSE", "REJECT") and target and self.measure_judged_in_passive(trig.tok):
            return False        # « cette mesure a été critiquée »: judged by no one named, its author still judged
        if undergone:
            return False        # « X a été recalé »: rejected by no one named, X still rejected (and « X est visé
            #                     par une enquête », undergone: nominal.undergoer)
        if trig.type in VERBAL_TYPES:
            return True         # « tenu pour responsable »: a claim with no claimant is no event
        # « les sorties des listes de Pôle emploi »: a noun with no one doing it is no act
        return trig.kind == "noun" and trig.type not in FORCE

    def _patient_of_trigger(self, tok: Token) -> bool:
        if tok.dep_ in ("nsubj", "nsubj:pass") and _norm(tok.head.lemma_) in self.lex.casualty_words:
            return True     # « une manifestante est décédée », « deux manifestants ont été blessés »: what befell them
        h = tok
        for _ in range(2):
            if h.dep_ not in ("obj", "nsubj:pass", "nmod", "obl:arg") or h.head.i == h.i:
                return False
            h = h.head
            if h.i in self.trigger_at:
                return True
        return False

    def decision_undergone(self, trig, source: list, target: list) -> bool:
        """« Plusieurs candidats ont été recalés », « X a été radié de la liste »: a decision an authority takes on
        someone (`agentless_decision_types`), or an honour (readings marked `agentless`: « X a été décoré »), told
        in the passive with « être » and no agent; the passive's subject, an actor, undergoes it by no one named
        (PLOVER codes the act with an empty actor); a thing given (« le prix lui a été décerné ») leaves its
        recipient to the reading's preposition."""
        tok = trig.tok
        if source or not target or trig.kind != "verb" or not (
                trig.type in self.lex.agentless_decision_types or trig.entry.get("agentless") or
                self.harm_to_person(trig)) or \
                not self.is_passive(tok) or not any(c.dep_ in ("aux:pass", "cop") for c in self.children_of(tok)):
            return False
        patient = [x for c in self.children_of(tok)
                   if c.dep_ == "nsubj:pass" or (c.dep_ == "nsubj" and self.passive_auxiliary(tok))
                   for x in self.phrase_entities(c)] or (
            target if tok.dep_ == "conj" else [])     # « X est devenu un héros et a été décoré »: X's
        given = trig.entry.get("obj") == "none" and trig.entry.get("prep")
        # (a verb of harm to a person is not done to a place or a state: « à Lorcy, capitale de la Lorcanie, … le
        # ministre a été agressé », the town misparsed as the passive's subject)
        places = ("LOC", "MISC", "GPE") if self.harm_to_person(trig) else ("LOC", "MISC")
        return (bool(patient) and set(target) <= set(patient) or bool(given)) and \
            all(self.ent_type(x) not in places for x in target)

    def harm_to_person(self, trig) -> bool:
        """A verb of harm that selects a living person (`person_harm_verbs`: « agresser », « molester », « gifler »,
        « passer à tabac »): its agentless passive (« deux gendarmes ont été agressés ») tells an assault undergone
        by its subject, by no one named, an unchecked lexicon word too (PLOVER codes it with an empty actor)."""
        return trig.type == "ASSAULT" and bool(
            self.lex.person_harm_verbs & {trig.lemma, *trig.entry.get("locution", ())})

    def classifying(self, tok) -> bool:
        """An act noun with no determiner, singular, as the « de » complement of a noun of things, places or groups
        (« avion de combat », « fusil d'assaut », « centre de détention »): it says what kind of thing that is."""
        head = tok.head
        return tok.dep_ == "nmod" and head.i < tok.i and _norm(head.lemma_) in self.lex.classified_heads and \
            "Plur" not in self.morph_of(tok, "Number") and self.case_of(tok) in self.lex.de_forms and \
            not any(c.dep_ == "det" for c in self.children_of(tok)) and tok.i - head.i <= 3

    @staticmethod
    def described_state(tok) -> bool:
        """A verb in a relative clause's simple present or imperfect (no auxiliary, no future or conditional): it
        describes its antecedent (« qui contrôlent le nord »), it tells no act."""
        return tok.dep_ == "acl:relcl" and not any(c.dep_.startswith("aux") for c in tok.children) and not (
            {"Fut", "Past"} & set(morph_values(tok, "Tense")) or {"Cnd", "Sub"} & set(morph_values(tok, "Mood")))
