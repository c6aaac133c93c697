"""`veille_entities`: one entity per referent in the article.

Reads the NER spans, cleans them (« Selon “DW News » → « DW News »), adds names the model misses (a quoted or
capitalised name right after an outlet noun: « le journal ukrainien “X” »), types places (a country, its capital or
seat of power → the country, type GPE), then clusters mentions (clusters.py): people by surname with spelling and
transliteration variants, places by the country they stand for, organisations by name, acronym or knowledge-base id.

Writes doc._.veille_entities (list of model.Entity) and doc.spans["veille_mentions"] (label = entity id).
Later components (quotes, events) add nominal mentions and descriptive entities through `EntityRegistry`.
"""
from __future__ import annotations

import functools
import logging
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import veille.nlp.extensions  # noqa: F401
from veille.nlp.extensions import doc_text, morph_values
from veille.lang import read_json, word_set
from veille.nlp.kb_ruler import after_indefinite
from veille.model import Entity, Mention
from veille.names import fold, name_key  # noqa: F401  (fold: quotes.py imports it from here)
from veille.nlp.clusters import _Cluster, _person_parts, cluster_mentions
from veille.nlp.outlet_names import media_names

log = logging.getLogger(__name__)

QUOTE_CHARS = "«»“”\"„‟‹›"
_QUOTE_MARKS = read_json("fr", "quote_marks.json")
# an opening and its closing mark, as quote_marks.json pairs them (« … », “ … ”, " … ")
QUOTE_PAIRS = frozenset(map(tuple, _QUOTE_MARKS["pairs"])) | {(m, m) for m in _QUOTE_MARKS["symmetric"]}
_EDGE_STRIP = set(QUOTE_CHARS) | set(",.;:!?()[]") | {"-", "–", "—"}


# ---- knowledge base (issue 4); a null KB keeps the engine usable without it -------------------------------
class _NullKB:
    def match(self, name, type_hint=None, context=None):
        return None

    def place_country(self, name):
        return None

    def demonym_country(self, word):
        return None

    def role_at(self, actor, date):
        return None


@functools.lru_cache(maxsize=1)
def get_kb():
    try:
        from veille.kb import get_kb as _get
        return _get()
    except Exception as exc:  # the KB is optional for extraction
        log.info("knowledge base unavailable (%s): linking disabled", exc)
        return _NullKB()


# ---- mention collection ------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def _lexicon(lang: str):
    outlets = read_json(lang, "outlets.json")
    return {
        "outlet_nouns": {w.lower() for w in outlets["outlet_nouns"]},
        "org_nouns": {w.lower() for w in outlets["org_nouns"]},
        "not_names": word_set(lang, "not_names.txt"),
        "particles": word_set(lang, "name_particles.txt"),
        "media_words": {fold(w) for w in outlets.get("outlet_name_words", [])},
    }


def _article_of_name(doc: Doc, s: int, e: int) -> bool:
    """« Le » of « Le Bihan », « Le Havre »: a capitalised article the KB ruler left at the start of a name (it
    removes the ones that are not part of it, « La France »), followed by another capitalised word."""
    return doc[s].text in ("Le", "La", "Les") and s + 1 < e and doc[s + 1].is_title


_OFFSET = re.compile(r"\s*[+\-−]\s*\d{1,2}(?::\d\d)?$")


def _without_offset(name: str) -> str:
    """« utc-5 » → « utc »: a time zone is written with its offset from UTC, a time and no name (not_names.txt)."""
    return _OFFSET.sub("", name)


def infinitive_clause_start(doc: Doc, start: int, end: int) -> int:
    """Where a preposition and a lower-case infinitive open, within [start, end), the clause a name or a description
    governs (« prie l'Ordre de coopérer », « demande aux habitants de Lorcy de rester … »: French infinitive
    complement), never part of the name itself; `end` when none does."""
    return next((k for k in range(start, end - 1) if doc[k].pos_ == "ADP" and doc[k + 1].is_lower
                 and "Inf" in morph_values(doc[k + 1], "VerbForm")), end)


