"""Speech acts told only by what someone's words say (a quotation, a « que » clause the quote stage resolved, « selon
X »), with no speech verb of the lexicon governing them. An act of one's own side denied in one's own words is a
refusal or a denial (« nous ne céderons pas », « le collectif ne signera aucune convention », « nos avions n'ont mené aucun raid »:
CAMEO 12x, the negative counterpart of the intents of 03x; 016 deny responsibility, which the PLOVER manual allows
to code REJECT); an act another actor must do is a demand of it (« le gouvernement doit retirer ce texte », « il faut
que X … »: CAMEO 10). The speaker is the one the attribution already resolved (`Modality.attribution`), never a second
resolver; one mixin of `EventRun`, asked by the extractor for an act told negated or supposed."""
from __future__ import annotations

from dataclasses import replace

from veille.nlp.events.lexicon import _norm
from veille.nlp.extensions import morph_values

FORCE_DENIED = ("ASSAULT", "COERCE")     # acts of force a side denies having done (CAMEO 016)


class QuotedActs:
    """Mixin of `EventRun`: reads the attribution (modality.py), the verb forms, the war sides' own side and the
    nationality words (demonyms.py)."""

    def quoted_reading(self, trig, typ: str, source: list[str], target: list[str], neg: bool, hyp: bool):
        """(trigger, type, mode, source, target) of the speech act a negated or supposed act in someone's words
        tells — a refusal or a denial (`own_refusal`), a demand (`asked_act`) — else None. Its trigger's entry says
        `own_words`: addressed to whom the words name, never to someone the context or a dyad adds."""
        if not self.attribution(trig.tok)[1] or trig.kind == "fault":
            return None
        if neg and not hyp:
            return self.own_refusal(trig, typ, source, target)
        if hyp and not neg:
            return self.asked_act(trig, typ, source)
        return None

    def asked_act(self, trig, typ: str, source: list[str]):
        """« X doit retirer ce texte », « X devrait libérer les détenus », « il faut que X retire la réforme »: in
        someone's words an act whose actor is named, under a verb of obligation (`deontic_verbs`), is the speaker's
        demand of that actor (CAMEO 10, PLOVER REQUEST, its mode the one PLOVER gives the act asked). Not of the
        speaker's own side (« nous devons renforcer notre défense » commits, asks no one), not an act with a date
        (« X doit se rendre mardi à Lorcy » is a schedule), not a question, and not an act with no actor named."""
        tok = trig.tok
        modal = tok.head if tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i else None
        if modal is None or _norm(modal.lemma_) not in self.lex.deontic_verbs or not source or self.is_passive(tok) \
                or typ in ("REQUEST", "THREATEN") or self.negated(modal):
            return None
        if _norm(modal.lemma_) == "devoir" and (tok.dep_ != "xcomp" or "Inf" not in self.morph_of(tok, "VerbForm")):
            return None         # (« doit » with a clause of its own, or a participle sharing a passive's « être »)
        # the one obliged is the subject of « devoir » or of the clause « il faut que » governs, an actor named
        subj = next((c for c in self.children_of(modal if tok.dep_ == "xcomp" else tok) if c.dep_ == "nsubj"), None)
        if subj is None or not set(self.phrase_entities(subj)) & set(source):
            return None
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and self._condition_mark(m) for m in self.children_of(c))
               for c in self.children_of(modal)):
            return None         # « si l'audit révèle des irrégularités, la mairie devrait rembourser l'État »: an outcome
        said = self.attribution(tok)[1]
        own = self._own_side(said + self._speaker_named(tok)) | set(said) | set(self._own_subject(tok))
        if any(x in own for x in source) or any(c.dep_.startswith("nsubj") and _norm(c.text) in self.lex.first_person
                                                for c in [*self.children_of(tok), *self.children_of(modal)]):
            return None
        if any(t.i in self.dates for t in tok.subtree) or any(_norm(t.text) == "?" for t in self.sent(tok)):
            return None         # « doit se rendre mardi à Lorcy »: a schedule; « doit-il démissionner ? »
        mode = self.lex.refusal_modes.get(typ)      # (PLOVER's REQUEST modes are REJECT's)
        asked = replace(trig, type="REQUEST", mode=mode, entry={**trig.entry, "own_words": True})
        return asked, "REQUEST", mode, list(said), list(source)

    def own_refusal(self, trig, typ: str, source: list[str], target: list[str]):
        """(trigger, "REJECT", mode, source, target) when a negated act is its own actor's refusal or denial, else
        None. The act is told negated in its actor's own words — the speaker the attribution resolved, a side of
        the speaker's (a state's minister for the state, `_own_side`) or a subject the speaker calls his own
        (« nos soldats »): a negated act of cooperation or yielding (`refusal_modes`: « nous ne céderons pas au
        chantage de X », « le collectif ne signera aucune convention avec X ») refuses it to the party it would be done with, who
        must be named (« nous n'avons rien concédé sur nos principes » refuses nothing to anyone); a negated act of force
        told done (« aucune de nos unités n'a bombardé le village ») denies it, addressed to no one (its victims are no
        recipient of the denial). Not a hypothesis, not « pas encore » (an act still pending), not an act of force
        told in the future, the conditional or an infinitive (« nous ne tirerons pas » reassures)."""
        refused = self.lex.refusal_modes.get(typ)
        if (refused is None and typ not in FORCE_DENIED) or not source:
            return None
        tok = trig.tok
        said = self.attribution(tok)[1] + self._speaker_named(tok)
        own = self._own_side(said) | set(said) | set(self._own_subject(tok))
        actors = [x for x in source if x in own]
        # (a meeting or an agreement joins both sides as its actors: the other one is whom it is refused to)
        if not actors or (len(actors) < len(source) and not trig.entry.get("reciprocal")):
            return None
        if any(_norm(c.text) in self.lex.pending_adverbs for c in self.children_of(tok) if c.dep_ == "advmod"):
            return None         # « nous n'avons pas encore signé »: not yet, no refusal
        target = [x for x in target if x not in actors] or [x for x in source if x not in actors]
        if refused is None:
            if not self._told_done(tok):
                return None
            refused, target = "deny", []
        rejected = replace(trig, type="REJECT", mode=refused, entry={**trig.entry, "own_words": True})
        if not target and refused != "deny":
            # « le collectif ne signera aucune convention avec X »: the act refused names the other side (judged.py)
            obj = next((c for c in self.children_of(tok) if c.dep_ == "obj"), None)
            target = [x for x in self.judged_recipients(rejected, obj, actors) if x not in actors]
            if not target:
                return None     # « nous n'avons rien concédé sur nos principes »: refused to no one named, a stance
        return rejected, "REJECT", refused, actors, target

    def _own_subject(self, verb) -> list[str]:
        """The actors a subject with a first-person possessive names (« nos soldats », « notre armée »): the
        speaker's own."""
        return [x for c in self.children_of(verb) if c.dep_ in ("nsubj", "nsubj:pass") and any(
            d.dep_ == "det" and _norm(d.text) in self.lex.first_person_possessives for d in self.children_of(c))
            for x in self.phrase_entities(c)]

    def _speaker_named(self, tok) -> list[str]:
        """The actors the words naming a quotation's speaker name besides him (« le ministère de la Défense de
        Russie », « le porte-parole du syndicat »): the side he speaks for."""
        q = self.quotes.get(self.quote_of(tok) or "")
        m = getattr(q, "speaker_mention", None)
        span = self.doc.char_span(m.start - self.offset, m.end - self.offset, alignment_mode="expand") if m else None
        if span is None:
            return []
        # (a name inside the speaker's own mention is no mention of its own: « de Russie » read by its text; a
        # nationality adjective names the state, « le ministère turc »: the states of that country the article names)
        names = {_norm(t.text) for t in span if self.pos_at[t.i] == "PROPN"}
        countries = set(filter(None, (self.demonym_country(t.text) for t in span if self.pos_at[t.i] == "ADJ")))
        return [x for x, ent in self.ents.items() if x != q.speaker and (
            _norm(ent.name) in names or ent.type == "GPE" and ent.country in countries or
            any(m.start <= n.start and n.end <= m.end for n in ent.mentions))]

    @staticmethod
    def _told_done(verb) -> bool:
        """The verb group tells an act done: a past participle with its auxiliary (« n'ont pas tiré », « n'avait
        mené aucun raid ») or a past tense (« ne tira pas »); not an infinitive (« nous ne nous laisserons pas frapper »,
        « n'a aucune raison d'attaquer »), a present or a future."""
        aux = [c for c in verb.children if c.dep_.startswith("aux")]
        if aux:
            return "Part" in morph_values(verb, "VerbForm") and all("Fut" not in morph_values(a, "Tense") and
                                                                    "Cnd" not in morph_values(a, "Mood") for a in aux)
        return "Fin" in morph_values(verb, "VerbForm") and "Past" in morph_values(verb, "Tense")
