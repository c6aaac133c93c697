"""Clustering an article's name mentions into referents: people by surname with spelling and transliteration
variants (a bare surname joins the one full name that ends with it), places by the country they stand for,
organisations by name, acronym or knowledge-base id. `veille.nlp.entities` builds its entities from these clusters;
the referent chains read `bare_name` and `similar_names` too."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from veille.names import fold, name_key


def similar_names(a: str, b: str) -> bool:
    """Spelling/transliteration variants of one surname (Podoliak / Podolyak)."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if len(ka) < 5 or len(kb) < 5 or ka[0] != kb[0]:
        return False
    from rapidfuzz.distance import Levenshtein
    return Levenshtein.distance(ka, kb) <= (1 if min(len(ka), len(kb)) < 8 else 2)


class _Cluster:
    __slots__ = ("type", "spans", "kb", "country_key", "names", "labels")

    def __init__(self, type_: str):
        self.type = type_
        self.spans: list[Span] = []
        self.kb = None
        self.country_key = None
        self.names: list[str] = []
        self.labels: list[str] = []

    @property
    def surnames(self) -> set[str]:
        return {n.split()[-1] for n in self.names if n.split()}

    def add(self, span: Span, name: str):
        self.spans.append(span)
        if name not in self.names:
            self.names.append(name)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-ZÀ-Ý][\w-]*", name) if w)


def _acronyms(name: str) -> set[str]:
    """Initials of a name with and without its small words (SDJ and SJ for « Société des journalistes »)."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w]
    every = "".join(w[0] for w in words if w[0].isalpha()).upper()
    content = "".join(w[0] for w in words if w[0].isalpha() and len(w) > 3).upper()
    return {every, content, _acronym(name)} - {""}


def _person_parts(name: str, particles) -> list[str]:
    return [w for w in name.split() if w.lower() not in particles]


def cluster_mentions(spans: list[Span], lex, kb, lang: str = "fr") -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_kb: dict[str, _Cluster] = {}
    # longer names first, so that a bare surname finds the full name it belongs to
    order = sorted(range(len(spans)), key=lambda i: (-len(spans[i].text.split()), spans[i].start))
    for i in order:
        span = spans[i]
        name = span.text.strip()
        label = span.label_
        person = _person_of_surname(clusters, name, lex)
        if person is not None:
            # within one article, the surname of a person it named in full is that person, not a place or a
            # name the knowledge base spells alike (« Marc Lyon … selon Lyon »)
            person.add(span, name)
            person.labels.append("PER")
            continue
        seat = kb.actors.get(span.kb_id_) if span.kb_id_ and label in ("LOC", "GPE") else None
        if seat is not None and seat.type == "ORG":
            label, place = "ORG", None  # the KB ruler read a seat as its institution (« Bruxelles » = the EU)
        else:
            seat = None
            place = kb.place_country(name) if label in ("LOC", "GPE", "ORG", "MISC") else None
        if place is not None:
            label = "GPE"
        actor = seat or place or kb.match(name, type_hint=label if label in ("PER", "ORG") else None)
        if actor is not None and label == "LOC" and getattr(actor, "type", None) in ("GPE",):
            label = "GPE"
        if actor is not None and getattr(actor, "type", None) in ("PER", "ORG") and label in ("MISC", "LOC"):
            label = actor.type
        target = None
        if actor is not None and actor.kb_id in by_kb:
            target = by_kb[actor.kb_id]
        if target is None:
            target = _find_cluster(clusters, name, label, lex)
        if target is None:
            target = _Cluster(label)
            clusters.append(target)
        if actor is not None and target.kb is None:
            target.kb = actor
            by_kb[actor.kb_id] = target
        target.add(span, name)
        target.labels.append(label)
    return clusters


def _person_of_surname(clusters, name: str, lex) -> Optional[_Cluster]:
    """The one person cluster whose full name ends with this single word, if exactly one."""
    if " " in name or "-" in name or not name[:1].isupper():
        return None
    f = fold(name)
    found = [c for c in clusters if c.type == "PER" and any(
        len(parts) >= 2 and fold(parts[-1]) == f for parts in (_person_parts(n, lex["particles"]) for n in c.names))]
    return found[0] if len(found) == 1 else None


def bare_name(name: str) -> str:
    """A folded name without the article that opens it: « au Matin » and « Le Matin » name one title."""
    f = fold(name)
    head, _, rest = f.partition(" ")
    return rest if rest and head in ("le", "la", "les", "l") else f


def _find_cluster(clusters, name: str, label: str, lex) -> Optional[_Cluster]:
    f = fold(name)
    for c in clusters:
        # within one article the same name is the same referent, whatever type the model guessed each time
        if any(fold(n) == f for n in c.names):
            return c
    # « du Matin », « au Matin »: the article of a title (« Le Matin ») is contracted into the preposition
    for c in clusters:
        if any(bare_name(n) == bare_name(name) for n in c.names):
            return c
    if label == "PER":
        parts = _person_parts(name, lex["particles"])
        if not parts:
            return None
        cands = []
        for c in clusters:
            if c.type != "PER":
                continue
            for n in c.names:
                cparts = _person_parts(n, lex["particles"])
                if not cparts:
                    continue
                if len(parts) == 1:
                    # a surname alone (or a variant spelling of it) refers to a full name already seen
                    if similar_names(parts[0], cparts[-1]):
                        cands.append(c)
                        break
                elif len(parts) >= 2 and len(cparts) >= 2 and similar_names(parts[-1], cparts[-1]) and \
                        name_key(parts[0])[:1] == name_key(cparts[0])[:1]:
                    cands.append(c)
                    break
        if len(cands) >= 1:
            return cands[-1] if len(cands) == 1 else None  # ambiguous surname: keep apart
    if label in ("ORG", "MISC"):
        acrs = _acronyms(name)
        for c in clusters:
            if c.type not in ("ORG", "MISC"):
                continue
            for n in c.names:
                # « Société des journalistes » / « SDJ », « Organisation mondiale de la santé » / « OMS »
                if (len(name) >= 2 and name.isupper() and name in _acronyms(n)) or \
                        (n.isupper() and len(n) >= 2 and n in acrs):
                    return c
    return None
