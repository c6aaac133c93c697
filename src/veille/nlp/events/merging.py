"""Merging stage: the events found, one per trigger, joined into one event per telling (the same act told again,
the headline restating the lead), then written as `veille.model.Event` records."""
from __future__ import annotations

from dataclasses import dataclass, field

from veille.model import Event, EventMention, TextSpan
from veille.nlp.events.recipients import FORCE


@dataclass
class FoundEvent:
    """One trigger's event with its arguments, flags and date, before merging."""

    type: str
    mode: str | None
    source: list
    target: list
    trigger: tuple            # (start_char, end_char) in the doc
    sentence: tuple
    date: str | None
    date_text: str | None
    date_explicit: bool
    quote: str | None
    attributed_to: list
    negated: bool
    hypothetical: bool
    confidence: float
    in_title: bool
    lemma: str = ""
    cameo: str = ""             # the CAMEO code of a lexicon (TSV) reading: « reprendre la ville » is 192
    carrier: bool = False       # a letter sent: the act its content tells, when told, is the event (CAMEO 040)
    retelling: bool = False     # a definite nominal (« la rencontre », « cette frappe ») tells a known event again
    kind: str = ""              # the trigger's kind (verb, noun, fault)
    sentence_rank: int = -1     # the rank of its sentence in the article
    mentions: list = field(default_factory=list)   # [(trigger, sentence)]
    told_in: list = field(default_factory=list)    # the ranks of its tellings' sentences
    # the recipient the context gives when no telling names one (recipients.py); not used to merge tellings
    context_target: list = field(default_factory=list)
    # the author the context gives when no telling names one (dyads.py)
    context_source: list = field(default_factory=list)
    # the group that claimed the attack (claims.py): an actor of every telling it joins
    claimants: list = field(default_factory=list)
    # the clause says whom or what the act is about by words no actor resolves (recipients.context_closed): the
    # headline gives it no recipient either
    context_closed: bool = False
    # force done only to those who attacked first, by a side that had not attacked (extractor.answers_assailants)
    answers: bool = False
    # the town, region or country named as where it was done (places.occurrence_place): not merged with a telling
    # done elsewhere
    place: str | None = None
    # told as another act than one told before (modality.told_again): "additive" (« a également lancé »),
    # "repeated" (« a de nouveau expulsé », « une seconde explosion »), else ""
    again: str = ""
    # the line of a chronicle it is told in (dating.chronicle_entry): not merged with a telling of another line
    entry: int | None = None


def merge_tellings(found: list[FoundEvent], lead_end: int, role_of=lambda eid: None,
                   described=lambda eid: False) -> list[FoundEvent]:
    """One event per telling group: same type and actors; a title event joins the body event it restates; an
    agentless telling joins the one of the same act that names its doer (`_completes`; `role_of`: the sector of
    an actor known only by a description); an act of force told by a verb in another sentence is another act
    (`_another_act`)."""
    found = _carried(found)
    body = [f for f in found if not f.in_title]
    title = [f for f in found if f.in_title]
    out: list[FoundEvent] = []
    for f in body:
        same = next((g for g in out if g.type == f.type and (_one_word(g.lemma, f.lemma) or f.retelling
                                                               or g.sentence == f.sentence)
                     and (_same_actors(g, f, g.sentence == f.sentence) and not _another_act(g, f)
                          or _completes(g, f, role_of))
                     and g.negated == f.negated
                     and not (g.date_explicit and f.date_explicit and g.date != f.date)
                     and not _elsewhere(g, f) and not _told_again(g, f)), None)
        if same is None and f.retelling:
            same = _retold(out, f, described, role_of)
        if same is not None:
            same.mentions.append((f.trigger, f.sentence))
            same.told_in.append(f.sentence_rank)
            same.mode = same.mode or f.mode
            same.source = list(dict.fromkeys((same.source or f.source) + f.claimants))
            same.claimants = list(dict.fromkeys(same.claimants + f.claimants))
            same.target = same.target or f.target
            same.context_target = same.context_target or f.context_target
            same.context_closed = same.context_closed and f.context_closed
            same.place = same.place or f.place
            same.hypothetical = same.hypothetical and f.hypothetical     # told once as done, it was done
            if not same.date_explicit and f.date_explicit:
                same.date, same.date_text, same.date_explicit = f.date, f.date_text, True
            continue
        f.mentions = [(f.trigger, f.sentence)]
        f.told_in = [f.sentence_rank]
        out.append(f)
    for f in title:
        actors = set(f.source) | set(f.target)
        # (the headline's news is no act told as done besides another: « ils ont également lancé … »)
        told = [g for g in out if g.type == f.type and g.again != "additive"]
        same = next((g for g in told if actors & (set(g.source) | set(g.target))), None)
        if same is None:    # the lead the title restates: same type in the first paragraphs
            same = next((g for g in told if g.mentions[0][0][0] < lead_end), None)
        if same is not None:
            same.mentions.insert(0, (f.trigger, f.sentence))
            same.hypothetical = same.hypothetical and f.hypothetical
            if not same.target:     # the headline may name the recipient the lead leaves implicit
                same.target = [t for t in f.target if t not in same.source]
            if not same.source:     # or its actor (« Affrontements entre X … » over « cinq d'entre eux ont été blessés »)
                same.source = [x for x in f.source if x not in same.target]
            continue
        f.mentions = [(f.trigger, f.sentence)]
        out.append(f)
    out.sort(key=lambda f: f.mentions[0][0][0])
    return out


