"""The recipient an article's headline gives, as a last resort. When no clause telling an act names its recipient
and the context readers (recipients.py) found none, the act is done to the party the headline names (« Lorcy rompt
avec Vernay », then « le gouvernement a exigé le retrait des troupes »). A headline's « Pays : » prefix only says
where the story happens: it is the recipient of a foreign party's act (« Lorcanie : Vernay promet une aide ») and of
an attack by attackers of no state, whose victims PLOVER codes by their country; never of its own people's acts.
The event says so (`target_from = "context"`), so a reader can tell such a recipient from a stated one."""
from __future__ import annotations

import functools
import itertools

from veille.nlp.events.recipients import ACTOR_TYPES, LAWSUIT_CODE

# acts that need no recipient (a deployment, a strike: PLOVER codes them without one; a protest's aim is the
# protest readers' to give)
UNADDRESSED = ("MOBILIZE", "PROTEST")
# modes done to no one: a resignation leaves an office, not a party (PLOVER RETREAT resign; the studied gold gives
# none of its resignations a recipient, « X a annoncé sa démission »)
UNADDRESSED_MODES = ("resign",)


class TopicReader:
    """Mixin of `EventRun` (reads `EventDoc`: the mention index, the entities, where the body starts)."""

    def topic_recipients(self, found: list) -> None:
        """Give each merged event told as done that still has no recipient the headline's party."""
        prefix, parties = self._headline_parties
        for f in found:
            if f.target or f.context_target or f.negated or f.hypothetical or f.type in UNADDRESSED \
                    or f.mode in UNADDRESSED_MODES \
                    or f.mode == "investigate" or f.lemma in self.lex.procedure_nouns or f.cameo == LAWSUIT_CODE \
                    or f.context_closed:
                continue    # an act not told as done (whom it would be done to is its content's to say), one
                #             that needs no recipient, an inquiry or a complaint (into an act, against whom it
                #             names, not whom the headline names),
                #             a call for an action, the blame of an act (whose author only its telling gives)
            own = set(f.source) | set(f.claimants)
            homes = {self.ents[x].country for x in own if x in self.ents} - {None}
            pick = next((p for p in parties if p not in own and not self.part_of_a_name(p, list(own))
                         and not self.state_member(self.ents[p], list(own))
                         and not self.affiliation_of(p, list(own)) and not (
                self.ent_type(p) == "GPE" and self.ents[p].country in homes)), None)   # not the side's own state
            if pick is None and prefix is not None and prefix not in own and self._foreign_to(prefix, f):
                pick = prefix
            f.context_target = [pick] if pick else []

    @functools.cached_property
    def _headline_parties(self) -> tuple[str | None, list[str]]:
        """(the state of a « Pays : » rubric, the parties the rest of the headline names, in order)."""
        prefix, parties = None, []
        for tok in itertools.takewhile(lambda t: t.idx < self.body_start, self.doc):
            eid = self.midx.get(tok.i)
            if eid is None or self.ent_type(eid) not in ACTOR_TYPES:
                continue
            if self.before_rubric_colon(tok):
                prefix = prefix or (eid if self.ent_type(eid) == "GPE" else None)
            elif self.ent_type(eid) == "GPE" and any(c.dep_ == "case" for c in self.children_of(tok)):
                continue    # « à Lorcy », « le nord de la Lorcanie »: where, not who
            elif self.in_attribution(tok) or self._cited_name(tok):
                continue    # « Lorcy soutient les rebelles selon Paul Vernay »: whose word it is, no party
            elif eid not in parties:
                parties.append(eid)
        return prefix, parties

    def _foreign_to(self, state: str, f) -> bool:
        """The act's side is of another state than the prefix's, or is an attacker of none (PLOVER codes an
        attack's unnamed victims by their country)."""
        if f.type == "ASSAULT" and f.source and all(self._stateless(x) for x in f.source):
            return True     # (« Lorcanie : le Front de Lorcy attaque … »: a rebel group of that country too)
        home = self.ents[state].country
        countries = {self.ents[x].country for x in f.source if x in self.ents} - {None}
        return bool(countries) and home is not None and home not in countries

    def _one(self, eid: str) -> bool:
        """The entity is told of in the singular only (« un conducteur », « l'adulte »: one person, not a band)."""
        heads = [self.doc[i] for i, x in self.midx.items() if x == eid and self.pos_at[i] == "NOUN"]
        return bool(heads) and all("Plur" not in self.morph_of(t, "Number") for t in heads)

    def _stateless(self, eid: str) -> bool:
        """An attacker of no state: a rebel or unidentified armed group, or a group of no state's body and no state
        (« des hommes armés »; the police or an army are the state's). Not one person, named (« Paul Vernay a
        attaqué un voisin ») or a civilian told in the singular (« un conducteur a tiré »): PLOVER codes by their
        country the victims of armed groups' attacks, while one person's crime or fight is done to those it names,
        not to a state."""
        ent = self.ents.get(eid)
        if ent is None or ent.type in ("GPE", "PER") or ent.sector in self.lex.civil_sectors and self._one(eid):
            return False
        return ent.sector in self.lex.unnamed_attacker_sectors or (
            ent.sector not in self.lex.state_sectors and ent.country is None)