def _clean(span: Span, lex) -> Optional[Span]:
    """Trim quote marks, punctuation, prepositions and determiners at the edges of an NER span."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].text in _EDGE_STRIP or doc[s].pos_ in ("ADP", "DET", "CCONJ", "PUNCT")
                     or doc[s].is_space) and not _article_of_name(doc, s, e):
        s += 1
    e = infinitive_clause_start(doc, s + 1, e)
    if span.label_ in ("LOC", "GPE", "PER"):
        # « État biélorusse », « Kremlin russe »: a lower-case adjective glued to the end is not part of the name
        while e > s + 1 and doc[e - 1].is_lower and doc[e - 1].pos_ in ("ADJ", "NOUN"):
            e -= 1
    while e > s and (doc[e - 1].text in _EDGE_STRIP or doc[e - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT")
                     or doc[e - 1].is_space or doc[e - 1].text in ("'", "’")):
        e -= 1
    if s >= e:
        return None
    out = Span(doc, s, e, label=span.label_)
    if _without_offset(out.text.lower()) in lex["not_names"] or not any(t.text[:1].isupper() for t in out) or _emblem_group(out):
        return None
    return out


EMBLEM_NOUNS = frozenset(read_json("fr", "event_actors.json")["emblem_nouns"])


def emblem_group(tok: Token) -> Optional[Token]:
    """« les Gilets jaunes », « des Bonnets rouges »: a capitalised garment (`emblem_nouns`) and its colour mid-sentence
    name the group wearing it (French typography capitalises a group's name made of common nouns), not a place or a
    person as the model may guess. The colour is returned; None when the words may name the garment (lower case, a
    sentence's first word). Between quotation marks the words are the group's name in lower case too (« des
    « bonnets rouges » »: quotes mark a name used as such, no garment). The quote and event stages read such a
    group as a common noun's people."""
    if tok.text.lower().removesuffix("s") not in EMBLEM_NOUNS:
        return None     # (most words: asked before the words around are read)
    quoted = 0 < tok.i and tok.i + 2 < len(tok.doc) and (tok.nbor(-1).text, tok.nbor(2).text) in QUOTE_PAIRS
    if not (tok.text[:1].isupper() and not tok.is_sent_start or quoted) or tok.i + 1 >= len(tok.doc):
        return None
    colour = tok.nbor(1)
    return colour if colour.pos_ == "ADJ" or colour.head.i == tok.i and colour.dep_ in ("amod", "flat:name", "flat") \
        else None


def _emblem_group(span: Span) -> bool:
    """The model's span of such a group (« Gilets », « Gilets Jaunes »): no name."""
    colour = emblem_group(span[0])
    return colour is not None and (len(span) == 1 or len(span) == 2 and span[1].i == colour.i)


def _quoted_names(doc: Doc, lex) -> list[Span]:
    """Names in quote marks or capitals right after an outlet noun: « le journal ukrainien “Ukrainska Pravda” »."""
    out = []
    text = doc_text(doc)
    for m in re.finditer(r"[«“\"]\s*([^«»“”\"\n]{2,60}?)\s*[»”\"]", text):
        inner = m.group(1)
        words = inner.split()
        if not (1 <= len(words) <= 6) or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in lex["particles"]
                                                   for w in words):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        before = doc[max(0, span.start - 6):span.start]
        cue = any(t.lower_ in lex["outlet_nouns"] or t.lemma_.lower() in lex["outlet_nouns"]
                  or t.lower_ in lex["org_nouns"] or t.lower_ in ("selon", "après") for t in before)
        if cue:
            out.append(Span(doc, span.start, span.end, label="ORG"))
    return out


# ---- the registry components share --------------------------------------------------------------------------
class EntityRegistry:
    """The article's entities while the pipeline runs: components add mentions and descriptive entities."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.entities: list[Entity] = doc._.veille_entities if doc._.veille_entities is not None else []
        doc._.veille_entities = self.entities
        if "veille_mentions" not in doc.spans:
            doc.spans["veille_mentions"] = []
        # the first entity of each folded name, over the entities read so far (the list only grows, and a name
        # once given does not change): a description asks it of every entity
        self._by_folded_name: dict[str, Entity] = {}
        self._folded = 0

    @property
    def offset(self) -> int:
        return self.doc._.veille_offset or 0

    def get(self, entity_id: Optional[str]) -> Optional[Entity]:
        return next((e for e in self.entities if e.id == entity_id), None)

    def new_entity(self, name: str, type_: str, **kw) -> Entity:
        ent = Entity(id=f"e{len(self.entities) + 1}", name=name, type=type_, **kw)
        self.entities.append(ent)
        return ent

    def add_mention(self, entity: Entity, span: Span) -> None:
        start, end = span.start_char + self.offset, span.end_char + self.offset
        if any(m.start == start and m.end == end for m in entity.mentions):
            return
        entity.mentions.append(Mention(start, end, span.text))
        entity.mentions.sort(key=lambda m: m.start)
        if span.text not in entity.aliases and span.text != entity.name and not span[0].pos_ == "PRON":
            entity.aliases.append(span.text)
        # append to the span group in place: rebuilding it per mention made adding mentions quadratic
        self.doc.spans["veille_mentions"].append(Span(self.doc, span.start, span.end, label=entity.id))
        self.doc.user_data.pop("veille_mention_index", None)

    def descriptive_entity(self, span: Span, type_: str) -> Entity:
        """An unnamed speaker keeps its description (« un officier de police »), one entity per description."""
        while len(span) > 1 and (span[-1].is_space or span[-1].is_punct):
            span = span[:-1]    # « — Porte-parole des pompiers » signing a block: not the blank line after it
        key = fold(span.text)
        for e in self.entities[self._folded:]:
            self._by_folded_name.setdefault(fold(e.name), e)
        self._folded = len(self.entities)
        e = self._by_folded_name.get(key)
        if e is not None:
            self.add_mention(e, span)
            return e
        ent = self.new_entity(span.text, type_)
        self.add_mention(ent, span)
        return ent


def _display_name(cluster: _Cluster, lex) -> str:
    if cluster.type == "GPE" and cluster.kb is not None:
        # the country as the article names it, else its French name
        for n in cluster.names:
            if fold(n) in {fold(a) for a in [cluster.kb.name]}:
                return n
        return cluster.kb.name
    return max(cluster.names, key=lambda n: (len(n.split()), len(n)))


def build_entities(doc: Doc, lang: str = "fr") -> list[Entity]:
    lex = _lexicon(lang)
    kb = get_kb()
    bps = [(s.start, s.end) for s in doc.spans.get("veille_boilerplate", [])]

    def in_bp(sp):
        return any(a <= sp.start < b for a, b in bps)

    spans = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "ORG", "LOC", "MISC", "GPE") or in_bp(ent):
            continue
        c = _clean(ent, lex)
        if c is None:
            continue
        if _nationality(c, kb):
            continue
        spans.append(c)
    for sp in _quoted_names(doc, lex):
        if not in_bp(sp):
            spans.append(sp)
    for sp in doc.spans.get("veille_kb_names", []):
        if not in_bp(sp):
            spans.append(sp)
    taken = {k for sp in spans for k in range(sp.start, sp.end)}
    spans += [sp for sp in media_names(doc, lex["media_words"], lex["particles"], taken) if not in_bp(sp)]
    # one span per token range: the later sources (quoted names, KB) win over the model's guess
    by_range: dict[tuple[int, int], Span] = {}
    for sp in spans:
        by_range[(sp.start, sp.end)] = sp
    spans = _drop_overlaps(_whole_names(list(by_range.values()), lex, kb))

    clusters = cluster_mentions(spans, lex, kb, lang)
    for c in clusters:
        if c.kb is not None and getattr(c.kb, "type", None):
            c.type = c.kb.type
        elif c.labels:
            # the label the model gave most often (GPE over LOC once any mention was a country)
            votes = {lab: c.labels.count(lab) for lab in c.labels}
            c.type = max(votes, key=lambda lab: (votes[lab], lab == "GPE", lab == "PER"))
    clusters.sort(key=lambda c: min(s.start for s in c.spans))
    registry = EntityRegistry(doc)
    art = doc._.veille_article
    date = getattr(art, "published", None) if art is not None else None
    for c in clusters:
        actor = c.kb
        ent = registry.new_entity(_display_name(c, lex), c.type if c.type != "MISC" or actor is None else actor.type)
        if actor is not None:
            ent.kb_id = actor.kb_id
            ent.country = getattr(actor, "country", None)
            ent.sector = getattr(actor, "sector", None)
            try:
                ent.role = kb.role_at(actor, date)
            except Exception:
                ent.role = None
            for a in list(getattr(actor, "aliases", []) or [])[:12]:
                if a not in ent.aliases and a != ent.name:
                    ent.aliases.append(a)
        for sp in sorted(c.spans, key=lambda s: s.start):
            registry.add_mention(ent, sp)
    _recover_missed_mentions(doc, registry, lex, in_bp)
    return registry.entities


def _nationality(span: Span, kb) -> bool:
    """« les Russes », « le Biélorusse », « un Suisse » (a country's name takes no indefinite article): a
    nationality, not a name."""
    return len(span) == 1 and bool(kb.demonym_country(span.text)) and (
        not kb.place_country(span.text) or after_indefinite(span))


def _recover_missed_mentions(doc: Doc, registry: "EntityRegistry", lex, in_bp) -> None:
    """Names the model tagged once but missed elsewhere (« Abbas Akhoundi » at a paragraph start): every other
    capitalised occurrence of a known name, or of a known person's surname, is a mention too."""
    names: dict[str, Entity] = {}
    for e in registry.entities:
        for n in [e.name] + [m.text for m in e.mentions]:
            names.setdefault(fold(n), e)
        if e.type == "PER":
            parts = _person_parts(e.name, lex["particles"])
            if len(parts) >= 2:
                names.setdefault(fold(parts[-1]), e)
    if not names:
        return
    covered = set()
    for sp in doc.spans["veille_mentions"]:
        covered.update(range(sp.start, sp.end))
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i in covered or not tok.text[:1].isupper() or tok.is_punct:
            i += 1
            continue
        hit = None
        for length in (4, 3, 2, 1):
            j = i + length
            if j > n or any(k in covered for k in range(i, j)):
                continue
            if not doc[j - 1].text[:1].isupper():
                continue
            e = names.get(fold(doc[i:j].text))
            if e is not None:
                hit = (j, e)
                break
        if hit is None or in_bp(doc[i:hit[0]]) or _nationality(doc[i:hit[0]], get_kb()):
            i += 1
            continue
        registry.add_mention(hit[1], doc[i:hit[0]])
        covered.update(range(i, hit[0]))
        i = hit[0]


def _joined(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written inside one word (« Marin-Sorel »): no space on either side."""
    return 0 < i < len(doc) - 1 and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].text[:1].isalnum() and doc[i - 1].text[-1:].isalnum()


def _whole_names(spans: list[Span], lex, kb) -> list[Span]:
    """The NER often cuts a name the tokenizer split: a hyphenated word is one word (« Marin-Sorel », « Saint-Aulin
    »), a person's name runs on over the capitalised proper nouns that follow it (« Paul Ostal Vernier ») and
    over a nobiliary particle and a surname no other name claims (« Anne Ostal de Vernières »). Each span grows
    over tokens no other span holds."""
    if not spans:
        return spans
    doc = spans[0].doc
    owner = {}
    for n, sp in enumerate(spans):
        for k in range(sp.start, sp.end):
            owner.setdefault(k, n)
    free = lambda k, n: owner.get(k, n) == n
    out, absorbed = [], set()
    for n, sp in enumerate(spans):
        s, e = sp.start, sp.end
        while s >= 2 and _joined(doc, s - 1) and free(s - 1, n) and free(s - 2, n):
            s -= 2
        while e + 1 < len(doc) and _joined(doc, e) and free(e, n) and free(e + 1, n):
            e += 2
            # « Goutte-d'Or »: an elided particle goes on into the next word
            if e < len(doc) and doc[e - 1].text[-1:] in ("'", "’") and free(e, n) and doc[e].text[:1].isupper():
                e += 1
        if sp.label_ == "PER":
            while e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and doc[e].is_alpha \
                    and doc[e - 1].whitespace_ and e not in owner:
                e += 1
            if e - s >= 2 and e + 1 < len(doc) and doc[e].lower_ in lex["particles"] and doc[e].is_lower:
                # the surname after the particle: a capitalised word that is no place, person or organisation
                k = owner.get(e + 1)
                other = spans[k] if k is not None else None
                word = doc[e + 1]
                if word.text[:1].isupper() and word.pos_ == "PROPN" and (other is None or (
                        len(other) == 1 and other.label_ in ("LOC", "MISC"))) and \
                        kb.place_country(word.text) is None and kb.match(word.text) is None and \
                        (e + 2 >= len(doc) or not doc[e + 2].text[:1].isupper()):
                    if other is not None:
                        absorbed.add(k)
                    e += 2
        if (s, e) != (sp.start, sp.end):
            for k in range(s, e):
                owner.setdefault(k, n)
            sp = Span(doc, s, e, label=sp.label_, kb_id=sp.kb_id_)
        out.append(sp)
    return [sp for n, sp in enumerate(out) if n not in absorbed]  # a surname taken into a longer name is gone


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and sp.start < out[-1].end:
            continue
        out.append(sp)
    return out


@Language.factory("veille_entities", assigns=["doc.spans", "doc._.veille_entities"],
                  requires=["doc.ents", "token.pos", "token.lemma"], default_config={"lang": "fr"})
def make_entities(nlp: Language, name: str, lang: str):
    return EntityBuilder(lang)


class EntityBuilder:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_entities = []
        doc.spans["veille_mentions"] = []
        build_entities(doc, self.lang)
        return doc