def _carried(found: list[FoundEvent]) -> list[FoundEvent]:
    """« X a adressé une lettre à Y, dans laquelle il l'accuse de … », « écrit à Y pour lui demander … »: a letter
    whose content the sentence tells as an act of its sender is that act, not a second event (a contact, CAMEO
    040, only when nothing else is said of it); the content names the letter's recipient when it names none."""
    out = []
    for f in found:
        content = [g for g in found if g is not f and not g.carrier and g.sentence == f.sentence
                   and set(g.source) & set(f.source) and (not g.target or set(g.target) & set(f.target))]
        if not f.carrier or not content:
            out.append(f)
            continue
        for g in content:
            g.target = g.target or [t for t in f.target if t not in g.source]
    return out


def _elsewhere(a: FoundEvent, b: FoundEvent) -> bool:
    """Told in two sentences as done in two different places (« à Lorcy, les policiers ont expulsé … » and « à Morcy,
    les policiers ont expulsé … »), or in two lines of a chronicle (« Vers 10h15, des grévistes bloquent le
    dépôt » and « Vers 16h45, le dépôt est bloqué par des grévistes »: one happening per line of a live
    report): two acts, whatever their words and actors."""
    return a.sentence != b.sentence and (a.place is not None and b.place is not None and a.place != b.place or
                                         a.entry is not None and b.entry is not None and a.entry != b.entry)


def _retold(groups: list[FoundEvent], f: FoundEvent, described, role_of) -> FoundEvent | None:
    """« Des centaines d'habitants de Lorcy ont manifesté samedi. … La manifestation s'est dispersée dans le calme »:
    a definite or possessive noun retells a known act; when one act of its type has been told before, it is that
    act, even with other words for its sides, so long as it names each side the act has, by a name of the act's
    or by a description (« les manifestants », « les autorités »: the sides of the act told, named anew;
    `role_of`: the sector of a description)."""
    told = [g for g in groups if g.type == f.type]
    if len(told) != 1:
        return None
    g = told[0]
    if g.negated != f.negated or g.hypothetical != f.hypothetical or (
            g.date_explicit and f.date_explicit and g.date != f.date) or _elsewhere(g, f) or _told_again(g, f):
        return None
    if bool(g.source) != bool(f.source) or bool(g.target) != bool(f.target):
        return None
    # one side named as the act's, the other by a description; or both by descriptions of the act's sides' sectors
    # (« la manifestation d'un lycéen » after « des lycéens ont manifesté »), never another party's (« les frappes
    # de l'armée » after « les attaques de la Turquie »)
    anchored = set(f.source) & set(g.source) or set(f.target) & set(g.target)
    for own, known in ((f.source, g.source), (f.target, g.target)):
        sectors = {role_of(y) for y in known} - {None}
        if not all(x in known or described(x) and (anchored or role_of(x) in sectors) for x in own):
            return None
    return g


def _told_again(group: FoundEvent, f: FoundEvent) -> bool:
    """« Les gendarmes ont expulsé les occupants. … Ils ont de nouveau expulsé les occupants », « une première
    explosion … une seconde explosion », « ils ont tiré … ils ont également tiré »: a telling that French marks as
    another occurrence of the act (`FoundEvent.again`), in a sentence the group does not hold, is another act,
    whatever its words and sides."""
    return bool(f.again) and all(s != f.sentence for _, s in group.mentions)


