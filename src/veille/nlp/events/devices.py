"""Explosive devices (CAMEO 183, bombings): the device an explosion needs to be an attack, a thing described as
one (« une voiture piégée »), whether the article tells a bomb attack, and a noun that retells an act told before
(« l'explosion », « cette attaque »). One mixin of `EventRun`, read by the trigger stage (triggers.py), the claims of
attacks (claims.py) and the merging of tellings."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from veille.nlp.events.lexicon import _norm
from veille.nlp.extensions import morph_values


class DeviceReader:
    """Mixin of `EventRun` (reads `EventDoc` and the lexicon's device words)."""

    def _device_told(self, tok: Token, entry: dict, kind: str) -> bool:
        """CAMEO 183: the device an explosion needs, and the causative for one set off (« ils ont fait exploser une
        bombe »): a verb's object with the causative, else its subject (« une voiture piégée a explosé », the
        antecedent of « qui »); a noun's « de » complement (« l'explosion d'une bombe »); a weapon or a device as the agent of
        a verb of aiming (`weapon_agent`: « visé par un engin explosif »)."""
        if entry.get("weapon_agent"):
            # « visé par un engin explosif », « par une grenade »: aimed at with a weapon, an attack (not an act
            # noun, « visé par des tirs », which tells it itself; nor « vise à », « visé par une enquête »)
            return any(c.dep_ == "obl:agent" and (self.weapon_device(c) or _norm(c.lemma_) in self.lex.weapon_means
                                                  and _norm(c.lemma_) not in self.lex.nouns)
                       for c in self.children_of(tok))
        causative = any(_norm(c.lemma_) in self.lex.causative_verbs and c.i < tok.i for c in self.children_of(tok))
        if entry.get("causative") and not causative:
            return False
        if not entry.get("device"):
            # « s'est fait exploser »: the bomber is its own subject; as the complement of another verb it is
            # an attempt (« a tenté de se faire exploser »); a finite verb group (« lorsqu'un homme, proche de X,
            # s'est fait exploser », its subject hung elsewhere) is a clause of its own, whose subject is read
            # from word order, never the main clause's victims
            return not entry.get("reflexive") or tok.dep_ not in ("xcomp", "advcl") or any(
                c.dep_ == "nsubj" for c in self.children_of(tok)) or self.told_finite(tok)
        if kind == "noun":
            part = next((c for c in self.children_of(tok)
                         if c.dep_ == "nmod" and self.case_of(c) in self.lex.de_forms), None)
            if part is None:
                # « une explosion est survenue dans le métro » in an attack's news: a first telling (« l'explosion »,
                # « ces explosions » retell an attack told before, whose claim is its own)
                return self.attack_article and not self.retold_noun(tok) and tok.idx >= self.body_start
        else:
            part = next((c for c in self.children_of(tok) if c.dep_ == ("obj" if causative else "nsubj")), None)
            if part is not None and self.pos_at[part.i] == "PRON" and tok.dep_ == "acl:relcl":
                part = tok.head
        return part is not None and self.is_device(part)

    @staticmethod
    def retold_noun(tok: Token) -> bool:
        """A noun whose determiner tells an act told before (« l'explosion », « cette attaque », « son offensive »),
        not a first telling (« une explosion »); of a group, one the reader already knows (« les syndicats », « ces
        policiers »: dyads)."""
        return any(c.dep_ == "det" and ("Def" in morph_values(c, "Definite") or "Dem" in morph_values(c, "PronType")
                                        or "Yes" in morph_values(c, "Poss")) for c in tok.children)

    @functools.cached_property
    def attack_article(self) -> bool:
        """The article tells an attack by a bomb (`blast_attack_words`, or an explosive device named anywhere): an
        explosion it tells with no cause of its own is that attack."""
        return any(_norm(t.lemma_) in self.lex.blast_attack_words or (self.pos_at[t.i] == "NOUN" and self.is_device(t))
                   for t in self.doc)

    def weapon_device(self, noun: Token) -> bool:
        """A device as the means of an attack (« visé par un engin explosif », « touché par une bombe »), as a
        weapon is (`weapon_means`): an explosive device that is no plain vehicle (« renversé par une voiture » is an
        accident; a car bomb is told by its marks, « une voiture piégée »)."""
        return self.is_device(noun) and (_norm(noun.lemma_) not in self.lex.vehicle_nouns or any(
            _norm(w.lemma_) in self.lex.device_marks for w in noun.subtree if w.i != noun.i))

    def is_device(self, noun: Token) -> bool:
        """An explosive device: a noun of one (« des explosifs », « deux bombes ») or a thing described as one
        (« une voiture piégée », « un camion rempli d'explosifs », « sa ceinture d'explosifs »)."""
        if _norm(noun.lemma_) in self.lex.quantity_nouns:
            noun = next((c for c in self.children_of(noun) if c.dep_ == "nmod"), noun)
        described = [c for c in self.children_of(noun)
                     if c.dep_ in ("amod", "acl", "nmod", "appos", "flat", "flat:name")]
        described += [g for c in described if c.dep_ in ("amod", "acl")
                      for g in self.children_of(c) if g.dep_.startswith("obl")]
        if any(_norm(w.text) in self.lex.weapon_test_marks for w in described):
            return False        # « une bombe à hydrogène »: set off, a weapons test (MOBILIZE), no bombing
        return _norm(noun.lemma_) in self.lex.explosive_devices or any(
            _norm(w.lemma_) in self.lex.device_marks or _norm(w.text) in self.lex.device_marks for w in described)
