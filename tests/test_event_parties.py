"""The kinds of the article's parties (veille.nlp.events.parties.PartyKinds), on hand-made entities. No model."""
from types import SimpleNamespace

from veille.nlp.events.lexicon import lexicon
from veille.nlp.events.parties import PartyKinds


class Parties(PartyKinds):
    def __init__(self, **ents):
        self.lex = lexicon("fr")
        self.ents = {eid: SimpleNamespace(name=name, type=typ, sector=sector) for eid, (name, typ, sector) in ents.items()}

    def ent_type(self, eid):
        return self.ents[eid].type if eid in self.ents else None

    def _description(self, eid):
        return self.ents[eid].name[:1].islower()


def test_armed_forces_and_states_wage_war_civilians_do_not():
    lex = lexicon("fr")
    army = sorted(lex.fighting_sectors)[0]
    civil = sorted(lex.civil_sectors)[0]
    p = Parties(a=("armée lorcanienne", "ORG", army), s=("Lorcanie", "GPE", None), c=("agriculteurs", "ORG", civil))
    assert p.armed("a") and p.armed_or_state("s") and not p.armed_or_state("c")
    assert p.armed_as("fighting", "a") and not p.armed_as("fighting", "s")
    assert p.civilian_side(["c"], "PROTEST") and not p.civilian_side(["a"], "PROTEST")


def test_a_states_forces_are_its_army_and_police_not_an_armed_group():
    # `armed_actor` « state » (« arriver »): the police or the army moved, not an armed group's men
    p = Parties(m=("armée lorcanienne", "ORG", "MIL"), p=("gendarmes", "ORG", "COP"), r=("rebelles", "ORG", "REB"),
                s=("Lorcanie", "GPE", None))
    assert p.armed_as("state", "m") and p.armed_as("state", "p")
    assert not p.armed_as("state", "r") and not p.armed_as("state", "s")


def test_a_private_person_is_a_description_of_no_office():
    p = Parties(x=("personnes", "PER", None), m=("ministre de la Justice", "PER", None), v=("Paul Vernay", "PER", None))
    assert p.private_person("x") and not p.private_person("m") and not p.private_person("v")
