"""Attacks told by their outcome: an attack noun whose clause only says it happened or what it did (« une fusillade
a éclaté », « l'attaque a fait sept morts », « deux attentats ont tué 91 personnes »), or a device's explosion,
waits for its author — the group that claims it (claims.attach_claims), else the attackers the article names. A
mixin of `EventRun` (extractor.py) over the article state of `EventDoc`."""
from __future__ import annotations

import functools

from veille.nlp.events.lexicon import _norm


class AttackOutcomes:
    """Mixin of `EventRun`: the author of an attack told only by its occurrence or outcome."""

    @functools.cached_property
    def awaiting_author(self) -> set[int]:
        """Attack nouns told only by their occurrence or outcome with no author (`authorless_outcome`)."""
        return set()

    def authorless_outcome(self, trig) -> bool:
        """« une fusillade a éclaté », « l'attaque a fait sept morts »: an attack noun whose clause only says it
        happened, with no author of its own, waits for the group that claims it (`attach_claims`), else for the
        attackers the article names (`outcome_authors`). So does a device's explosion (« une voiture piégée a
        explosé », « l'explosion d'une bombe »: `device` readings). Not an unchecked lexicon word, a match, an
        accident."""
        told = trig.entry.get("device") or (trig.kind == "noun" and not trig.entry.get("needs_both_sides") and not
                                            trig.entry.get("cameo") and self.occurrence_verb(trig.tok) is not None) \
            or self._harm_by_attack(trig) or bool(self.died_in_attack(trig)) or self.rammed_by_vehicle(trig)
        # (an attack at a match is political violence: a word of harm is kept in a sports article)
        return bool(told) and trig.type == "ASSAULT" and not (self.sports_article and trig.lemma not in
                                                                self.lex.harm_words) and \
            not self.accident_told(trig.tok) and not self.accident_told(trig.tok.head)

    def _harm_by_attack(self, trig) -> bool:
        """« deux attentats à la bombe ont tué 91 personnes »: a verb of harm whose subject is an attack noun (a
        hand-checked one) tells the attack by its outcome, as « l'attentat a fait 91 morts » does."""
        subj = next((c for c in self.children_of(trig.tok) if c.dep_ == "nsubj"), None) if trig.kind == "verb" and \
            trig.lemma in self.lex.harm_words else None
        told = self.trigger_at.get(subj.i) if subj is not None else None
        return told is not None and told.kind == "noun" and told.type == "ASSAULT" and not told.entry.get("cameo")

    def rammed_by_vehicle(self, trig) -> bool:
        """« une voiture a foncé sur des piétons », « un camion a percuté la foule »: a vehicle (`vehicle_nouns`) as
        the subject of a verb of force tells the attack by its instrument; its author is its driver or the attackers
        the article names (`outcome_authors`). A car bomb's explosion is a device's (`device` readings)."""
        return trig.kind == "verb" and trig.type == "ASSAULT" and not trig.entry.get("device") and any(
            c.dep_ == "nsubj" and _norm(c.lemma_) in self.lex.vehicle_nouns for c in self.children_of(trig.tok))

    def died_in_attack(self, trig) -> list[str]:
        """« 126 personnes sont mortes dans un attentat », « trois hommes ont trouvé la mort dans deux attaques »: an
        attack noun (a hand-checked one) framing a predicate of dying (`frame_preps`; `casualty_words` that tell no
        act of their own, `death_objects`) tells the attack by its outcome; those who died, the predicate's subject,
        are whom it hit."""
        tok = trig.tok
        head = tok.head
        if trig.kind != "noun" or trig.type != "ASSAULT" or trig.entry.get("cameo") or head.i == tok.i or \
                head.i in self.trigger_at or self.pos_at[head.i] not in ("VERB", "ADJ", "AUX") and not any(
                    c.dep_.startswith("nsubj") for c in self.children_of(head)) or \
                not tok.dep_.startswith("obl") or self.case_of(tok) not in self.lex.frame_preps:
            return []
        lemma = _norm(head.lemma_)
        dying = lemma in self.lex.casualty_words or _norm(head.text) in self.lex.casualty_words or any(
            c.dep_ == "obj" and _norm(c.lemma_) in self.lex.death_objects.get(lemma, ())
            for c in self.children_of(head))
        if not dying:
            return []
        return [x for c in self.children_of(head) if c.dep_ in ("nsubj", "nsubj:pass") for x in self.phrase_entities(c)]

    def outcome_authors(self, found: list, found_at: dict) -> list:
        """After the claims: an attack told by its outcome that no claim named an author for is the act of the
        attackers the article names (« les assaillants », « un kamikaze »: `attacker_nouns`), else no event."""
        dropped = set()
        for i in sorted(self.awaiting_author):
            f = found_at.get(i)
            if f is None or f.source:
                continue
            # (« une attaque avait fait cinq morts en 2015 »: background, another attack than the article's attackers'
            tok = self.doc[i]
            # (a vehicle driven into people: its driver, « le chauffeur, un homme de 26 ans », else the attackers)
            told = self.trigger_at.get(i)
            named = (told is not None and self.rammed_by_vehicle(told) and
                     self._attacker_named(tok, nouns=self.lex.driver_nouns)) or self._attacker_named(tok)
            f.source = [] if self._pluperfect(self.occurrence_verb(tok) or tok) else [
                x for x in dict.fromkeys(named) if x not in f.target]
            if not f.source and not f.target:
                dropped.add(id(f))
        return [f for f in found if id(f) not in dropped]
