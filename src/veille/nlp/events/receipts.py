"""Goods received from someone. CAMEO's RECEIVE patterns turn the roles round ([:071] RECEIVE
&CURRENCY, LOAN, DONATIONS; [:072] RECEIVE TANKS, {&MILITARY EQUIPMENT}; [:073] RECEIVE RICE): the subject of
« recevoir » goods of aid (noun class `goods`) is the recipient, the actor named by « de X », « de la
part de X » the giver. A mixin of `ArgumentFinder` (arguments.py)."""
from __future__ import annotations

from spacy.tokens import Token

# givers that do not give aid: a company's or a criminal's money is a payment or a bribe, not PLOVER AID
NON_AID_SECTORS = ("BUS", "CRM")


class GoodsReceipts:
    """Mixin of `ArgumentFinder`: reads the clause reader and `ActorResolver`."""

    def received_sides(self, verb: Token, entry: dict) -> tuple[list[str], list[str]]:
        """(giver, recipient) of goods received (a `received_from` reading): the giver is named by a complement
        of the reading's `source_prep` hung on the verb, on the goods or on what the goods count (« 2 millions
        d'euros de la Norvège »), or on a complement of the verb the parse hung it on (« a reçu pour la première
        fois des États-Unis des blindés »); never the recipient, a private person, a company. Told in the
        passive, or with no giver named, there is no act of anyone (the event is dropped: `_settled`)."""
        recipient, passive = self.subject(verb)
        if passive:
            return [], []
        preps = set(entry.get("source_prep", ()))
        heads = [verb] + [c for c in self.children_of(verb) if c.dep_ == "obj" or c.dep_.startswith("obl")]
        heads += [g for h in heads[1:] if h.dep_ == "obj" for g in self.children_of(h) if g.dep_ == "nmod"]
        giver: list[str] = []
        for h in heads:
            for c in self.children_of(h):
                if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.i > verb.i and c.i not in self.dates and \
                        self.case_of(c) in preps:
                    giver += [x for x in self.phrase_entities(c) if x not in recipient and not self.private_person(x)
                              and (self.ents.get(x) is None or self.ents[x].sector not in NON_AID_SECTORS)]
        return list(dict.fromkeys(giver)), recipient
