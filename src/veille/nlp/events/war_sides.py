"""Who fights whom: an act of war no telling gives a recipient is done to the side its forces fight, ground
taken by fighting forces from an armed side is an act of war, and a side's own forces and allies are never its
enemy. One mixin of `EventRun` (through `RecipientReader`), read after every act of the article is found."""
from __future__ import annotations

# types whose act is done to someone, so that a recipient the text leaves implicit is still the act's
FORCE = ("ASSAULT", "COERCE")
# acts that put their actors on one side
ALLIED = ("SUPPORT", "AID", "COOPERATE")


class WarSides:
    """Mixin of `EventRun`: reads `EventDoc`, the actor readers and `RecipientReader._recipient_ok`."""

    def war_act(self, typ: str, mode: str | None, source: list[str]) -> bool:
        """An attack, or a seizure, siege or blockade (`war_coerce_modes`), by armed forces or a state; or a
        retreat or halt of armed forces (« l'armée se retire », « ont stoppé leur offensive »): PLOVER's RETREAT is
        done towards the side they fought (a state's withdrawal from a treaty or a body is no act of war); or forces
        moved (« l'armée a déployé des renforts »: PLOVER MOBILIZE is against whom they are moved, where clear)."""
        if typ in ("RETREAT", "MOBILIZE"):
            # (PLOVER MOBILIZE: forces moved are moved against whom they fight, « where that is clear »)
            return any(self.armed(x) for x in source)
        return (typ == "ASSAULT" or typ == "COERCE" and (mode or "") in self.lex.war_coerce_modes) and any(
            self.armed_or_state(x) for x in source)

    def opposing_sides(self, found: list) -> None:
        """« l'armée a lancé une offensive », « grâce aux frappes de X »: an act of war no telling gives a
        recipient is done to the side its forces fight — the armed actor an act of force of theirs targets, or who
        targets them (both sides of a fight), the nearest such telling in the article first; never their own
        side or allies (« soutenues par X », « aux côtés de X »), never when the article tells them no armed enemy."""
        force = [f for f in found if f.type in FORCE and f.source and f.target and not (f.negated or f.hypothetical)]
        for f in found:
            if not (f.target or f.context_target or f.negated) and self.war_act(f.type, f.mode, f.source):
                f.context_target = self._enemy(f, force, found)

    def war_captures(self, found: list, found_at: dict) -> None:
        """« l'armée a repris la ville (à X) »: ground taken by fighting forces (CAMEO 192, `war_capture_codes`,
        `fighting_sectors`) from an armed side is an act of war, ASSAULT — PLOVER's COERCE falls short of violence.
        That side — the « à » complement (« prendre X à Y »), an armed recipient told, else the side those forces
        fight (`opposing_sides`) — is its recipient beside the place; in an article that tells no fight between
        armed sides it stays COERCE seize. An armed side those forces expel (« l'armée a chassé les rebelles de
        la ville », `war_expel_codes`, `war_expel_modes`) is driven out of ground the same way, never a side read
        from context; so is one a verb tells driven out by no one named (« les rebelles ont été expulsés de
        Lorcy »; not « l'expulsion des Casques bleus », sent away)."""
        at = {id(f): i for i, f in found_at.items()}
        force = [f for f in found if f.type in FORCE and f.source and f.target and not (f.negated or f.hypothetical)]
        for f in found:
            fighting = [x for x in f.source if self.ents.get(x) is not None and self.ents[x].sector in
                        self.lex.fighting_sectors]
            expel = f.type == "SANCTION" and f.cameo in self.lex.war_expel_codes or \
                f.type == "COERCE" and f.mode in self.lex.war_expel_modes
            seize = f.type == "COERCE" and f.cameo in self.lex.war_capture_codes
            driven_out = expel and not f.source and f.kind == "verb"     # (« les rebelles ont été expulsés »)
            if not (seize or expel) or id(f) not in at or not (fighting or driven_out) \
                    or not all(x in fighting or self.ent_type(x) == "GPE" for x in f.source):
                continue        # (« l'armée irakienne » and its state, Irak, fight; a state alone may annex)
            tok = self.doc[at[id(f)]]      # (« reprendre la ville à X », the parse may hang « à X » on the town)
            held = [x for c in [*self.children_of(tok),
                                *(g for c in self.children_of(tok) if c.dep_ == "obj" for g in self.children_of(c))]
                    if c.dep_.startswith(("obl", "iobj", "nmod")) and self.case_of(c) == "à"
                    for x in self.phrase_entities(c) if self.armed(x)]
            own = self._own_side(f.source)
            named = [x for x in [*f.target, *held] if self.armed(x) and x not in own]
            if expel and not named:
                continue        # (« l'armée a expulsé les journalistes »: no armed side driven out)
            enemy = named or self._enemy(f, force, found)
            if enemy or any(g.type == "ASSAULT" and any(map(self.armed, g.source)) and any(map(self.armed, g.target))
                            for g in force):
                # the article tells a war (armed sides fighting): the ground was taken in it
                # (never from its own side: « l'armée X … la reprend », the clitic read as the army)
                f.type, f.mode, f.target = "ASSAULT", None, list(dict.fromkeys(enemy + [x for x in f.target if x not in own]))

    def _enemy(self, f, force: list, found: list) -> list[str]:
        own = self._own_side(f.source)
        # allies are never the enemy, but whom they fight is not told fought by the source
        allied = own | {x for g in found if g.type in ALLIED and not g.negated and
                        (set(g.source) | set(g.target)) & own for x in g.source + g.target}
        best, dist = [], None
        for g in force:
            src, tgt = set(g.source), set(g.target)
            them = src | tgt if src == tgt else tgt if src & own else src if tgt & own else set()
            them = sorted(x for x in them - allied if self.armed(x) and self._recipient_ok(x, f.source))
            d = abs(g.trigger[0] - f.trigger[0])
            if not them or g is f or (src == tgt and not src & own) or (dist is not None and d > dist) or (
                    g.answers and tgt & own):
                continue    # (the forces that answered an attack, « abattant les assaillants », are not its target)
            # two tellings as near naming different enemies: no guess
            best, dist = (them if dist is None or d < dist or them == best else None), d
        return best or self._sole_enemy(f, force, allied)

    def _sole_enemy(self, f, force: list, allied: set) -> list[str]:
        """« appuyés par les frappes lorcaniennes, les miliciens reprennent Vernay »: when the article's acts of war
        are all aimed at one named armed side, an act of war by a side not allied to it, aimed at no one told, is
        aimed at it too; two named enemies, no guess."""
        them = {x for g in force if g is not f and any(map(self.armed_or_state, g.source)) for x in g.target
                if self.armed(x) and not self._description(x) and x not in allied}
        return sorted(them) if len(them) == 1 and self._recipient_ok(next(iter(them)), f.source) else []

    def _own_side(self, source: list[str]) -> set:
        """The source, and for a state or its forces that state's forces and government; for forces of a state
        the article does not name, the other such forces (« les forces spéciales » and « un policier » serve one
        state)."""
        state = self.lex.state_sectors - {"REB"}
        of_state = [self.ents[x] for x in source if self.ents.get(x) is not None and (
            self.ents[x].type == "GPE" or self.ents[x].sector in state)]
        own = {ent.country for ent in of_state} - {None}
        unnamed = any(ent.country is None and ent.type != "GPE" for ent in of_state)
        return set(source) | {e for e, ent in self.ents.items() if (ent.type == "GPE" or ent.sector in state) and (
            ent.country in own or (unnamed and ent.country is None and ent.type != "GPE"))}
