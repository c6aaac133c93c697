"""One `EventRun` per Doc runs the stages in order — triggers, arguments, the no-event filters (no_event.py), typing
adjustments, modality and attribution, dates — then merges the tellings into events (the spaCy component that calls
it: component.py)."""
from __future__ import annotations

from dataclasses import replace

from veille.model import Event
from veille.nlp.events.actors import ActorResolver
from veille.nlp.events.arguments import ArgumentFinder
from veille.nlp.events.claims import AttackClaims
from veille.nlp.events.dating import EventDating
from veille.nlp.events.document import EventDoc
from veille.nlp.events.dyads import DyadReader
from veille.nlp.events.implicit import ImplicitActors
from veille.nlp.events.judged import JudgedReader
from veille.nlp.events.lexicon import _norm
from veille.nlp.events.means import HelpAsMeans
from veille.nlp.events.measures import MeasureReader
from veille.nlp.events.merging import FoundEvent, merge_tellings, to_events
from veille.nlp.events.modality import Modality
from veille.nlp.events.no_event import FORCE, NoEventFilters
from veille.nlp.events.outcomes import AttackOutcomes
from veille.nlp.events.places import AttackedPlaces
from veille.nlp.events.protests import ProtestReader
from veille.nlp.events.quoted_acts import QuotedActs
from veille.nlp.events.recipients import RecipientReader
from veille.nlp.events.topics import TopicReader
from veille.nlp.events.triggers import TriggerFinder
from veille.nlp.events.verbforms import VerbForms


# speech acts whose recipient the quoted words may name
SPEECH_TARGETED = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT")


