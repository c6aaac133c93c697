"""The other side of a dyad, as a last resort. A news story follows a few pairs of parties (a government and the
rebels, a minister and the opposition, the police and a suspect), and French leaves a side out when the story has
already given it: « Le collectif exige le départ du préfet. … Il a réclamé un statut particulier » asks the same
state; « Trois militants ont été interpellés … ils ont été relâchés samedi » are released by those who held them.
So an act told with one side only, once no clause, no context reader and no headline gave the other, is done with
the party its author last dealt with: a missing recipient is the recipient of the nearest act by the same author
(told before it, else after), a missing author the author of the nearest act done to the same recipient.

Only a party of the same kind of dealing: help, talks and agreements (PLOVER's cooperation quads) do not lend
their other side to blame, demands refused or force (the conflict quads), nor the reverse. A request may be an
appeal or a demand (CAMEO 02 and 10, one PLOVER type), and a concession or a yielding (CAMEO 08: a release, an
apology, a withdrawal) answers a conflict, so these deal with either. A protest is addressed to whom its
protesters' demands and blame are (never to whom they fought or what they broke), and a riot, a blockade or
vandalism to no one the story gives — and what they were done to, a place or property, is no party either: they
lend no recipient and share none. A resignation is done to no one (`topics.UNADDRESSED_MODES`). In a
conflict a side is never at odds with its own state, its government or forces (`_own_side`): soldiers killed
after a clash of two armies were killed by the other army, prefectures attacked were not attacked by the
gendarmes, even where a telling names both sides together.

Only the same party: a side known only by a plural description (« des personnes », « trois policiers »,
« quatre manifestants ») names a new group each time it is told, so it links two acts only when they are told at
most two sentences apart (« Deux policiers ont été blessés » is not done by whoever attacked « des policiers »
in another paragraph). But words, a demand or a protest by a group the article also tells with a definite,
demonstrative or possessive determiner (« les enseignants », « ces militants ») are addressed by the group the
reader knows, whose dealings may be told anywhere (« Les enseignants ont réclamé au ministre … Jeudi, ils ont
entamé une grève »); never so its acts of force nor acts done to it: a chronicle tells « les policiers » or
« les manifestants » of each town and hour, struck and striking, as other groups. And only an author the act can
have: a charge, an inquiry or a sentence told without its author (« X est accusé de fraude », « X a été condamné »)
is the work of an accuser or of the authorities, read only from an accusation, a capture or a sanction done to the
same party, never from a visit, a protest or a fight.

An act told without its author whose recipient no other act shares (the passive of a report: « la ministre a
elle aussi été critiquée », « deux autres militants ont été interpellés ») is, last, the work of the author of the
nearest act of the same type and kind (its mode, CAMEO's finer code, where both tell one) done to a party of the
same kind (`_same_kind_of_party`: civilians, the police and armies, one sector each), told at most a dozen
sentences away and not on another day told: a story tells a series of like acts by one side. An act told with no
recipient names no kind and lends its author too (« une explosion … l'hôtel a été attaqué »). Never the author of
force that answered an attack (the police who stopped an attacker did not harm his victims), nor the recipient's
own side in a conflict.
A judicial procedure told begun by no one named and aimed at no one named (« une enquête a été ouverte ») is aimed at
the suspect the story follows: the recipient of the nearest charge, inquiry or sentence told before it, else the
author of the nearest attack told before it, the act inquired into (`_suspect`); so is an inquiry or a lawsuit told
with its author and no recipient (« X a porté plainte », `_procedure`), never at its own author. A
suspect the headline names charged, inquired into or sentenced is the one the story follows, before any other.
The same reading gives an author to an agentless passive that no author could settle before
(`dyad_authored`: « Le ministre accuse la députée … À la sortie, la députée a été bousculée »).
The event says so (`target_from` / `source_from` = "context")."""
from __future__ import annotations

import functools