def _one_word(a: str, b: str) -> bool:
    """The same word, or a verb and its nominalisation (« a annoncé sa démission … a démissionné », « accuser » /
    « accusation »): French derivation keeps the verb's stem, its infinitive less -er / -ir / -re."""
    if a == b:
        return True
    for verb, noun in ((a, b), (b, a)):
        stem = verb[:-2] if verb.endswith(("er", "ir", "re")) else ""
        if len(stem) >= 5 and noun[:len(stem) - 1] == stem[:-1] and not noun.endswith(("er", "ir")):
            return True
    return False


def _same_actors(a, b, same_sentence: bool = False) -> bool:
    """Told again: the same actors (one in common on each side; both without recipient counts as one side; in one
    sentence, a telling without recipient joins the one that names it: « X fait pression et demande à Y … »).
    Reciprocal events (source = target) need the same participants, one list holding the other."""
    pa, pb = set(a.source) | set(a.target), set(b.source) | set(b.target)
    if set(a.source) == set(a.target) or set(b.source) == set(b.target):
        return bool(pa) and (pa <= pb or pb <= pa)
    if not (set(a.source) & set(b.source)) and (a.source or b.source):
        return False
    if not a.target and not b.target or (same_sentence and not (a.target and b.target)):
        return True
    return bool(set(a.target) & set(b.target))


def _another_act(a, b) -> bool:
    """« Les gendarmes ont expulsé les occupants du rond-point de Lorcy. … Les gendarmes ont expulsé les occupants
    d'un second rond-point »: an attack, an arrest or an expulsion (b) told by a verb again in another sentence, by
    the same side on the same side, is another act than the group a — a story tells each act of a series (a day
    of clashes, an offensive, a crackdown) with its own verb, and retells a known one by a noun (« l'attaque »), a
    participle epithet (« les personnes arrêtées », no act), the headline, in the very next sentence, which adds
    its details (« Un homme a été tué mardi à Lorcy. L'homme, un passant, a été tué devant un bar »), or by
    repeating its date (« un homme tué ce mardi 3 mai … un homme a été tué ce mardi 3 mai »). Acts of words are
    told again by their verb (« a accusé … a accusé ») and still merge, unless marked as told again (`_told_again`)."""
    return a.type in FORCE and a.kind == "verb" and b.kind == "verb" and a.sentence != b.sentence and \
        not any(b.sentence_rank - rank == 1 for rank in a.told_in) and \
        not (a.date_text and a.date_text.lower() == (b.date_text or "").lower())


def _completes(a, b, role_of) -> bool:
    """« Un policier a été poignardé … l'homme a poignardé l'agent de police »: the same act told once with no
    doer and once with one (the caller checks the word and type) is one event, whose doer the fuller telling gives,
    when both name the same recipient, or recipients known only by descriptions of the same role (one sector: the
    victim named again by another noun); never two recipients named differently."""
    if bool(a.source) == bool(b.source) or not a.target or not b.target:
        return False
    if set(a.target) & set(b.target):
        return True
    roles = {role_of(x) for x in a.target + b.target}
    return len(roles) == 1 and None not in roles


def to_events(found: list[FoundEvent], text: str, off: int) -> list[Event]:
    """The merged events as records, with article offsets (doc offset + `off`) and ids v1, v2… in text order."""
    def span(a: tuple[int, int]) -> TextSpan:
        s, e = a
        while e > s and text[e - 1].isspace():
            e -= 1
        return TextSpan(s + off, e + off, text[s:e])

    events = []
    for n, f in enumerate(found, 1):
        first_t, first_s = f.mentions[0]
        from_context = not f.target and bool(f.context_target)
        source_from_context = not f.source and bool(f.context_source)
        events.append(Event(
            id=f"v{n}", type=f.type, mode=f.mode, source=f.source or f.context_source,
            target=f.target or f.context_target, target_from="context" if from_context else None,
            source_from="context" if source_from_context else None, place=f.place,
            trigger=span(first_t), sentence=span(first_s), date=f.date, date_text=f.date_text,
            quote=f.quote, attributed_to=f.attributed_to, negated=f.negated, hypothetical=f.hypothetical,
            confidence=f.confidence,
            mentions=[EventMention(span(t), span(s)) for t, s in f.mentions],
        ))
    return events
