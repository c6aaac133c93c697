"""What kind of party an entity is, as the event readers ask it: a named person, armed forces or a state, a private
person, a civilian side, a thing or business that uses no force. One mixin under `EventDoc` (reads its entities
`ents`, the lexicon `lex`, `ent_type`, the sentence index; `_description` comes from `ActorResolver`)."""
from __future__ import annotations

from veille.nlp.events.lexicon import _norm


class PartyKinds:
    """Mixin of `EventDoc`: the kinds of the article's parties."""

    def named_persons(self, ids: list[str], tok) -> bool:
        """Each of these entities is a person named by a proper name in the token's sentence (« Marie Dutilleul »),
        not a group a common noun describes (« les agriculteurs de Lorcy »)."""
        words = [(self.pos_at[t.i], self.midx.get(t.i)) for t in self.sent(tok)]
        return all(self.ent_type(x) == "PER" and x not in self.protesters and not self._description(x) and
                   ("PROPN", x) in words and ("NOUN", x) not in words for x in ids)

    def armed(self, eid: str) -> bool:
        """Armed forces or groups, the police, spies (`armed_sectors`)."""
        ent = self.ents.get(eid)
        return ent is not None and ent.sector in self.lex.armed_sectors

    def forces_subject(self, verb) -> bool:
        """The verb's subject names a state's forces only (a `forces_subject` reading, « arriver »): read when the
        trigger is found, so that a verb of anyone's coming never stands for the act its subject names (« le
        défilé des infirmières est arrivé place X » is the march)."""
        ids = self.subject(verb)[0]
        return bool(ids) and all(self.armed_as("state", x) for x in ids)

    def armed_or_state(self, eid: str) -> bool:
        """Armed forces or groups, or a state: who may cross into a territory or wage war."""
        return self.armed(eid) or self.ent_type(eid) == "GPE"

    def armed_as(self, kind, eid: str) -> bool:
        """The actor a reading's `armed_actor` asks for: armed forces or the police (« forces »), fighting forces
        or groups (« fighting »: `fighting_sectors`), a state's forces (« state »: `state_force_sectors`), else
        also a state."""
        if kind in ("fighting", "state"):
            sectors = self.lex.fighting_sectors if kind == "fighting" else self.lex.state_force_sectors
            return self.ents.get(eid) is not None and self.ents[eid].sector in sectors
        return (self.armed if kind == "forces" else self.armed_or_state)(eid)

    def state_or_armed(self, eid: str) -> bool:
        """A state, its institutions, or armed forces or groups: not the civilians or opposition who protest."""
        ent = self.ents.get(eid)
        return ent is not None and (self.armed_or_state(eid) or ent.sector in self.lex.state_sectors
                                    or ent.sector in self.lex.unnamed_attacker_sectors)

    def private_person(self, eid: str) -> bool:
        """Persons known only by a description, of no public sector (« des personnes », « les membres »); not an
        office described by its title (« le ministre de la Justice », « le procureur »: a word of titles.txt that
        names no private person or relative, « la famille de X » is one)."""
        ent = self.ents.get(eid)
        head = _norm((ent.name.split() or [""])[0]) if ent is not None else ""
        office = head in self.lex.titles and head not in self.lex.private_person_nouns and \
            head not in self.lex.relation_nouns
        return ent is not None and self._description(eid) and (ent.sector in self.lex.private_sectors or (
            ent.sector is None and ent.type == "PER" and not office))

    def unarmed(self, eid: str) -> bool:
        """A thing (a product, a craft, a work) or a business or the press: none uses force (unarmed_*)."""
        ent = self.ents.get(eid)
        return ent is not None and (ent.type in self.lex.unarmed_entity_types or ent.sector in self.lex.unarmed_sectors)

    def civilian_side(self, ids: list[str], typ: str) -> bool:
        """Civilians, workers or farmers (`civil_sectors`); for a mobilisation, any side of a known sector that is
        neither the state nor armed, a party or an association too (PLOVER MOBILIZE is military or police moves;
        « mobilizing supporters to demonstrate » is PROTEST)."""
        def civil(ent) -> bool:
            return ent.sector in self.lex.civil_sectors or typ == "MOBILIZE" and bool(ent.sector) and \
                ent.sector not in self.lex.state_sectors and ent.sector not in self.lex.armed_sectors
        return all(self.ents.get(x) is not None and civil(self.ents[x]) for x in ids)

    def protesting_side(self, ids: list[str]) -> bool:
        """Every one a protester or a civilian (`civilian_side`), or none named: the authors of a sit-in or a
        blockade (`civil_protest`), of damage by vandals (CAMEO 140, « des casseurs dégradent le mobilier urbain »;
        « l'opérateur ne risque pas de dégrader les appareils » is wear, no protest)."""
        return all(x in self.protesters or self.civilian_side([x], "") for x in ids)

    def state_actor_in(self, ids: list[str]) -> bool:
        """An armed or state actor (police, army, government, rebels, courts, parliament) among these entities."""
        return any(self.ents.get(x) is not None and self.ents[x].sector in self.lex.state_sectors for x in ids)