from veille.model import PLOVER_QUAD
from veille.nlp.events.lexicon import VERBAL_TYPES
from veille.nlp.events.recipients import ACTOR_TYPES, LAWSUIT_CODE
from veille.nlp.events.topics import UNADDRESSED_MODES
from veille.nlp.mentions import mention_rows

# types of either kind of dealing (see the module's docstring)
EITHER_KIND = ("REQUEST", "CONCEDE", "RETREAT")
# what a protest's addressee is read from: its protesters' demands and blame
PROTEST_ADDRESSED_BY = ("REQUEST", "ACCUSE", "REJECT", "THREATEN")
# protests done to property or a place (PLOVER PROTEST modes), whose object no other act gives
UNADDRESSED_PROTEST_MODES = ("riot", "vandalize", "obstruct")
# acts of justice whose missing author is an accuser's or the authorities' (CAMEO 09 investigate, 112 accuse,
# 116 convict), and the types of the acts it may be read from: an accusation, a capture, a sanction
JUDICIAL_MODES = {"ACCUSE": ("allege", "investigate"), "SANCTION": ("convict",)}
JUDICIAL_AUTHOR_TYPES = ("ACCUSE", "COERCE", "SANCTION")
JUDICIAL_ACTS = {mode for modes in JUDICIAL_MODES.values() for mode in modes}
# how many sentences apart two acts sharing only a group known by a plural description may be told
PLURAL_DESCRIPTION_REACH = 2
# the acts addressed to someone (words, demands, a protest: PLOVER's verbal quads and PROTEST) whose addressee a
# group the reader knows (`_known_groups`) takes from its dealings at any distance
ADDRESSED_TYPES = VERBAL_TYPES + ("PROTEST",)
# how many sentences apart an act told without its author and the act of the same kind that lends it one may be
SAME_ACT_REACH = 12
# PLOVER's sector of persons the article does not identify (« un passant », « le suspect »: event_actors.json)
UNIDENTIFIED_SECTOR = "UNK"


def same_dealing(typ: str, other: str) -> bool:
    """Whether an act of type `other` may lend its other side to an act of type `typ`."""
    if typ == "PROTEST":
        return other in PROTEST_ADDRESSED_BY
    if typ in EITHER_KIND or other in EITHER_KIND:
        return True
    return (PLOVER_QUAD.get(typ, 0) <= 2) == (PLOVER_QUAD.get(other, 0) <= 2)


def _same_kind_of_act(mode: str | None, other: str | None) -> bool:
    """Whether two acts of one type are of the same kind: their modes (CAMEO's finer codes) agree where both are
    told; a charge and an inquiry are one kind (the accuser's)."""
    if mode is None or other is None or mode == other:
        return True
    return mode in JUDICIAL_ACTS and other in JUDICIAL_ACTS


def _nearest(event, lenders: list) -> list[str]:
    """The side of the (event, side) lender told nearest to `event`, one told before it first; [] when none."""
    at = event.mentions[0][0][0]
    best, best_key = [], None
    for g, side in lenders:
        gap = g.mentions[0][0][0] - at
        key = (gap > 0, abs(gap))
        if best_key is None or key < best_key:
            best, best_key = side, key
    return list(best)