class EventRun(NoEventFilters, TriggerFinder, ArgumentFinder, JudgedReader, ImplicitActors, AttackClaims,
               AttackOutcomes, ActorResolver, RecipientReader, HelpAsMeans, ProtestReader, AttackedPlaces,
               TopicReader, DyadReader, MeasureReader, QuotedActs, Modality, EventDating, VerbForms, EventDoc):
    """The events of one Doc: each stage is a mixin over the shared article state of `EventDoc`."""

    def run(self) -> list[Event]:
        """Triggers → arguments → the no-event filters → type → flags and date, one found event per trigger, then
        one event per telling."""
        found: list[FoundEvent] = []
        found_at: dict[int, FoundEvent] = {}
        authorless: list = []       # acts told done to someone by no one named (dyads.dyad_authored)
        for trig in self.find_triggers():
            if self._not_an_act(trig):
                continue
            trig, source, target = self._arguments(trig)
            sides = self._settled(trig, source, target)
            if sides is None:
                if target and not source:
                    authorless.append((trig, target))
                continue
            source, target = sides
            typ, mode = self._typed(trig, source, target)
            if typ is None:
                continue        # « un rassemblement des groupes armés »: no civilian protest, no event
            target = self.protested_site(trig, typ, mode, source, target)     # « devant la préfecture » (protests.py)
            if typ == "COERCE" and trig.kind == "verb" and trig.lemma in self.lex.holding_verbs and \
                    self.described_state(trig.tok):
                continue        # « l'armée X, qui occupe la ville », once the force reading is known
            event = self._found(trig, typ, mode, source, target)
            if event is not None:
                found.append(event)
                found_at[trig.tok.i] = event
        found = self.outcome_authors(self.attach_claims(found, found_at), found_at)
        found = self.protest_purposes(found, found_at)
        self.answered_protests(found, found_at)
        self.war_captures(found, found_at)
        self.opposing_sides(found)
        self.uncited_recipients(found)
        merged = merge_tellings(found, self.lead_end, self.role_sector, self._description)
        self.topic_recipients(merged)
        self.dyad_sides(merged)
        merged += self.dyad_authored(authorless, merged)
        return to_events(merged, self.text, self.offset)

    def _arguments(self, trig):
        """(trigger, source, target) as the clause tells them; a speech act's actor is its quote's speaker."""
        if trig.kind == "fault":
            source, target = self.fault_arguments(trig)
        elif trig.kind == "verb":
            source, target = self.verb_arguments(trig)
            if not source and not self.is_passive(trig.tok):
                source = self.event_noun_subject(trig)
            if trig.mode == "release":
                trig, source, target = self.release_sides(trig, source, target)
            trig, target = self.place_cleared(trig, source, target)
        else:
            source, target = self.noun_arguments(trig)
            if not target:
                target = self.damaged_things(trig)     # « des dégâts ont été commis sur les véhicules » (places.py)
            # (a locution's protest sense, « appel à la grève », « violences urbaines », is not the bare word's; a
            # sense that names no form of protest, no PLOVER mode — « la fronde », « la contestation », dissent
            # — adds nothing to the word's first reading, a criticism or a refusal, and « des frondes » are slings)
            protest = [r for r in self.lex.nouns.get(trig.lemma, ()) if r["type"] == "PROTEST" and (
                trig.type == "MOBILIZE" or not r.get("locution") and r.get("mode"))]
            if not source and not target and trig.type != "PROTEST" and protest:
                # « le quatrième samedi de mobilisation », « le défilé », « des points de blocage ont été recensés »:
                # a word for both another act (a military one, a veto: CAMEO 120) and a civil one (CAMEO 14x) names
                # the protest when protesters are told near it and no one else does it (its protest reading's mode)
                protesters = self.protesters_near(trig.tok, emblems=True)
                if protesters:
                    mode = "demo" if trig.type == "MOBILIZE" else protest[0].get("mode")
                    trig, source = replace(trig, type="PROTEST", mode=mode), protesters
            elif source and not target and trig.type != "PROTEST" and protest and self.civilian_side(source, ""):
                # « les étudiants ont voté la reconduction du blocage »: civilians' blockade, no veto (CAMEO 144);
                # its actor named, it is the act itself, needing no recipient
                entry = {k: v for k, v in protest[0].items() if k != "needs_both_sides"}
                trig = replace(trig, type="PROTEST", mode=protest[0].get("mode"), entry=entry)
            wanter = self.wanting_subject(trig.tok)
            if wanter:
                # « X souhaite des excuses de la part de Y »: X asks for the act, of whoever is to do it
                trig = replace(trig, type="REQUEST", mode=None)
                source, target = wanter, [x for x in (source or target) if x not in wanter]
        if trig.entry.get("device"):     # (where a device exploded is no recipient: implicit.blast_targets)
            target = [x for x in target if self.ent_type(x) not in ("GPE", "LOC")] or [
                x for x in self.blast_targets(trig) if x not in source]
        if trig.type == "ASSAULT" and not target and not trig.entry.get("reciprocal") and (
                source or self.authorless_outcome(trig)):
            # « a ouvert le feu dans un cinéma »: with no one hit named, those the sentence says died, else the
            # facility attacked (places.py); an act told with no actor keeps none
            target = [x for x in self.casualties(trig) or self.attacked_places(trig) if x not in source]
        elif trig.type == "COERCE" and not target and (source or self.procedure_told(trig)):
            # « au domicile de X »; a search told by no one named too (« la perquisition du logement de X a permis … »)
            target = [x for x in self.searched_owner(trig) if x not in source]
        cue_of = self.cue_quotes.get(trig.tok.i) if trig.kind == "verb" else None
        if cue_of is not None and not self.is_passive(trig.tok):
            # a speech act: its actor is the speaker the quote stage resolved (one resolver for both), its
            # recipient the verb's object, else the one actor its words name
            target = [t for t in target if t != cue_of.speaker] or (
                self.named_in_quote(cue_of) if trig.type in SPEECH_TARGETED else [])
            source = [cue_of.speaker]
        if trig.type == "REJECT" and not target:
            target = [x for x in self.demand_author(trig) if x not in source]
        if not target and trig.mode == "strike":
            target = self.employer(trig, source)     # « les salariés de X font grève »: aimed at X
        # (a term of reproach is no name, even when a one-word quotation made it a mention of its speaker)
        own_name = None if trig.entry.get("self_actor") or trig.kind == "fault" else self.entity_of(trig.tok)
        # « les accords de Matignon »: the event's name is no actor
        source = [x for x in source if x != own_name and (self.ents.get(x) is None or self.ents[x].type != "LOC")]
        target = [x for x in target if x != own_name]
        return trig, source, target

    def _settled(self, trig, source: list, target: list):
        """The sides of the act once implicit actors are read (the police for an arrest, the operation told
        before) and the sides of a reciprocal act joined; None when what is left is no political event."""
        if source and all(self.place_only(x, trig.tok) for x in source) and not self._anaphoric_subject(trig.tok):
            source = []         # « l'explosion a tué sept personnes au Pakistan »: a country named only as where the
            #                     act happened did not do it (French « à / en + lieu », as for a meeting's place); « ce
            #                     pays », « il » name it again as the subject
        if trig.kind == "verb" and not source and not self.is_passive(trig.tok) and not (
                trig.type in FORCE and target and self.after_agentless_passive(trig.tok)) and \
                not self.authorless_outcome(trig) and not self.indefinite_charge(trig) and \
                not trig.entry.get("subject_undergoes") and not self.site_destroyed(trig, source, target):
            return None         # an active verb whose subject we cannot name (but « une bombe a explosé » names a
            #                     device, its author is read from the claims; « un incendie a détruit la tente »
            #                     near strikers, by no one named): better no event than a wrong one
        if (trig.entry.get("obj_only_actor") or trig.entry.get("needs_target")) and not target and \
                not self.civil_protest(trig, source) and not (trig.entry.get("judged_act") and self.judged_act(trig.tok)):
            return None         # (an act praised stands for its authors, named or not: « X ont été saluées par Y »)
        source = [s for s in source if s]
        # a country can be actor and recipient (« l'armée turque a pris le pouvoir en Turquie »); sides acting on each
        # other are both (« X et Y se sont opposés », `mutual`)
        if not (target and set(target) == set(source) and trig.kind == "verb" and self.mutual(trig.tok, source,
                                                                                          trig.entry)):
            target = [t for t in target if t and t not in source] or [t for t in target if self.ent_type(t) == "GPE"]
        if trig.type == "CONSULT" and any(self.is_outlet(x) for x in source + target):
            return None         # « en entrevue avec BFM TV »: an interview given to the press is no consultation
        if trig.entry.get("reciprocal"):     # « se sont réunis place de la République »: a place meets no one
            target = [t for t in target if self.ent_type(t) != "LOC"]
            # nor does a country named only by where the meeting was (« réunis à Paris »: French « à + lieu »)
            source, target = ([x for x in side if not self.place_only(x, trig.tok)] for side in (source, target))
        if trig.entry.get("reciprocal") and (len(source) + len(target) >= 2):
            # both sides of a meeting, an agreement or a fight are actor and recipient
            both = list(dict.fromkeys(source + target))
            source, target = both, list(both)
        # « du gaz lacrymogène a été employé »: a noun of force as a passive subject is told in the passive too
        passive = self.is_passive(trig.tok) if trig.kind == "verb" else (
            self.passive_verb(trig.tok) is not None or self.undergone_state(trig)     # « X est en détention »
            or self.undergone_frame(trig, target))      # « X a fait l'objet d'une attaque »
        if passive and trig.kind == "verb" and trig.type in FORCE and self.negated(trig.tok) and \
                not self.agent(trig.tok):
            return None         # « il n'a pas été blessé »: the victim's state, no act of anyone (no one to infer)
        # (crowd control is done to a crowd: with no recipient told, the protesters around, read from context)
        # (an arrest noun is the police's as its passive is: « l'interpellation de trois hommes » is « trois hommes
        # ont été interpellés »; a noun of crowd control names its weapon, « le gaz », more often than an act)
        if not source and not target and trig.mode == "arrest" and (passive or trig.kind == "noun"):
            target = self.crowd_controlled(trig, [])    # « 7 ont été placés en garde à vue » near protesters
        blockade = self.blockaders(trig) if not source and passive and trig.kind == "verb" else None
        if blockade is not None:
            source, target = blockade   # « le dépôt est bloqué » near protesters: their blockade (civil_retype)
        elif not source and (target or trig.mode == "crowd-control") and trig.type in FORCE and (
                passive or trig.kind == "noun" and trig.mode == "arrest" and target):
            source = self.implicit_force_actor(trig, target)
        elif not source and target and trig.type == "PROTEST" and passive and trig.kind == "verb":
            source = [x for x in self.rioters(trig) if x not in target]     # « une boutique a été pillée » after them
        elif not source and target and trig.type == "MOBILIZE" and passive and trig.kind == "verb":
            if (moved := self.forces_moved(trig.tok, target)) is None:
                return None
            source, target = moved
        elif not source and target and trig.mode == "convict" and trig.kind == "verb" and self.is_passive(trig.tok) \
                and not trig.entry.get("needs_both_sides"):     # (an unchecked word's subject may be no convict)
            source = self.court_near(trig.tok, target)
        elif not source and target and trig.entry.get("subject_undergoes"):
            source = self.court_near(trig.tok, target)      # « X a comparu pour fraude »: before the court named near
        if not target and trig.type == "AID":
            target = self.relief_area(trig, source)     # « l'agence coordonne les secours »: to the place struck
        if not source and self.authorless_outcome(trig):
            self.awaiting_author.add(trig.tok.i)    # « une fusillade a éclaté »: its author is read once the claims
            if not target:                          # are known (implicit.outcome_authors)
                return source, target
        if self._no_event(trig, source, target, passive):
            return None
        return source, target

    def _anaphoric_subject(self, tok) -> bool:
        """The verb's subject is a pronoun or a noun that names an entity told before (« ce pays », « il »)."""
        return any(c.dep_ in ("nsubj", "nsubj:pass") and (c.pos_ == "PRON" or _norm(c.lemma_) in self.lex.anaphoric_nouns)
                   for c in self.children_of(tok))

    def civil_protest(self, trig, source: list) -> bool:
        """« des grévistes ont occupé l'usine », « des étudiants bloquent l'université »: a protest act (a sit-in, a
        blockade, CAMEO 144) done by protesters or civilians to a place or building needs no recipient."""
        return trig.type == "PROTEST" and trig.kind == "verb" and bool(source) and self.protesting_side(source) and \
            any(c.dep_ == "obj" and self.pos_at[c.i] == "NOUN" for c in self.children_of(trig.tok))

    def own_move(self, trig, source: list, target: list) -> bool:
        """« les rebelles se sont repliés », « des manifestants ont défilé »: forces withdrawing or deploying,
        protesters demonstrating, act on no one (`one_sided_acts`): with no recipient told, their actor suffices."""
        kind = self.lex.one_sided_acts.get(trig.type)
        return kind is not None and bool(source) and not target and all(
            self.armed(x) if kind == "armed" else x in self.protesters for x in source)

    def _typed(self, trig, source: list, target: list) -> tuple:
        """The act's type and mode as the sentence tells them: a gathering of protesters, a promise of violence, a
        retaliation announced, civilians' acts, the way a meeting is held."""
        tok = trig.tok
        typ, mode = trig.type, trig.mode
        if typ == "CONSULT" and source and set(source) == set(target or source) and \
                all(x in self.protesters for x in source):
            typ, mode = "PROTEST", "demo"     # « les manifestants se sont réunis place X »: a gathering
        if typ == "AGREE" and trig.lemma in self.lex.threat_intent and any(t.type in self.lex.threat_content for i, t in self.trigger_at.items()
                                  if self.doc[i].head.i == tok.i and self.doc[i].dep_ in ("xcomp", "obj", "ccomp")):
            typ, mode = "THREATEN", None      # « promet de riposter »: a promise of violence is a threat
        if trig.entry.get("announced_threat") and any(
                {"Fut", "Cnd"} & set(self.morph_of(t, "Tense") + self.morph_of(t, "Mood"))
                for t in [tok] + [c for c in self.children_of(tok) if c.dep_.startswith("aux")]):
            typ, mode = "THREATEN", "violence"    # « si son pays est attaqué, il ripostera »: said, not done
        words = " ".join((trig.lemma, *trig.entry.get("locution", ())))     # a locution: « prendre à partie »
        if typ == "ASSAULT" and (trig.lemma in self.lex.verbal_attack_words or words in self.lex.speaker_verbal_words) \
                and self.verbal_attack(tok, source, target, any_recipient=words in self.lex.speaker_verbal_words):
            typ, mode = "ACCUSE", "disapprove"     # « X attaque Y sur ses propos »: a criticism (CAMEO 111)
        if typ == "ACCUSE" and trig.entry.get("clitic") and self.physical_cue_in(tok) and any(
                r["type"] == "ASSAULT" and r.get("clitic") == trig.entry["clitic"] for r in self._readings(trig)):
            typ, mode = "ASSAULT", None     # « s'en prendre à une passante au couteau »: CAMEO 180, not words
        if typ in self.lex.civil_retype and source and self.civilian_side(source, typ):
            own = next((r for r in self._readings(trig) if r["type"] == "PROTEST" and not r.get("locution")), None)
            typ, mode = ("PROTEST", own.get("mode")) if own is not None else self.lex.civil_retype[typ]
        if typ == "PROTEST" and source and all(self.armed(x) or mode == "obstruct" and trig.kind == "verb" and
                                               self.state_or_armed(x) for x in source):
            # « l'armée X occupe la ville »: armed forces doing what the word's force reading tells occupy a
            # territory (CAMEO 192), they hold no sit-in (144); a word with no such reading stays a protest; a
            # site the state blocks is its blockade (CAMEO 191), not an obstruction by protesters (144)
            force = next((r for r in self._readings(trig) if r["type"] in FORCE and not r.get("locution")), None)
            if force is not None:
                typ, mode = force["type"], force.get("mode")
        if typ == "PROTEST" and trig.kind == "noun" and source and all(self.state_or_armed(x) for x in source):
            # PLOVER: protests are civilians' collective acts; a state's « protestations » are diplomatic (ACCUSE
            # disapprove), a « rassemblement » of armed groups is no demonstration, a state's « grève » a misread place
            if mode is None and not any(self.armed(x) for x in source):
                typ, mode = "ACCUSE", "disapprove"
            else:
                typ, mode = None, None
        if self.material_help(trig, source, target):
            typ, mode = "AID", None     # « l'armée avance avec l'appui de X »: military assistance (PLOVER AID)
        if typ == "CONSULT" and mode is None:
            mode = next((self.lex.mode_cues[_norm(c.lemma_)] for c in tok.subtree
                         if _norm(c.lemma_) in self.lex.mode_cues and abs(c.i - tok.i) <= 6), None)
        return typ, mode

    def answers_assailants(self, typ: str, source: list, target: list) -> bool:
        """« deux hommes ont attaqué l'ambassade ; les gendarmes ont riposté, abattant les assaillants »: force done
        only to those who attacked first, by a side that had not attacked, answers the attack; « condamne
        l'attentat », « l'attaque a fait dix morts » retell the attack, not the answer (`last_by_type`)."""
        if typ != "ASSAULT" or not target or any(x in self.assailants for x in source):
            return False
        # (« les assaillants », « le tireur »: those an agent noun of attack names, `attacker_nouns`, attacked too)
        nouns = self.lex.attacker_nouns - self.lex.attacker_labels
        named = {self.midx.get(i) for i in self.where_words(lemma=lambda w: w in nouns, key="attacker_nouns")}
        return all(x in self.assailants or x in named for x in target)

    def _readings(self, trig) -> list:
        return (self.lex.verbs if trig.kind == "verb" else self.lex.nouns).get(trig.lemma, [])

    def verbal_attack(self, tok, source: list, target: list, any_recipient: bool = False) -> bool:
        """An attack between named persons or political bodies with no weapon, wound or armed actor in the sentence
        is told in words (« X attaque Y sur ses réflexions »); a physical attack names one of them. A word mostly
        said of words (`speaker_verbal_words`) is so whoever its unarmed recipient."""
        def speaker(x, named_person: bool) -> bool:
            ent = self.ents.get(x)
            if ent is None or self._description(x) or ent.sector in self.lex.armed_sectors:
                return False
            return (named_person and ent.type == "PER") or (ent.type == "ORG" and ent.sector in self.lex.political_sectors)
        if not source or not all(speaker(x, True) for x in source) or not all(
                speaker(x, True) or any_recipient and not self.armed(x) for x in target):
            return False
        return not self.physical_cue_in(tok)

    def physical_cue_in(self, tok) -> bool:
        """A weapon, a blow, a wound or a harm told in the trigger's sentence."""
        cues = self.lex.physical_attack_cues | self.lex.harm_words
        return any(_norm(t.lemma_) in cues or _norm(t.text) in cues for t in self.sent(tok))

    def _found(self, trig, typ: str, mode, source: list, target: list) -> FoundEvent | None:
        """The event with its attribution, flags, date and confidence (None: an act with no actor in speech)."""
        tok = trig.tok
        qid, attributed = self.attribution(tok)
        q = self.quotes.get(qid) if qid else None
        if not source and q is not None and q.kind == "direct":
            return None         # « ce serait mener une attaque contre nous »: in speech, an act with no actor
        value, dtext, explicit = self.date_for(tok)
        s = self.sent(tok)
        # a place protesters occupy or block (« bloquent le port de Lorcy ») is no side, and the clause having told
        # what the act was done to, no recipient is looked for elsewhere either
        place_only = bool(target) and all(self.protest_place(typ, x) for x in target)
        target = [x for x in target if not self.protest_place(typ, x)]
        conf = 0.4 + (0.25 if source else 0) + (0.2 if target else 0) + (0.1 if trig.kind == "verb" else 0)
        # a denied evaluative word (« n'est pas illégal ») already turned the judgement round (triggers.py)
        neg = self.negated(tok) and not (trig.kind == "fault" and self.evaluative(trig.lemma))
        hyp = self.hypothetical(tok, typ, trig.lemma)
        if (neg or hyp) and (said := self.quoted_reading(trig, typ, source, target, neg, hyp)) is not None:
            trig, typ, mode, source, target, neg, hyp = *said, False, False     # « nous ne céderons pas » (quoted_acts.py)
        # (a reaction, « ce qui a indigné X », is no act that « cette décision » after it retells)
        # (nor is the unknown author of an act a speaker names, « il s'agit d'une attaque lâche », the speaker's
        # nearest dealing)
        own_words = bool(trig.entry.get("own_words"))     # (quoted_acts.py: addressed to no one else named)
        context = [] if target or place_only or own_words or "act_named" in trig.entry else [
            x for x in self.context_recipient(trig, source) if not self.protest_place(typ, x)]
        answer = self.answers_assailants(typ, source, target or context)
        if source and not neg and not hyp and not trig.entry.get("experiencer_object"):
            if not answer:
                self.last_by_type[typ] = source
            self.last_by_type["*"] = source     # "*": the last act of any type
            if trig.kind == "verb" and (trig.lemma, typ) in self.lex.speech_acts:
                self.last_speech = (tok.i, source)     # words its author said (judged.words_author)
            if typ in ("ACCUSE", "REJECT") and target:
                self.last_judged = (tok.i, target)     # whose words were blamed or denied (judged.words_author)
            if typ in FORCE and not self.is_passive(tok):
                self.operations.append((tok.i, typ, source))
            if typ == "PROTEST" and target:
                self.protest_aims.append((tok.i, target))      # whom a movement protests against (protests.py)
        if typ == "ASSAULT" and not neg and not hyp:
            self.harmed.update(target)
            self.assailants.update(() if answer else source)
        return FoundEvent(
            type=typ, mode=mode, source=source, target=target, trigger=self.trigger_span(trig),
            context_target=context,
            context_closed=not target and (place_only or own_words or self.context_closed(trig)), answers=answer,
            sentence=(s.start_char, s.end_char), date=value, date_text=dtext, date_explicit=explicit,
            quote=qid, attributed_to=attributed, negated=neg, hypothetical=hyp,
            confidence=round(min(conf, 0.95), 2), in_title=tok.idx < self.body_start, lemma=trig.lemma,
            cameo=trig.entry.get("cameo") or "", carrier=bool(trig.entry.get("carrier")),
            retelling=trig.kind == "noun" and self.retold_noun(tok), kind=trig.kind,
            sentence_rank=self._sentence_numbers[self._sent_bounds[tok.i][0]],
            entry=self.chronicle_entry(tok),
            place=self.occurrence_place(tok, source + target), again=self.told_again(trig),
        )
