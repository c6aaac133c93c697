"""Countries an argument names by a place or a demonym: « nord-coréen » → Corée du Nord, « les gouvernements
britannique et danois », « l'armée lorcanienne » (the country of a described actor). Read by the actor resolver
(actors.py); the knowledge base gives demonyms and countries.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from veille.names import fold


def _stem_match(part: str, word: str) -> bool:
    """« russe »/« russie », « turque »/« turquie », « sud »/« sud »: an adjective and a place name share a stem."""
    if part == word:
        return True
    if len(word) < 4 or len(part) < 4:
        return False
    k = _common_prefix(part, word)
    return k >= max(4, len(word) - 2) and k >= len(part) - 5


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class DemonymReader:
    """Mixin of `EventRun` (through `ActorResolver`): reads the entities of `EventDoc`."""

    @functools.cached_property
    def places(self) -> list[tuple[str, list[list[str]]]]:
        """Each state of the article with the words of each of its names, state-form words left out (« République »:
        `state_form_words`), split once per article: every demonym looked up compares its parts with them."""
        out = []
        for e in self.ents.values():
            if e.type in ("GPE",):
                names = [e.name] + list(e.aliases) + [m.text for m in e.mentions]
                out.append((e.id, [[w for w in fold(n).split() if w not in self.lex.state_form_words]
                                   for n in names if n]))
        return out

    @functools.cached_property
    def _place_prefixes(self) -> set[str]:
        """The first four letters of every word of `places` (a word and a part that `_stem_match` share them)."""
        return {w[:4] for _, names in self.places for words in names for w in words}

    def coordinated(self, adj: Token) -> list[Token]:
        """An adjective and the adjectives coordinated with it: « russes et iraniennes » name one side each. A
        lowercase demonym the tagger read as a noun is an adjective (French capitalises the people's noun:
        « les Syriens », but « les frappes russes et syriennes »)."""
        return [adj, *(g for g in self.children_of(adj) if g.dep_ == "conj" and (self.pos_at[g.i] == "ADJ" or (
            self.pos_at[g.i] == "NOUN" and g.text.islower() and self._demonym_word(g.text))))]

    def _country_from_adjective(self, eid: str, states: list[str]) -> None:
        """« l'armée lorcanienne », « des soldats lorcaniens »: a described actor whose adjective names one country
        is of that country, as a named one is (its own side: recipients._own_side)."""
        ent = self.ents.get(eid)
        countries = {self.ents[x].country for x in states if self.ents.get(x) is not None} - {None}
        if ent is not None and ent.country is None and len(countries) == 1 and self._description(eid):
            ent.country = countries.pop()

    def demonym_entities(self, adj: Token) -> list[str]:
        """« nord-coréen » → [Corée du Nord]; « russo-américain » → [Russie, États-Unis]."""
        if self.pos_at[adj.i] not in ("ADJ", "PROPN", "NOUN"):
            return []
        whole = self._demonym_word(adj.text, all_parts=True)
        if whole:
            return [whole]
        out = []
        for part in adj.text.replace("‑", "-").split("-"):
            e = self._demonym_word(part)
            if e and e not in out:
                out.append(e)
        return out

    def country_entity(self, iso3: str) -> str | None:
        """« les gouvernements britannique et danois »: a country named only by its adjective becomes an entity."""
        from veille.nlp.entities import get_kb
        try:
            actor = get_kb().country(iso3)
        except Exception:
            actor = None
        if actor is None:
            return None
        ent = self.registry().new_entity(actor.name, "GPE", kb_id=actor.kb_id, country=iso3,
                                         aliases=list(actor.aliases)[:8])
        self.ents[ent.id] = ent
        self.__dict__.pop("places", None)
        self.__dict__.pop("_place_prefixes", None)
        return ent.id

    def country_state(self, country: str) -> str | None:
        """The country of this code the article names, else a new entity for it."""
        for e in self.ents.values():
            if e.country == country and e.type == "GPE":
                return e.id
        return self.country_entity(country)

    @staticmethod
    def demonym_country(text: str) -> str | None:
        """The country code a nationality word names (« turc » → TUR), from the knowledge base, else None."""
        from veille.nlp.entities import get_kb
        try:
            return get_kb().demonym_country(text)
        except Exception:
            return None

    def _demonym_word(self, text: str, all_parts: bool = False) -> str | None:
        country = self.demonym_country(text)
        if country:
            return self.country_state(country)
        parts = fold(text).split()
        if not parts or (all_parts and len(parts) < 2):
            return None
        if not all(p[:4] in self._place_prefixes for p in parts):
            return None     # (a part no place word begins as, `_stem_match`'s first four letters, matches none)
        for eid, names in self.places:
            for words in names:
                if all(any(_stem_match(p, w) for w in words) for p in parts):
                    return eid
        return None