class DyadReader:
    """Mixin of `EventRun` (reads `EventDoc`: entity types, sentence bounds, the mention spans; `_description` of
    `ActorResolver`, `_own_side` of `RecipientReader`)."""

    def dyad_sides(self, found: list) -> None:
        """Give each merged event told as done with one side only the other side of its author's (or its
        recipient's) nearest dealing (see the module's docstring)."""
        sides = [(list(f.source), [] if f.type == "PROTEST" and f.mode in UNADDRESSED_PROTEST_MODES
                  else list(f.target or f.context_target)) for f in found]
        for n, f in enumerate(found):
            if f.negated or f.hypothetical or f.mode in UNADDRESSED_MODES or \
                    f.type == "PROTEST" and f.mode in UNADDRESSED_PROTEST_MODES:
                continue
            source, target = f.source, f.target or f.context_target
            if source and not target and not f.context_closed and self._procedure(f):
                # « une enquête a été ouverte, confiée à X », « X a porté plainte »: an inquiry or a
                # lawsuit with its author told is, like one told by no one, into the act the story follows
                f.context_target = [x for x in self._suspect(found, sides, n) if x not in source] or (
                    self._nearest_other_side(found, sides, n, known=0) if f.mode != "investigate" else [])
            elif source and not target and not f.context_closed and f.mode != "investigate":
                # (as for the headline's party: a clause that says what the act is about by words no actor
                # resolves, « appelle à la fin des divisions », and an inquiry, into an act, take none)
                f.context_target = self._nearest_other_side(found, sides, n, known=0)
            elif target and not source:
                f.context_source = self._nearest_other_side(found, sides, n, known=1) or \
                    self._same_act_author(found, sides, n)
            elif not source and not target and f.type in JUDICIAL_MODES and f.mode in JUDICIAL_MODES[f.type]:
                f.context_target = self._suspect(found, sides, n)     # « une enquête a été ouverte »

    def dyad_authored(self, authorless: list, found: list) -> list:
        """The agentless passives the no-event checks dropped for want of an author (« X a été bousculée »;
        `authorless` holds every dropped (trigger, recipient) told with no author): each is judged again with the
        author of its recipient's nearest dealing (`_nearest_other_side`: the same kind of dealing, never the
        recipient's own side in a conflict) or of the nearest act of its kind (`_same_act_author`), and kept when
        that author settles it; with none in the story it stays dropped. Only the passive: French leaves the agent
        of a passive out when the story has given it, while an active verb, an infinitive or a noun told without
        its author has one the clause names in words no actor resolves (« un camion a foncé », « afin de suspendre
        X »), which its dealings do not give."""
        sides = [(list(f.source), list(f.target or f.context_target)) for f in found]
        added = []
        for trig, target in authorless:
            if trig.mode in UNADDRESSED_MODES or trig.type == "PROTEST" and trig.mode in UNADDRESSED_PROTEST_MODES \
                    or trig.type == "MOBILIZE":
                continue        # (« des secouristes ont été mobilisés »: those moved are a move's actor, `forces_moved`)
            if trig.tok.idx < self.body_start or trig.lemma in self.lex.harm_words and self.accident_told(trig.tok):
                continue        # (a headline drops auxiliaries: « X remis en liberté » is no passive of its own; a
                #                 victim of an accident was harmed by no one)
            if trig.kind != "verb" or not self.is_passive(trig.tok) or trig.mode == "convict" or any(
                    c.dep_ == "obl:agent"
                    for c in self.children_of(trig.tok)) or (trig.lemma, trig.type) in self.lex.speech_acts:
                continue        # (only the passive leaves its author out, « par un taureau » names one; a sentence
                #                 is a court's, `court_near`, never the arresting police's; a passive word verb
                #                 more often tells a state than words said, « admis à l'hôpital », « appelé à »)
            told = self._found(trig, trig.type, trig.mode, [], target)
            if told is None or told.negated or told.hypothetical:
                continue
            told.mentions = [(told.trigger, told.sentence)]
            # words said of a party are another speaker's words (« X a été critiqué » after « Y accuse X »), not
            # those of whoever arrested or struck it
            lenders = [(f, side) for f, side in zip(found, sides)
                       if trig.type not in VERBAL_TYPES or f.type in VERBAL_TYPES] + [(told, ([], list(target)))]
            others, other_sides = [f for f, _ in lenders], [side for _, side in lenders]
            author = self._nearest_other_side(others, other_sides, len(others) - 1, known=1) \
                or self._same_act_author(others, other_sides, len(others) - 1)
            settled = self._settled(trig, author, target) if author else None
            if settled is None or not settled[0]:
                continue
            typ, mode = self._typed(trig, *settled)
            event = self._found(trig, typ, mode, *settled) if typ else None
            if event is None or event.negated or event.hypothetical or any(
                    f.type == typ and set(f.source or f.context_source) & set(settled[0])
                    and set(f.target or f.context_target) & set(settled[1]) for f in found + added):
                continue        # (the same act already told with its author: no second event)
            event.source, event.context_source = [], list(settled[0])
            event.mentions, event.told_in = [(event.trigger, event.sentence)], [event.sentence_rank]
            added.append(event)
        return added

    def _nearest_other_side(self, found: list, sides: list, n: int, known: int) -> list[str]:
        """The other side of the nearest event (before it first) sharing event n's side `known` (0 author,
        1 recipient), of the same kind of dealing; [] when none."""
        mine = set(sides[n][known])
        judicial = known == 1 and found[n].mode in JUDICIAL_MODES.get(found[n].type, ())
        # in a conflict, a side is not at odds with its own state (`_own_side`: a state, its government and forces):
        # « l'armée X et l'armée Y se sont affrontées … des soldats X ont été tués » were killed by Y
        own = self._own_side(list(mine)) if PLOVER_QUAD.get(found[n].type, 0) > 2 else set(mine)
        lenders = []
        for m, g in enumerate(found):
            other = [x for x in self._actors(sides[m][1 - known]) if x not in own]
            shared = mine & set(sides[m][known])
            if m == n or not other or not shared or mine & set(other) or \
                    not same_dealing(found[n].type, g.type) or judicial and g.type not in JUDICIAL_AUTHOR_TYPES:
                continue
            if all(self._plural_description(x) for x in shared) and \
                    self._sentences_apart(found[n], g) > PLURAL_DESCRIPTION_REACH and not (
                        known == 0 and found[n].type in ADDRESSED_TYPES and shared <= self._known_groups):
                continue
            lenders.append((g, other))
        return _nearest(found[n], lenders)

    def _procedure(self, f) -> bool:
        """An inquiry (CAMEO 09 investigate: a noun, « l'enquête », or its light verb's locution, « ouvrir une
        enquête »; not a verb of questioning, « interroger », whose object is who answers) or a lawsuit or complaint
        (CAMEO 115: « porter plainte », « intenter un procès »; a procedure noun, `procedure_nouns`): an act into
        another act, done to its author."""
        return f.type == "ACCUSE" and (f.mode == "investigate" and (f.kind == "noun" or f.lemma in self.lex.light_verbs)
                                       or f.cameo == LAWSUIT_CODE or f.lemma in self.lex.procedure_nouns)

    def _suspect(self, found: list, sides: list, n: int) -> list[str]:
        """Whom a procedure told begun or going on by no one named and aimed at no one named (« une enquête a été
        ouverte », `procedure_told`) is aimed at: the suspect the story follows, the recipient of the nearest charge,
        inquiry or sentence told before it, or the author of the nearest attack told before it, the act inquired into;
        [] when none. Not whom the police arrested: a chronicle's arrests are of people no inquiry is said to be into."""
        lenders = []
        at = found[n].mentions[0][0][0]
        for m, g in enumerate(found):
            if g.negated or g.hypothetical or g.mentions[0][0][0] >= at:
                continue
            if g.type in JUDICIAL_MODES and g.mode in JUDICIAL_MODES[g.type]:
                side = self._actors(sides[m][1])
            elif g.type == "ASSAULT" and not g.answers:
                side = self._actors(sides[m][0])
            else:
                continue
            if side and not (all(self._plural_description(x) for x in side) and
                             self._sentences_apart(found[n], g) > PLURAL_DESCRIPTION_REACH):
                lenders.append((g, side))       # (« des casseurs » told far before are another group)
        # the suspect the headline names charged, inquired into or sentenced is the one the story follows
        # (« Paul Vernay, condamné à deux ans de prison, va faire appel » … « la justice a entamé une enquête »)
        headline = [(g, side) for g, side in lenders if g.type in JUDICIAL_MODES and
                    g.mentions[0][0][0] < self.body_start]
        return _nearest(found[n], headline or lenders)

    def _same_act_author(self, found: list, sides: list, n: int) -> list[str]:
        """The author of the nearest act of the same type and kind told with one (before it first), done to a party
        of the same kind or to none, for act n told without its author (see the module's docstring); [] when none."""
        target = set(sides[n][1])
        own = self._own_side(list(target)) if PLOVER_QUAD.get(found[n].type, 0) > 2 else target
        lenders = []
        for m, g in enumerate(found):
            if m == n or g.type != found[n].type or g.negated or g.answers or \
                    not _same_kind_of_act(found[n].mode, g.mode) or \
                    g.date_explicit and found[n].date_explicit and g.date != found[n].date:
                continue
            author = [x for x in self._actors(sides[m][0]) if x not in own]
            if not author or self._sentences_apart(found[n], g) > SAME_ACT_REACH or sides[m][1] and not any(
                    self._same_kind_of_party(x, y) for x in target for y in sides[m][1]):
                continue
            lenders.append((g, author))
        return _nearest(found[n], lenders)

    def _same_kind_of_party(self, eid: str, other: str) -> bool:
        """Whether two parties are of one kind: the same PLOVER sector, civilians of any sector or none told
        (`civil_sectors`, UNK) being one kind and the police and armies another; a party of no known sector is of
        the kind of any person or body, else of its own entity type (a state, a place, a thing)."""
        one, two = self.ents.get(eid), self.ents.get(other)
        if one is None or two is None:
            return False
        kind, other_kind = self._sector_kind(one.sector), self._sector_kind(two.sector)
        if kind and other_kind:
            return kind == other_kind
        persons_or_bodies = one.type in ("PER", "ORG") and two.type in ("PER", "ORG")
        return persons_or_bodies or not (kind or other_kind) and one.type == two.type

    def _sector_kind(self, sector: str | None) -> str | None:
        """The kind of party a PLOVER sector tells (see `_same_kind_of_party`)."""
        if sector in self.lex.civil_sectors or sector == UNIDENTIFIED_SECTOR:
            return "civilians"
        if sector in self.lex.armed_sectors - {"REB"}:
            return "forces"
        return sector

    def _plural_description(self, eid: str) -> bool:
        """A group known only by a plural description (« des manifestants », « trois policiers »)."""
        return eid in self._plural_descriptions

    @functools.cached_property
    def _plural_descriptions(self) -> set[str]:
        """The article's parties known only by a description whose every noun mention is plural."""
        heads: dict[str, list[int]] = {}      # (each mention's head by index: its Token only for a description's)
        for _, _, eid, r in mention_rows(self.doc):
            if self.pos_at[r] in ("NOUN", "PROPN"):
                heads.setdefault(eid, []).append(r)
        return {eid for eid, rows in heads.items() if self._description(eid) and
                all(self.morph_of(self.doc[r], "Number") == ["Plur"] for r in rows)}

    @functools.cached_property
    def _known_groups(self) -> set[str]:
        """The parties known by a plural description told at least once with a definite, demonstrative or possessive
        determiner (« les enseignants », « ces militants »): French so names the group the reader knows."""
        return {eid for eid in self._plural_descriptions if any(
            self.retold_noun(self.doc[r]) for _, _, label, r in mention_rows(self.doc) if label == eid)}

    def _sentences_apart(self, f, g) -> int:
        """How many sentences apart the nearest tellings of two events are."""
        def number(char: int) -> int:
            tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
            return self._sentence_numbers[self._sent_bounds[tok.start][0]] if tok is not None else 0
        return min(abs(number(a[1][0]) - number(b[1][0])) for a in f.mentions for b in g.mentions)

    @functools.cached_property
    def _sentence_numbers(self) -> dict[int, int]:
        """Each sentence's first token → the sentence's rank in the article."""
        return {start: k for k, start in enumerate(sorted({b[0] for b in self._sent_bounds}))}

    def _actors(self, ids: list[str]) -> list[str]:
        """The parties among ids: no place, no thing."""
        return [x for x in ids if self.ent_type(x) in ACTOR_TYPES]
