"""`veille_events`: PLOVER events — who did what to whom, when, said by whom.

Cheap by design: one pass over the tokens looks lemmas up in the trigger lexicon (lang/<lang>/event_triggers.json);
only trigger tokens get dependency walks:
- verbs: subject → source (through xcomp/conj/advcl chains, relative « qui », and a coordinated list written left
  of the subject), object / à- / avec- / contre-complements → target, passive subject → target and « par » agent →
  source;
- nouns: « de » complement (role set per noun: « l'invasion de l'Ukraine »), « par » → source, « avec »/« contre »
  → target, a possessive (« sa rencontre ») → the subject of the governing verb; a light verb's subject
  (« la police a effectué des arrestations ») → source.
Arguments become entity ids: the mention under the phrase head, its appositions and conjuncts, else a named
complement, else a descriptive actor (« la police », « des manifestants », sector from the lexicon) added through
the entity registry. Pronouns: « je/nous » in a quote → its speaker; « il/elle/ils » → the nearest preceding
subject entity.

Flags: negated (ne … pas, aucun, sans), hypothetical (si / en cas de, conditional or subjunctive mood, a modal
or intention governor: « pourrait frapper », « son intention de déployer » — announced, not yet done).
Attribution: inside a quote span → quote id and its speaker (+ relays); « selon X » in the sentence → X.
Dates: a date expression of the trigger's clause, else of its sentence, else the last day written earlier in the
paragraph, else the reference date (publication or dateline) — except for the pluperfect (background) → null.
The same event told again (same type and actors; the title restating the lead) is one event with several mentions.
The content of another trigger (« demande à la Russie de s'engager ») is not an event of its own.

Offsets are article offsets (doc char offset + doc._.veille_offset), like the entity registry's.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import veille.nlp.extensions  # noqa: F401
from veille.nlp.extensions import doc_text
from veille.lang import _er_forms, _ir_forms, read_json, word_set
from veille.model import Event, EventMention, TextSpan
from veille.nlp.mentions import mention_index

log = logging.getLogger(__name__)

SUBJ = ("nsubj", "nsubj:pass", "csubj")
CLIMB = ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "parataxis")
NMOD = ("nmod", "obl", "obl:arg", "obl:mod", "obl:agent", "iobj")
IRREGULAR_IR = {"tenir", "soutenir", "détenir", "convenir", "parvenir", "venir", "ouvrir", "offrir", "mourir"}
HEAD_OF_STATE = {"président", "présidente", "chef", "dirigeant", "dirigeante", "leader", "dictateur"}
LOCATIVE_TYPES = ("PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT")
VERBAL = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN")
SPEECH_LIKE = ("REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "SUPPORT", "CONCEDE")


@dataclass
class Lexicon:
    verbs: dict
    nouns: dict
    verb_forms: dict
    classes: dict            # lemma -> class name
    actor_nouns: dict
    armed_sectors: set
    need_modifier: set
    negation: set
    modal_verbs: set
    intention_nouns: set
    target_preps: set
    agent_preps: set
    attribution_preps: set
    first_person: set
    third_person: set
    possessives: set
    demonstrative_groups: set
    hypothesis_marks: list
    light_verbs: set
    impersonal_verbs: set
    control_verbs: set
    anaphoric_nouns: dict
    mode_cues: dict
    threat_content: set
    threat_speech: set
    civil_sectors: set
    civil_retype: dict


@functools.cache
def lexicon(lang: str = "fr") -> Lexicon:
    d = read_json(lang, "event_triggers.json")
    verb_forms = {}
    for lemma, readings in d["verbs"].items():
        e = readings if isinstance(readings, dict) else {"forms": [f for r in readings for f in r.get("forms", [])]}
        # regular conjugations, because the tagger's lemmas are unreliable on rare or capitalised verbs
        if lemma.endswith("er"):
            forms = _er_forms(lemma[:-2])
        elif lemma.endswith("ir") and lemma not in IRREGULAR_IR:
            forms = _ir_forms(lemma[:-2])
        else:
            forms = []
        for f in forms + e.get("forms", []):
            verb_forms.setdefault(f, lemma)
    classes = {}
    for cls, words in d["noun_classes"].items():
        for w in words:
            classes.setdefault(w, cls)
    lower = lambda xs: {x.lower() for x in xs}
    # an entry may list readings tried in order (« mettre … en garde » THREATEN, « mettre … d'accord » AGREE)
    as_list = lambda table: {k: (v if isinstance(v, list) else [v]) for k, v in table.items()}
    return Lexicon(
        verbs=as_list(d["verbs"]), nouns=as_list(d["nouns"]), verb_forms=verb_forms, classes=classes,
        actor_nouns={k: v for k, v in d["actor_nouns"].items() if not k.startswith("_")},
        armed_sectors=set(d["armed_sectors"]), need_modifier=set(d["groups_need_modifier"]),
        negation=lower(d["negation"]), modal_verbs=lower(d["modal_verbs"]),
        intention_nouns=lower(d["intention_nouns"]), target_preps=lower(d["target_preps"]),
        agent_preps=lower(d["agent_preps"]), attribution_preps=lower(d["attribution_preps"]),
        first_person=lower(d["first_person"]), third_person=lower(d["third_person"]),
        possessives=lower(d["possessives"]), demonstrative_groups=lower(d["demonstrative_groups"]),
        hypothesis_marks=[m.lower() for m in d["hypothesis_marks"]],
        light_verbs=lower(d["light_verbs"]),
        impersonal_verbs=lower(d["impersonal_verbs"]), control_verbs=lower(d["control_verbs"]),
        anaphoric_nouns={k.lower(): v for k, v in d["anaphoric_nouns"].items()},
        mode_cues={w: mode for mode, ws in d["mode_cues"].items() if not mode.startswith("_") for w in ws},
        threat_content=set(d["threat_content"]), threat_speech=set(d["threat_speech"]),
        civil_sectors=set(d["civil_sectors"]),
        civil_retype={k: v for k, v in d["civil_retype"].items() if not k.startswith("_")},
    )


def _norm(s: str) -> str:
    return s.lower().replace("’", "'")


def _fold(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


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


def _case(tok: Token) -> str:
    """The preposition introducing a nominal (« au » → « à »), or ''."""
    parts = [c for c in tok.children if c.dep_ in ("case", "mark") and c.i < tok.i]
    if not parts:
        return ""
    words = " ".join(_norm(c.text) for c in sorted(parts, key=lambda c: c.i))
    first = words.split()[0]
    if first in ("au", "aux"):
        return "à"
    if first in ("du", "des", "d'"):
        return "de"
    if words.startswith("de la part"):
        return "de la part de"
    if words.startswith("en direction"):
        return "en direction de"
    return first


@dataclass
class _Trigger:
    tok: Token
    lemma: str
    entry: dict
    kind: str                 # verb | noun
    type: str
    mode: str | None


@dataclass
class _Found:
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
    retelling: bool = False     # a definite nominal (« la rencontre », « cette frappe ») tells a known event again
    mentions: list = field(default_factory=list)   # [(trigger, sentence)]


class _Run:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.text = doc_text(doc)
        self._sent_bounds = self._sentence_bounds(doc)
        self.midx = mention_index(doc)
        self.ents = {e.id: e for e in (doc._.veille_entities or [])}
        self.bp = [(s.start, s.end) for s in doc.spans.get("veille_boilerplate", [])]
        self.quote_spans = [(s.start, s.end, s.label_) for s in doc.spans.get("veille_quotes", [])]
        self.quotes = {q.id: q for q in (doc._.veille_quotes or [])}
        art = doc._.veille_article
        self.offset = doc._.veille_offset or 0
        self.body_start = max(0, (getattr(art, "body_start", 0) or 0) - self.offset) if art is not None else 0
        self.dates = self._date_tokens()
        self.ref = doc._.veille_reference_date
        self._actor_cache: dict[str, str] = {}
        self._registry = None
        self.trigger_at: dict[int, _Trigger] = {}
        self.last_by_type: dict[str, list[str]] = {}
        self.descriptive: set[str] = set()

    @staticmethod
    def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token indices of each token's sentence, computed once (Token.sent walks the doc)."""
        starts = [t.i for t in doc if t.i == 0 or t.is_sent_start]
        starts.append(len(doc))
        bounds = []
        for a, b in zip(starts, starts[1:]):
            bounds.extend([(a, b)] * (b - a))
        return bounds

    def sent(self, tok: Token) -> Span:
        s, e = self._sent_bounds[tok.i]
        return self.doc[s:e]

    # ---- entities ------------------------------------------------------------------------------------------
    def registry(self):
        if self._registry is None:
            from veille.nlp.entities import EntityRegistry
            self._registry = EntityRegistry(self.doc)
        return self._registry

    def entity_of(self, tok: Token) -> str | None:
        return self.midx.get(tok.i)

    def in_boilerplate(self, tok: Token) -> bool:
        return any(a <= tok.i < b for a, b in self.bp)

    def quote_of(self, tok: Token) -> str | None:
        for s, e, label in self.quote_spans:
            if s <= tok.i < e:
                return label
        return None

    def phrase_entities(self, tok: Token, depth: int = 0, seen=None) -> list[str]:
        """Entity ids a nominal phrase names: its own mention, appositions and conjuncts, else a named complement,
        else a descriptive actor."""
        seen = seen if seen is not None else set()
        if tok.i in seen:
            return []
        seen.add(tok.i)
        if tok.pos_ == "PRON" or _norm(tok.text) in self.lex.first_person:
            return self.resolve_pronoun(tok)
        out: list[str] = []
        e = self.entity_of(tok)
        if e:
            out.append(e)
        late_appos = []
        head_case = _case(tok)
        for c in tok.children:
            if c.dep_ in ("amod", "flat", "flat:name") and self.entity_of(c) and not e:
                out.append(self.entity_of(c))    # « l'organisation armée État islamique »
            elif c.dep_ == "conj" and _case(c) and head_case and _case(c) != head_case:
                continue                          # « contre l'organisation … en Irak et en Syrie »
            elif c.dep_ == "appos" and c.pos_ == "NOUN" and not self.entity_of(tok):
                late_appos.append(c)       # « les gouvernements X et Y, membres de … »: the head names first
            elif c.dep_ in ("conj", "appos", "flat:name", "flat", "fixed") and c.pos_ in ("NOUN", "PROPN", "PRON", "X"):
                out += self.phrase_entities(c, depth, seen)
            elif c.dep_ == "nmod" and c.i > tok.i and self.entity_of(c) and not any(
                    g.dep_ == "case" for g in c.children) and tok.pos_ == "NOUN":
                out += self.phrase_entities(c, depth, seen)      # « les réseaux sociaux Twitter et Facebook »
        if not out and tok.pos_ in ("NOUN", "PROPN"):
            # a named entity anywhere inside the head's own words (multi-token names the parser split)
            for c in tok.children:
                if c.dep_ in ("flat:name", "flat", "amod", "compound") and self.entity_of(c):
                    out.append(self.entity_of(c))
        if not out and tok.pos_ in ("NOUN", "PROPN"):
            d = self.designated(tok)
            if d:
                out.append(d)
        if not out and tok.pos_ == "NOUN":
            actor = self.actor_entity(tok)
            if actor:
                out.append(actor)
                adjs = [c for c in tok.children if c.dep_ == "amod"]
                adjs += [g for c in adjs for g in c.children if g.dep_ == "conj"]
                out += [e for c in adjs for e in self.demonym_entities(c)]
        if not out and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ == "amod" or (c.dep_ == "conj" and c.pos_ == "ADJ"):
                    out += self.demonym_entities(c)
        if not out and tok.pos_ == "NOUN":
            out += self.demonstrative_group(tok)
        if not out and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "obl:arg"):
            out += self.anaphoric(tok)
        for c in late_appos:
            if not out:
                out += self.phrase_entities(c, depth, seen)
        if not out and depth == 0 and tok.pos_ == "NOUN":
            for c in tok.children:      # « au pays dirigé par Pierre Nkurunziza »
                if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm"):
                    for g in c.children:
                        if g.dep_ == "obl:agent" and self.entity_of(g):
                            out += self.phrase_entities(g, depth + 1, seen)
        if not out and depth == 0 and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ == "nmod" and _case(c) in ("de", "en", "d'") and c.i not in self.dates:
                    out += self.phrase_entities(c, depth + 1, seen)
        return list(dict.fromkeys(x for x in out if x))

    # ---- designations and demonyms ----------------------------------------------------------------------------
    def _designation_key(self, noun: Token) -> str:
        mods = sorted(_norm(c.lemma_) for c in noun.children if c.dep_ == "amod")
        return " ".join([_norm(noun.lemma_)] + mods)

    @functools.cached_property
    def designations(self) -> dict[str, str]:
        """« le président biélorusse, Alexandre Loukachenko »: designation key → the person's entity id."""
        titles = self.titles
        out: dict[str, str] = {}
        for span in self.doc.spans.get("veille_mentions", []):
            ent = self.ents.get(span.label_)
            if ent is None or ent.type != "PER":
                continue
            head = span.root
            cands = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ in ("appos", "flat:name") and head.head.i not in self.midx:
                cands.append(head.head)
            j = span.start - 1
            while j >= 0 and self.doc[j].pos_ == "ADJ":
                j -= 1
            if j >= 0 and self.doc[j].pos_ == "NOUN":
                cands.append(self.doc[j])
            for t in cands:
                if t.pos_ == "NOUN" and _norm(t.lemma_) in titles and t.i not in self.midx:
                    out.setdefault(self._designation_key(t), ent.id)
        return out

    @functools.cached_property
    def titles(self) -> frozenset:
        return word_set("fr", "titles.txt")

    def designated(self, noun: Token) -> str | None:
        """The person a title designates in this article (« le président biélorusse », « le chef d'État
        biélorusse » when the only Belarusian designated so far is the president)."""
        lemma = _norm(noun.lemma_)
        if noun.pos_ == "NOUN" and lemma not in self.titles:
            return None
        key = self._designation_key(noun)
        if key in self.designations:
            return self.designations[key]
        adjs = {_norm(c.lemma_) for c in noun.children if c.dep_ == "amod"}
        if noun.pos_ == "PROPN":
            adjs = {lemma}
        if not adjs:
            return None
        heads = {lemma} | (HEAD_OF_STATE if lemma in HEAD_OF_STATE else set())
        hits = {eid for k, eid in self.designations.items() if adjs & set(k.split()[1:]) and k.split()[0] in heads}
        if len(hits) == 1:
            return hits.pop()
        return self.designated_by_role(noun, heads)

    def designated_by_role(self, noun: Token, heads: set) -> str | None:
        """« le président russe » → the Russian person whose role (knowledge base) is president."""
        from veille.nlp.entities import get_kb
        countries = set()
        for c in noun.children:
            if c.dep_ == "amod":
                try:
                    code = get_kb().demonym_country(c.text)
                except Exception:
                    code = None
                if code:
                    countries.add(code)
        if not countries:
            return None
        words = {_fold(h) for h in heads}
        hits = [e.id for e in self.ents.values() if e.type == "PER" and e.country in countries and e.role
                and any(w in _fold(e.role).replace("'", " ").split() for w in words)]
        return hits[0] if len(set(hits)) == 1 else None

    @functools.cached_property
    def places(self) -> list[tuple[str, list[str]]]:
        out = []
        for e in self.ents.values():
            if e.type in ("GPE",):
                names = [e.name] + list(e.aliases) + [m.text for m in e.mentions]
                out.append((e.id, [_fold(n).replace("-", " ") for n in names if n]))
        return out

    def demonym_entities(self, adj: Token) -> list[str]:
        """« nord-coréen » → [Corée du Nord]; « russo-américain » → [Russie, États-Unis]."""
        if adj.pos_ not in ("ADJ", "PROPN", "NOUN"):
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

    def demonym_entity(self, adj: Token) -> str | None:
        ids = self.demonym_entities(adj)
        return ids[0] if ids else None

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
        return ent.id

    def _demonym_word(self, text: str, all_parts: bool = False) -> str | None:
        from veille.nlp.entities import get_kb
        try:
            country = get_kb().demonym_country(text)
        except Exception:
            country = None
        if country:
            for e in self.ents.values():
                if e.country == country and e.type == "GPE":
                    return e.id
            return self.country_entity(country)
        parts = [p for p in _fold(text).replace("-", " ").split() if p]
        if not parts or (all_parts and len(parts) < 2):
            return None
        for eid, names in self.places:
            for n in names:
                words = n.split()
                if all(any(_stem_match(p, w) for w in words) for p in parts):
                    return eid
        return None

    def actor_entity(self, tok: Token) -> str | None:
        """« la police », « des manifestants », « l'armée turque »: an actor named by a common noun."""
        lemma = _norm(tok.lemma_)
        sector = self.lex.actor_nouns.get(lemma) or self.lex.actor_nouns.get(_norm(tok.text))
        is_title = lemma in self.titles
        if not sector and not is_title:
            return None
        # modifiers that name the actor: adjectives, « de » + bare noun (groupe de militaires, forces de police)
        mods = [c for c in tok.children if c.i > tok.i and c.i not in self.dates and (
            (c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB", "NOUN")) or
            (c.dep_ == "nmod" and c.i == tok.i + 1 and not any(g.dep_ == "case" for g in c.children)) or
            (c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and _case(c) in ("de", "d'") and c.i - tok.i <= 3
             and not any(g.dep_ == "det" for g in c.children) and not any(
                _norm(g.text) in ("du", "de la") for g in c.children if g.dep_ == "case")))]
        if not mods:
            prior = self.known_actor(tok)
            if prior:
                return prior
        if lemma in self.lex.need_modifier and not mods:
            return None
        left = tok.i
        for c in tok.children:
            if c.dep_ == "amod" and c.i < tok.i:
                left = min(left, c.i)
        right = tok.i
        for m in mods:
            sub = [t.i for t in m.subtree if t.dep_ not in ("acl:relcl", "punct") and t.i - tok.i <= 6]
            right = max(right, max(sub) if sub else m.i)
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "ADJ":
                right = max(right, c.i)
        right = min(right, self.sent(tok).end - 1)
        while right > tok.i and self.doc[right].pos_ in ("PUNCT", "ADP", "DET", "CCONJ"):
            right -= 1
        span = self.doc[left:right + 1]
        key = " ".join(_norm(t.lemma_) for t in span)
        if key in self._actor_cache:
            eid = self._actor_cache[key]
            ent = self.registry().get(eid)
            if ent is not None:
                self.registry().add_mention(ent, span)
            return eid
        typ = "PER" if is_title and not sector else "ORG"
        ent = self.registry().descriptive_entity(span, typ)
        if ent.sector is None:
            ent.sector = sector
        self._actor_cache[key] = ent.id
        self.descriptive.add(ent.id)
        self.ents[ent.id] = ent
        self.midx = mention_index(self.doc)
        return ent.id

    def known_actor(self, tok: Token) -> str | None:
        """« l'armée » after « l'armée turque »: a bare definite noun names the actor already named with it."""
        if not any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
                   for c in tok.children):
            return None
        word = _fold(tok.text)
        best = None
        for span in self.doc.spans.get("veille_mentions", []):
            if span.start >= tok.i:
                continue
            if word in _fold(span.text).replace("'", " ").split() and len(span) > 1:
                best = span.label_
        return best

    def anaphoric(self, tok: Token) -> list[str]:
        """« l'institution », « l'organisation », « le pays » as subject: the last entity of that kind named."""
        types = self.lex.anaphoric_nouns.get(_norm(tok.lemma_))
        if not types or not any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get(
                "PronType")) for c in tok.children) or any(c.dep_ == "nmod" for c in tok.children):
            return []
        for j in range(tok.i - 1, max(-1, tok.i - 150), -1):
            e = self.midx.get(j)
            ent = self.ents.get(e) if e else None
            if ent is not None and ent.type in types and e not in self.relays and e not in self.descriptive:
                return [e]
        return []

    def demonstrative_group(self, tok: Token) -> list[str]:
        """« ces trois États » → the last list of places named before."""
        if _norm(tok.lemma_) not in self.lex.demonstrative_groups:
            return []
        if not any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in tok.children):
            return []
        n = None
        for c in tok.children:
            if c.dep_ == "nummod" and c.like_num:
                try:
                    n = int(c.text)
                except ValueError:
                    n = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}.get(c.lower_)
        groups = self._lists_in(self.doc[max(0, tok.i - 120):tok.i])
        for g in reversed(groups):
            if (n is None and len(g) >= 2) or len(g) == n:
                return g
        return []

    def _lists_in(self, span: Span) -> list[list[str]]:
        """Runs of place entities joined by commas, « et », articles and « de » (« de la Biélorussie, du
        Kazakhstan et de l'Ukraine »)."""
        out, run = [], []
        for t in span:
            e = self.entity_of(t)
            if e and (self.ents.get(e) is None or self.ents[e].type in ("GPE", "LOC")):
                if e not in run:
                    run.append(e)
            elif e or t.text in (",", "et", "ou") or t.pos_ in ("DET",) or _norm(t.text) in ("de", "du", "des", "d'"):
                continue
            else:
                if len(run) >= 2:
                    out.append(run)
                run = []
        if len(run) >= 2:
            out.append(run)
        return out

    def resolve_pronoun(self, tok: Token) -> list[str]:
        out = self._resolve_pronoun(tok)
        if not out and self.entity_of(tok):
            out = [self.entity_of(tok)]
        return out

    def _resolve_pronoun(self, tok: Token) -> list[str]:
        low = _norm(tok.text)
        if low in self.lex.first_person:
            qid = self.quote_of(tok)
            q = self.quotes.get(qid) if qid else None
            return [q.speaker] if q is not None and q.speaker else []
        if low in ("où", "dont", "quoi"):
            return []
        if "Rel" in tok.morph.get("PronType") or low in ("qui", "que", "lequel", "laquelle", "lesquels"):
            head = tok.head
            if head.dep_ == "acl:relcl" and head.head.i < tok.i:
                return self.phrase_entities(head.head, 0, {tok.i})
            return []
        if low in self.lex.third_person or tok.lemma_ in ("il", "lui", "le"):
            plural = low in ("ils", "elles", "les", "leur", "eux") or "Plur" in tok.morph.get("Number")
            return self.antecedent(tok.i, plural)
        return []

    def antecedent(self, i: int, plural: bool = False) -> list[str]:
        """Nearest preceding subject entity (within three sentences), else the nearest person (« il »,
        « elle ») or the nearest entity. Inside a direct quote, « il » is not the speaker (who says « je »)."""
        doc = self.doc
        qid0 = self.quote_of(doc[i])
        q0 = self.quotes.get(qid0) if qid0 else None
        excluded = {q0.speaker} if q0 is not None and q0.speaker and q0.kind == "direct" else set()
        start = self.sent(doc[i]).start
        for _ in range(3):
            if start == 0:
                break
            start = self.sent(doc[start - 1]).start
        subj = person = core = any_ = None
        for j in range(i - 1, start - 1, -1):
            e = self.midx.get(j)
            if not e and doc[j].pos_ == "NOUN" and _norm(doc[j].lemma_) in self.titles:
                e = self.designated(doc[j])      # « … avec le président russe. Il m'a soutenu »
            if not e or e in excluded or e in self.relays:
                continue
            ent = self.ents.get(e)
            etype = ent.type if ent is not None else None
            if plural and etype == "PER":
                continue
            if any_ is None:
                any_ = e
            if person is None and etype == "PER":
                person = e
            if core is None and doc[j].dep_ in ("obj", "iobj", "appos", "nsubj:pass") or (
                    core is None and doc[j].head.dep_ in ("obj", "nsubj:pass") and self.midx.get(doc[j].head.i) == e):
                core = e
            head = doc[j] if doc[j].dep_ not in ("flat:name", "flat") else doc[j].head
            if head.dep_ == "nsubj" and (plural or etype in ("PER", "GPE", None)):
                subj = e
                break
        pick = subj or (core or any_ if plural else person or core or any_)
        return [pick] if pick else []

    # ---- triggers ------------------------------------------------------------------------------------------
    def find_triggers(self) -> list[_Trigger]:
        lex = self.lex
        out = []
        for tok in self.doc:
            pos = tok.pos_
            verbal_noun = pos in ("NOUN", "PROPN") and _norm(tok.text) in lex.verb_forms and \
                any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ == "det" for c in tok.children)
            if pos in ("VERB", "AUX", "ADJ") or verbal_noun:
                lemma = _norm(tok.lemma_)
                if lemma not in lex.verbs:
                    lemma = lex.verb_forms.get(_norm(tok.text), lemma)
                readings = lex.verbs.get(lemma)
                if readings is not None and (pos != "AUX"):
                    t = next(filter(None, (self._check(tok, lemma, r, "verb") for r in readings)), None)
                    if t:
                        out.append(t)
                    continue
            if pos in ("NOUN", "PROPN"):
                lemma = _norm(tok.lemma_)
                readings = lex.nouns.get(lemma) or lex.nouns.get(_norm(tok.text)) or \
                    lex.nouns.get(_norm(tok.text).rstrip("sx"))
                if readings is not None:
                    t = next(filter(None, (self._check(tok, lemma, r, "noun") for r in readings)), None)
                    if t:
                        out.append(t)
        for t in out:
            self.trigger_at[t.tok.i] = t
        return out

    def _check(self, tok: Token, lemma: str, entry: dict, kind: str) -> _Trigger | None:
        if self.in_boilerplate(tok):
            return None
        if entry.get("reflexive") and not any(_norm(c.text) in ("se", "s'", "me", "m'", "nous", "vous", "te", "t'")
                                             for c in tok.children):
            return None
        if entry.get("with") and not self._has_with(tok, entry["with"], entry.get("adjacent_with", False)):
            return None
        if entry.get("prep") and not self._has_prep(tok, entry["prep"]):
            return None
        typ, mode = entry["type"], entry.get("mode")
        if entry.get("by_object") or entry.get("obj_actor"):
            obj = self._object(tok)
            cls = self._object_class(obj) if obj is not None else None
            if obj is not None and entry.get("obj_actor") and cls is None and (self.entity_of(obj) or (
                    obj.pos_ in ("PRON", "DET") and _norm(obj.text) not in ("les", "l'", "la", "le")) or (
                    obj.pos_ in ("NOUN", "PROPN") and self.phrase_entities(obj))):
                typ, mode = entry["obj_actor"], entry.get("obj_actor_mode")
            elif cls and cls in entry.get("by_object", {}):
                typ = entry["by_object"][cls]
                if typ != entry["type"]:
                    mode = None
            elif entry.get("need_class"):
                return None
        if entry.get("obj_only_actor"):
            obj = self._object(tok)
            if obj is None or not (self.entity_of(obj) or obj.pos_ == "PRON"):
                return None
        return _Trigger(tok, lemma, entry, kind, typ, mode)

    def _object(self, tok: Token) -> Token | None:
        for c in tok.children:
            if c.dep_ in ("obj", "nsubj:pass"):
                return c
        if tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm"):
            return tok.head
        return None

    def _object_class(self, obj: Token) -> str | None:
        cls = self.lex.classes.get(_norm(obj.lemma_))
        if cls or (obj.pos_ != "PRON" and not (obj.pos_ == "DET" and obj.dep_ == "obj")):
            return cls
        # a clitic (« les avoir arrêtées ») stands for a noun written shortly before
        for j in range(obj.i - 1, max(self.sent(obj).start - 30, -1), -1):
            cls = self.lex.classes.get(_norm(self.doc[j].lemma_))
            if cls and self.doc[j].pos_ == "NOUN":
                return cls
        return None

    def _has_with(self, tok: Token, words, adjacent: bool) -> bool:
        ws = {_norm(w) for w in words}
        if not adjacent:
            for c in tok.children:
                if _norm(c.lemma_) in ws or _norm(c.text) in ws:
                    return True
                for g in c.children:
                    if _norm(g.lemma_) in ws or _norm(g.text) in ws:
                        return True
        if tok.dep_ == "acl:relcl" and any(_norm(t.lemma_) in ws for t in self.doc[max(0, tok.i - 8):tok.i]):
            return True     # « l'aide financière relative à X qu'elle accorde »
        end = min(len(self.doc), tok.i + (4 if adjacent else 9))
        return any(_norm(t.lemma_) in ws or _norm(t.text) in ws for t in self.doc[tok.i + 1:end])

    def _has_prep(self, tok: Token, preps) -> bool:
        ps = {_norm(p) for p in preps}
        if "à" in ps:
            ps |= {"au", "aux"}
        if "de" in ps:
            ps |= {"d'"}
        # « a qualifié les propos du chef d'État de "souhaits…" »: the complement may hang anywhere after
        for t in self.doc[tok.i + 1:min(self.sent(tok).end, tok.i + 14)]:
            if t.dep_ in ("case", "mark") and _norm(t.text) in ps and t.head.i > tok.i:
                if t.head.pos_ in ("NOUN", "PROPN", "VERB", "PRON", "NUM") or t.head.dep_ in ("xcomp", "obl:arg"):
                    return True
        for c in tok.children:
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp", "ccomp", "obj", "nmod", "advcl", "iobj"):
                for g in c.children:
                    if g.dep_ in ("case", "mark") and _norm(g.text) in ps and g.i < c.i:
                        return True
                if _case(c) in ps:
                    return True
        nxt = " ".join(_norm(t.text) for t in self.doc[tok.i + 1:min(self.sent(tok).end, tok.i + 4)])
        return any(nxt == p or nxt.startswith(p + " ") for p in ps)

    # ---- arguments -----------------------------------------------------------------------------------------
    def subject(self, verb: Token, hops: int = 0) -> tuple[list[str], bool]:
        """(entity ids of the subject, passive?) following control and coordination up to 3 levels."""
        passive = self.is_passive(verb)
        verb_quote = self.quote_of(verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubj:pass" and not passive)
                    or (c.dep_ == "expl:subj" and _norm(verb.lemma_) not in self.lex.impersonal_verbs
                        and not any(x.dep_ == "cop" and _norm(verb.lemma_) in ("clair", "possible", "difficile",
                                                                             "important", "nécessaire") for x in verb.children))]
        if len(subjects) > 1:     # « … la Russie" a déclaré Loukachenko »: not the last word of the quote
            subjects = [c for c in subjects if self.quote_of(c) == verb_quote] or subjects
        for c in subjects:
            if True:
                ids = self.with_left_list(c, self.phrase_entities(c))
                if not ids and c.i < verb.i:
                    ids = self.left_subject(verb)
                return ids, False
        if passive and (any(c.dep_ == "nsubj:pass" for c in verb.children) or self.agent(verb)):
            return [], True
        if passive and any(c.dep_ == "aux:pass" for c in verb.children):
            # « sont entrés »: être as the auxiliary of a movement verb, read as a passive
            ids = self.left_subject(verb)
            return (ids, False) if ids else ([], True)
        if passive:
            return [], True
        if verb.dep_ in ("ROOT", "conj") and not subjects:
            ids = self.left_subject(verb)
            if ids:
                return ids, False
        if any(c.dep_ in ("cop", "aux:tense", "aux") and c.lemma_ == "être" for c in verb.children):
            # « à laquelle sont parvenus Poutine et Loukachenko »: a subject after the verb read as its object
            for c in verb.children:
                if c.dep_ == "obj" and c.i > verb.i and self.entity_of(c):
                    return self.phrase_entities(c), False
        if hops < 3 and verb.dep_ in CLIMB and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ in ("acl", "acl:relcl") and head.pos_ in ("NOUN", "PROPN"):
                poss = self.possessor(head)
                if poss:
                    return poss, False
                if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense"):
                    return [], False
                return self.subject_of_nominal(head, hops + 1), False
            if verb.dep_ == "xcomp" and _norm(head.lemma_) in self.lex.control_verbs:
                # « permettre à X de … », « demander à X de … »: X does it
                for c in head.children:
                    if c.dep_ in ("obl:arg", "iobj", "obj") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
                        ids = self.phrase_entities(c)
                        if ids:
                            return ids, False
            if head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") or head.dep_ == "ROOT":
                ids, head_passive = self.subject(head, hops + 1)
                if not ids and head_passive:
                    ids = self.agent(head)
                return ids, False
        return [], False

    @staticmethod
    def is_passive(verb: Token) -> bool:
        """« a été tué », and a past participle standing alone (« désigné comme le coupable, le Rwanda … »)."""
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return True
        return verb.dep_ in ("advcl", "acl", "ROOT") and "Part" in verb.morph.get("VerbForm") and \
            "Past" in verb.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in verb.children) and \
            verb.i > 0 and verb.doc[verb.i - 1].pos_ != "AUX"

    def left_subject(self, verb: Token) -> list[str]:
        """The parser missed the subject: « Podoliak, chef du bureau …, a qualifié » → the name before the
        apposition; « Loukachenko remercie » → the name right before the verb."""
        doc = self.doc
        j = verb.i - 1
        lo = self.line_start(verb)
        while j >= lo and (doc[j].dep_.startswith("aux") or doc[j].pos_ == "ADV"
                           or _norm(doc[j].text) in ("ne", "n'", "se", "s'")):
            j -= 1
        if j < lo:
            return []
        if self.midx.get(j):
            return [self.midx[j]]
        t = doc[j]
        if t.pos_ in ("NOUN", "ADJ", "PROPN"):
            # « Une dizaine de chars turcs | sont entrés »: the noun phrase just before, cut off by the splitter
            h = t
            while h.head.i != h.i and h.head.i < verb.i and h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in (
                    "amod", "nmod", "flat:name", "appos", "conj"):
                h = h.head
            ids = self.phrase_entities(h)
            if ids:
                return ids
        if doc[j].text == ",":
            # the sentence splitter may cut inside the incise: look back along the line
            line_start = self.text.rfind("\n", 0, verb.idx) + 1
            k = j - 1
            while k >= 0 and j - k <= 25 and doc[k].idx >= line_start and doc[k].text != ",":
                k -= 1
            if k >= 1 and doc[k].text == "," and doc[k].idx >= line_start:
                before = doc[k - 1]
                if self.midx.get(k - 1):
                    return [self.midx[k - 1]]
                if before.pos_ in ("VERB", "NOUN", "AUX"):     # the tagger reads « annonce » as a noun too
                    for c in before.children:
                        if c.dep_ == "nsubj":
                            return self.phrase_entities(c)
        return []

    def subject_of_nominal(self, noun: Token, hops: int) -> list[str]:
        """The subject of the clause a noun sits in (« la police a effectué des arrestations »)."""
        if noun.dep_ == "nmod" and noun.head.i in self.dates:
            noun = noun.head
        if noun.dep_ == "nsubj:pass" and noun.head.pos_ in ("VERB", "AUX"):
            return self.agent(noun.head)       # « un couvre-feu a été mis en place par l'armée »
        h = noun
        for _ in range(3):
            if h.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp", "conj", "advmod", "nsubj") \
                    and h.head.i != h.i:
                h = h.head
                if h.pos_ in ("VERB", "AUX", "ADJ"):
                    if self.is_passive(h):
                        return self.agent(h)
                    return self.subject(h, hops)[0]
            else:
                break
        return []

    def with_left_list(self, subj: Token, ids: list[str]) -> list[str]:
        """« Les États-Unis, la France, la Chine… ont promis »: entities listed just left of the subject head."""
        if not ids:
            return ids
        start = min([subj.i] + [t.i for t in subj.subtree if self.midx.get(t.i) in ids])
        j = start - 1
        lo = self.line_start(subj)      # the sentence splitter sometimes cuts such lists
        groups: list[list[str]] = [[]]
        while j >= lo:
            t = self.doc[j]
            e = self.midx.get(j)
            if e:
                if e not in groups[-1]:
                    groups[-1].append(e)
            elif t.text == ",":
                groups.append([])
            elif t.pos_ in ("DET", "CCONJ"):
                pass
            else:
                break
            j -= 1
        groups = [g for g in groups if g]
        if groups and j >= lo and self.doc[j].pos_ == "ADP":
            groups = groups[:-1]       # « Selon la Russie, la France … »: the first group is a complement
        extra = [e for g in groups for e in g]
        k = start - 1
        while k > lo and self.doc[k].pos_ == "DET":
            k -= 1
        if extra and self.doc[k].text == ",":
            return list(dict.fromkeys(extra[::-1] + ids))
        return ids

    def line_start(self, tok: Token) -> int:
        """Index of the first token of the line (paragraph) holding tok."""
        char = self.text.rfind("\n", 0, tok.idx) + 1
        j = tok.i
        while j > 0 and self.doc[j - 1].idx >= char:
            j -= 1
        return j

    def possessor(self, noun: Token) -> list[str]:
        for c in noun.children:
            if c.dep_ == "det" and (_norm(c.text) in self.lex.possessives or "Yes" in c.morph.get("Poss")):
                if _norm(c.text) in ("notre", "nos", "mon", "ma", "mes"):
                    return self.resolve_pronoun_like(c, "je")
                subj = self.subject_of_nominal(noun, 1)
                if subj:
                    return subj
                plural = _norm(c.text) in ("leur", "leurs")
                return self.antecedent(noun.i, plural)
        return []

    def resolve_pronoun_like(self, tok: Token, word: str) -> list[str]:
        qid = self.quote_of(tok)
        q = self.quotes.get(qid) if qid else None
        return [q.speaker] if q is not None and q.speaker else []

    def agent(self, verb: Token) -> list[str]:
        for c in verb.children:
            if c.dep_ in ("obl:agent",) or (c.dep_.startswith("obl") and _case(c) in self.lex.agent_preps):
                return self.phrase_entities(c)
        return []

    def verb_arguments(self, trig: _Trigger) -> tuple[list[str], list[str]]:
        v, entry = trig.tok, trig.entry
        source, passive = self.subject(v)
        target: list[str] = []
        obj_role = "target" if trig.type == entry.get("obj_actor") else entry.get("obj", "target")
        for c in v.children:
            dep = c.dep_
            if dep == "nsubj:pass":
                target += self.phrase_entities(c)
            elif dep in ("obj", "iobj") and (obj_role == "target" or dep == "iobj") or (
                    dep == "obl:arg" and obj_role == "target" and _norm(_case(c) or "") == "de"
                    and any(_norm(g.text) in ("des", "du") for g in c.children if g.dep_ == "case")):
                if c.pos_ == "PRON" and _norm(c.text) in ("se", "s'"):
                    continue
                target += self.phrase_entities(c)
            elif dep in ("obj",) and c.pos_ == "PRON" and _norm(c.text) in ("m'", "me", "nous", "lui", "leur"):
                target += self.phrase_entities(c)
            elif dep.startswith("obl") or dep == "nmod":
                case = _case(c)
                if dep == "obl:agent" or (case in self.lex.agent_preps and (passive or "Part" in v.morph.get("VerbForm"))):
                    source += self.phrase_entities(c)
                elif case in self.lex.target_preps and c.i not in self.dates:
                    target += self.not_places(self.phrase_entities(c), case, trig.type)
            elif dep in ("flat:name", "flat", "conj", "appos") and c.i > v.i and self.entity_of(c) \
                    and obj_role == "target" and c.pos_ in ("PROPN", "NOUN"):
                target += self.phrase_entities(c)     # « remercie Choïgou et la Russie » mis-parsed
        if passive and not source:
            source = self.agent(v)
        if entry.get("reciprocal") and not target:
            for c in v.children:        # « s'est entretenu par téléphone avec X »: avec hung on « téléphone »
                if c.dep_.startswith("obl"):
                    for g in c.children:
                        if g.dep_ == "nmod" and _case(g) in ("avec", "entre"):
                            target += self.phrase_entities(g)
        obj = next((c for c in v.children if c.dep_ == "obj"), None)
        if obj is not None and not target and obj_role == "none":
            # « interrompu son aide au gouvernement burundais », « cesser le financement de l'AMISOM »
            for c in obj.children:
                if c.dep_ in ("nmod", "obl") and c.i not in self.dates and (
                        _case(c) in ("à", "au", "aux", "pour", "envers", "contre") or
                        (_case(c) == "de" and trig.type in ("SANCTION", "AID"))):
                    target += self.phrase_entities(c)
        if obj is not None and not target and trig.type in ("ACCUSE", "REJECT"):
            # « dénonce une tentative de coup d'État par un groupe de militaires »: the author of the act
            for t in obj.subtree:
                if t.dep_ in ("nmod", "obl:agent") and _case(t) in self.lex.agent_preps and t.i - obj.i < 12:
                    target += self.phrase_entities(t)
                    break
        if obj is not None and not target and trig.type in ("ACCUSE", "REJECT"):
            act = (self.lex.nouns.get(_norm(obj.lemma_)) or [None])[0]
            if act is not None:         # « a critiqué l'essai » → whoever made the test
                target += [x for x in self.last_by_type.get(act["type"], []) if x not in source]
        if not target and trig.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT"):
            # « exige que les provocations de Pyongyang cessent »: the one asked or blamed
            for c in v.children:
                if c.dep_ == "ccomp" and any(g.dep_ == "mark" and _norm(g.text) in ("que", "qu'") for g in c.children):
                    for g in c.children:
                        if g.dep_ in ("nsubj", "nsubj:pass"):
                            target += self.phrase_entities(g)
        if not target and trig.type == "REJECT":
            # « selon le Pentagone, … ; ce qui est nié par le ministère »: the author of the claim denied
            target += [x for x in self.attribution(v)[1] if x not in source]
        with_words = {_norm(w) for w in trig.entry.get("with", [])}
        for c in v.children:        # « prendre le pouvoir en Turquie », « prendre le contrôle de la ville »
            if _norm(c.lemma_) in with_words:
                for g in c.children:
                    if g.dep_ == "nmod" and _case(g) in ("en", "de", "à", "sur") and g.i not in self.dates:
                        target += self.phrase_entities(g)
        if v.dep_ == "acl" and "Part" in v.morph.get("VerbForm") and obj_role == "target" and not target:
            target = self.phrase_entities(v.head)
        return list(dict.fromkeys(source)), list(dict.fromkeys(target))

    def noun_arguments(self, trig: _Trigger) -> tuple[list[str], list[str]]:
        n, entry = trig.tok, trig.entry
        source: list[str] = []
        target: list[str] = []
        de_role = entry.get("de", "target")
        own = False
        if entry.get("self_actor"):
            actor = self.actor_entity(n)
            if actor:
                return [actor], []
        for c in n.children:
            dep = c.dep_
            if dep in ("nmod", "obl", "obl:arg", "acl") and c.pos_ in ("NOUN", "PROPN", "PRON", "X"):
                case = _case(c)
                if c.i in self.dates:
                    continue
                if case in ("de", "d'") and de_role != "none":
                    ids = self.phrase_entities(c)
                    (source if de_role == "source" else target).extend(ids)
                    own = own or bool(ids)
                    for g in c.children:     # « l'invasion de l'Ukraine par Moscou »: par attached to Ukraine
                        if g.dep_ == "nmod" and _case(g) in self.lex.agent_preps:
                            source += self.phrase_entities(g)
                elif case in self.lex.agent_preps:
                    source += self.phrase_entities(c)
                    own = True
                    if de_role == "target":     # « l'attaque par la garde du QG de Jean Ping »: de hung on the agent
                        for g in c.children:
                            if g.dep_ == "nmod" and _case(g) == "de" and g.i > c.i:
                                target += self.phrase_entities(g)
                elif case == "entre":
                    ids = self.phrase_entities(c)
                    source += ids
                    target += ids
                    own = own or bool(ids)
                elif case in self.lex.target_preps:
                    ids = self.not_places(self.phrase_entities(c), case, trig.type)
                    target += ids
                    own = own or bool(ids)
            elif dep == "amod":
                ids = [self.entity_of(c)] if self.entity_of(c) else self.demonym_entities(c)
                if ids:             # « l'accord russo-américain », « la décision européenne »
                    source += ids
                    own = True
        poss = self.possessor(n)
        if poss:
            source = poss + source
            own = True
        if entry.get("copula_target") or n.head.lemma_ in ("victime", "cible", "objet"):
            host = n if any(c.dep_ == "cop" for c in n.children) else n.head
            for c in host.children:
                if c.dep_ in ("nsubj", "nsubj:pass"):
                    target += self.phrase_entities(c)
                    own = True
        if entry.get("de_class"):
            members = {w for w, cls in self.lex.classes.items() if cls == entry["de_class"]}
            if not any(_case(c) == "de" and _norm(c.lemma_) in members for c in n.children if c.dep_ == "nmod"):
                return [], []
        if not own and entry.get("needs_actor") and not (n.dep_ == "conj" and n.head.i in self.trigger_at):
            return [], []
        if not source and n.dep_ == "conj" and n.head.i in self.trigger_at:
            # « son refus de collaborer …, ainsi que la récente sortie de la CPI »: same author
            head_trig = self.trigger_at[n.head.i]
            if head_trig.kind == "noun":
                source = self.possessor(n.head) or [x for c in n.head.children if c.dep_ == "amod"
                                                    for x in self.demonym_entities(c)]
        if not source and self.light_context(n, entry):
            source = self.subject_of_nominal(n, 1)
        if n.dep_ == "obj" and n.head.pos_ == "VERB":
            # « établir une alliance avec la Russie »: the complement went to the verb
            for c in n.head.children:
                if c.dep_.startswith("obl") and _case(c) in ("avec", "contre", "entre") and c.i > n.i:
                    target += self.phrase_entities(c)
        return list(dict.fromkeys(source)), list(dict.fromkeys(target))

    def event_noun_subject(self, trig: _Trigger) -> list[str]:
        """« La frappe, qui a tué 90 soldats », « cette frappe a permis … »: the author of the act named before."""
        subj = next((c for c in trig.tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _norm(subj.text) in ("qui",) and trig.tok.dep_ == "acl:relcl":
            subj = trig.tok.head
        if subj is None or subj.pos_ != "NOUN":
            return []
        entry = (self.lex.nouns.get(_norm(subj.lemma_)) or [None])[0]
        if entry is None:
            return []
        return list(self.last_by_type.get(entry["type"], []))

    def not_places(self, ids: list[str], case: str, typ: str = "") -> list[str]:
        """« sur le mont Thourda », « à Bruxelles »: a place after a locative preposition is where, not whom.
        For acts done somewhere (protests, deployments, attacks), « à X » is where they happen."""
        if case in ("contre", "avec", "entre", "envers", "auprès"):
            return ids
        if case in ("à", "au", "aux") and typ in LOCATIVE_TYPES:
            return []
        return [x for x in ids if self.ents.get(x) is None or self.ents[x].type != "LOC"]

    def _patient_of_trigger(self, tok: Token) -> bool:
        h = tok
        for _ in range(2):
            if h.dep_ not in ("obj", "nsubj:pass", "nmod", "obl:arg") or h.head.i == h.i:
                return False
            h = h.head
            if h.i in self.trigger_at:
                return True
        return False

    def light_context(self, n: Token, entry: dict) -> bool:
        """A nominal event whose actor is the clause subject: object of a verb (« a effectué des arrestations »,
        « lancer une offensive »), or a meeting the subject took part in (« après des négociations, X et Y … »)."""
        before = " ".join(_norm(t.text) for t in self.doc[max(self.sent(n).start, n.i - 4):n.i])
        if any(m in before for m in self.lex.hypothesis_marks) or " sans " in f" {before} ":
            return False
        if n.dep_ == "nmod" and n.head.i in self.dates and n.head.head.i != n.head.i:
            n = n.head          # « imposé en janvier de lourdes sanctions »: the parser hung the noun on the date
        if n.dep_ in ("obj", "nsubj:pass", "obl:mod") and _norm(n.head.lemma_) in self.lex.light_verbs:
            return True
        return bool(entry.get("reciprocal")) and n.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")

    # ---- flags, attribution, dates --------------------------------------------------------------------------
    def governors(self, tok: Token, hops: int = 3):
        """The heads a trigger depends on through complement links (for flags and content checks)."""
        h = tok
        for _ in range(hops):
            if h.head.i == h.i or h.dep_ not in ("xcomp", "ccomp", "obj", "obl", "obl:arg", "obl:mod", "nmod",
                                                  "acl", "conj", "advcl", "csubj"):
                return
            h = h.head
            yield h

    def is_content(self, trig: _Trigger) -> bool:
        """The trigger is what another speech-like trigger asks, refuses, promises… (not an event of its own).
        A coordinated trigger (« son refus …, ainsi que la sortie de … ») is a second event, not content."""
        prev = trig.tok
        for h in self.governors(trig.tok, 3):
            other = self.trigger_at.get(h.i)
            if other is not None and other.type in SPEECH_LIKE and other.tok.i != trig.tok.i and prev.dep_ != "conj":
                return True
            if other is None and h.pos_ == "VERB" and _norm(h.lemma_) not in self.lex.light_verbs:
                return False        # « … reconnu leur responsabilité, indiquant les avoir arrêtées »: a new predication
            prev = h
        return False

    def negated(self, tok: Token) -> bool:
        chain = [tok]
        for h in self.governors(tok, 3):    # « n'a pas l'intention d'envoyer », « ne peut pas frapper »
            if h.pos_ in ("VERB", "AUX"):
                chain.append(h)
                if _norm(h.lemma_) not in self.lex.modal_verbs:
                    break
            elif _norm(h.lemma_) not in self.lex.intention_nouns:
                break
        for t in chain:
            for c in t.children:
                low = _norm(c.text)
                if low in ("ne", "n'") or ("Neg" in c.morph.get("Polarity") and low != "non"):
                    # « ne … que » restricts, it does not deny (« ne partira que lorsque … »)
                    after = [_norm(x.text) for x in self.doc[t.i + 1:min(len(self.doc), t.i + 4)]]
                    if low in ("ne", "n'") and ({"que", "qu'"} & set(after[:2])) and not any(
                            w in self.lex.negation for w in after[:2]):
                        continue
                    return True
                if c.dep_ in ("case", "mark") and low == "sans":
                    return True
                if c.dep_ == "det" and low in ("aucun", "aucune", "nul", "nulle"):
                    return True
        return False

    def hypothetical(self, tok: Token, typ: str = "", lemma: str = "") -> bool:
        """Conditional, subjunctive, si-clauses, modal or intention governors. A threat's condition (« menace de
        frapper si … ») is part of the threat: the threat itself was made."""
        lex = self.lex
        if typ == "THREATEN" and lemma in lex.threat_speech:
            return any("Cnd" in t.morph.get("Mood") for t in [tok] + [c for c in tok.children if c.dep_.startswith("aux")])
        chain = [tok] + list(self.governors(tok, 2))
        for t in chain:
            moods = t.morph.get("Mood")
            if "Cnd" in moods or "Sub" in moods:
                return True
            for c in t.children:
                if c.dep_.startswith("aux") and ({"Cnd", "Sub"} & set(c.morph.get("Mood"))):
                    return True
                if c.dep_ == "mark" and _norm(c.text) == "si":
                    return True
                if c.dep_ in ("advcl", "obl", "obl:mod") and self._hypothesis_mark(c):
                    return True
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and _norm(g.text) in ("si", "s'") for g in c.children):
                    return True         # « si la Serbie est attaquée, la Hongrie ripostera »
            if t is not tok and (_norm(t.lemma_) in lex.modal_verbs or _norm(t.lemma_) in lex.intention_nouns):
                return True
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and _norm(c.text) == "si" for c in t.children):
                return True
        if tok.dep_ in ("xcomp", "advcl") and any(_norm(c.lemma_) in lex.intention_nouns and c.i < tok.i
                                                 for c in tok.head.children):
            return True         # « a annoncé son intention de déployer » parsed as two complements of the verb
        before = " ".join(_norm(t.text) for t in self.doc[max(self.sent(tok).start, tok.i - 4):tok.i])
        return any(m in before for m in lex.hypothesis_marks if " " in m)

    def _hypothesis_mark(self, tok: Token) -> bool:
        words = " ".join(_norm(t.text) for t in self.doc[max(tok.left_edge.i, tok.i - 3):tok.i + 1])
        return any(m in words for m in self.lex.hypothesis_marks if " " in m)

    def attribution(self, tok: Token) -> tuple[str | None, list[str]]:
        qid = self.quote_of(tok)
        if qid:
            q = self.quotes.get(qid)
            who = ([q.speaker] if q is not None and q.speaker else []) + (list(q.via) if q is not None else [])
            return qid, list(dict.fromkeys(who))
        for t in self.sent(tok):
            if _norm(t.text) in self.lex.attribution_preps and t.dep_ in ("case",) and t.head.pos_ in ("NOUN", "PROPN"):
                ids = self.phrase_entities(t.head)
                if ids:
                    return None, ids
            if _norm(t.text) == "d'" and t.i + 1 < len(self.doc) and _norm(self.doc[t.i + 1].text) == "après" \
                    and t.i + 2 < len(self.doc):
                head = self.doc[t.i + 2]
                while head.dep_ in ("det",) and head.head.i > head.i:
                    head = head.head
                ids = self.phrase_entities(head)
                if ids:
                    return None, ids
        return None, []

    def _date_tokens(self) -> dict[int, dict]:
        out = {}
        for d in self.doc._.veille_dates or []:
            span = self.doc.char_span(d["start"], d["end"], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out[t.i] = d
        return out

    def date_for(self, tok: Token) -> tuple[str | None, str | None, bool]:
        """(value, text, explicit?) of the date the trigger is told with."""
        sent = self.sent(tok)
        in_sent = {}
        for t in sent:
            d = self.dates.get(t.i)
            if d is not None and d.get("value"):
                in_sent.setdefault(d["start"], (t, d))
        if in_sent:
            clause = self._clause_head(tok)
            best = None
            for t, d in in_sent.values():
                attached = self._clause_head(t) == clause
                dist = abs(t.i - tok.i)
                key = (0 if attached else 1, dist)
                if best is None or key < best[0]:
                    best = (key, d)
            return best[1]["value"], best[1]["text"], True
        if self._pluperfect(tok):
            return None, None, False
        # the last day written earlier in the same paragraph (a story told over several sentences)
        para_start = self.text.rfind("\n", 0, tok.idx) + 1
        prev = [d for i, d in self.dates.items() if para_start <= d["start"] < sent.start_char and d.get("value")
                and len(d["value"]) == 10 and self.quote_of(self.doc[i]) is None]
        if prev:
            d = max(prev, key=lambda x: x["start"])
            return d["value"], None, False
        return self.ref, None, False

    def _clause_head(self, tok: Token) -> int:
        h = tok
        for _ in range(8):
            if h.pos_ in ("VERB",) or h.head.i == h.i:
                return h.i
            h = h.head
        return h.i

    def _pluperfect(self, tok: Token) -> bool:
        verb = tok
        if tok.pos_ == "NOUN":
            verb = next((h for h in self.governors(tok, 3) if h.pos_ == "VERB"), tok)
        for c in verb.children:
            if c.dep_ in ("aux:tense", "aux:pass", "aux") and c.lemma_ in ("avoir", "être") and \
                    "Imp" in c.morph.get("Tense"):
                return True
        return "Imp" in verb.morph.get("Tense") and verb.pos_ == "VERB"

    # ---- spans --------------------------------------------------------------------------------------------
    def trigger_span(self, trig: _Trigger) -> tuple[int, int]:
        t = trig.tok
        start = t.i
        if trig.kind == "verb":
            for c in t.children:
                if c.dep_.startswith("aux") and c.i < t.i and t.i - c.i <= 3:
                    start = min(start, c.i)
        end = t.i
        if trig.entry.get("adjacent_with") or (trig.kind == "noun" and trig.entry.get("with")):
            ws = {_norm(w) for w in trig.entry.get("with", [])}
            for j in range(t.i + 1, min(self.sent(t).end, t.i + 4)):
                if _norm(self.doc[j].lemma_) in ws or _norm(self.doc[j].text) in ws:
                    end = j
                    break
        return self.doc[start].idx, self.doc[end].idx + len(self.doc[end].text)

    # ---- main --------------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        found: list[_Found] = []
        for trig in self.find_triggers():
            if self.is_content(trig):
                continue
            head_trig = self.trigger_at.get(trig.tok.head.i) if trig.tok.head.i != trig.tok.i else None
            if trig.kind == "noun" and head_trig is not None and (
                    trig.tok.dep_ in ("nsubj", "nsubj:pass") or head_trig.type == trig.type):
                continue        # « une frappe aérienne tue … », « lancer une offensive »: the verb tells the event
            if trig.entry.get("self_actor") and self._patient_of_trigger(trig.tok):
                continue        # « la police a arrêté des manifestants »: they are the ones acted upon here
            if trig.kind == "verb":
                source, target = self.verb_arguments(trig)
                if not source and not self.is_passive(trig.tok):
                    source = self.event_noun_subject(trig)
            else:
                source, target = self.noun_arguments(trig)
            own_name = None if trig.entry.get("self_actor") else self.entity_of(trig.tok)
            # « les accords de Matignon »: the event's name is no actor
            source = [x for x in source if x != own_name and (self.ents.get(x) is None or self.ents[x].type != "LOC")]
            target = [x for x in target if x != own_name]
            if trig.kind == "verb" and not source and not self.is_passive(trig.tok):
                continue        # an active verb whose subject we cannot name: better no event than a wrong one
            if (trig.entry.get("obj_only_actor") or trig.entry.get("needs_target")) and not target:
                continue
            source = [s for s in source if s]
            # a country can be actor and recipient (« l'armée turque a pris le pouvoir en Turquie »)
            target = [t for t in target if t and t not in source] or [t for t in target if t]
            if trig.entry.get("reciprocal") and (len(source) + len(target) >= 2):
                # both sides of a meeting, an agreement or a fight are actor and recipient
                both = list(dict.fromkeys(source + target))
                source, target = both, list(both)
            if not source and not target:
                continue
            if not source and trig.type in VERBAL:
                continue        # « désigné comme le coupable »: a claim with no claimant is no event
            tok = trig.tok
            typ, mode = trig.type, trig.mode
            if typ == "AGREE" and any(t.type in self.lex.threat_content for i, t in self.trigger_at.items()
                                      if self.doc[i].head.i == tok.i and self.doc[i].dep_ in ("xcomp", "obj", "ccomp")):
                typ, mode = "THREATEN", None      # « promet de riposter »: a promise of violence is a threat
            if typ in self.lex.civil_retype and source and all(
                    self.ents.get(x) is not None and self.ents[x].sector in self.lex.civil_sectors for x in source):
                typ, mode = self.lex.civil_retype[typ]
            if typ == "CONSULT" and mode is None:
                mode = next((self.lex.mode_cues[_norm(c.lemma_)] for c in tok.subtree
                             if _norm(c.lemma_) in self.lex.mode_cues and abs(c.i - tok.i) <= 6), None)
            qid, attributed = self.attribution(tok)
            q = self.quotes.get(qid) if qid else None
            if not source and q is not None and q.kind == "direct":
                continue        # « c'est lancer une offensive contre nous »: in speech, an act with no actor
            value, dtext, explicit = self.date_for(tok)
            t_span = self.trigger_span(trig)
            s = self.sent(tok)
            conf = 0.4 + (0.25 if source else 0) + (0.2 if target else 0) + (0.1 if trig.kind == "verb" else 0)
            neg, hyp = self.negated(tok), self.hypothetical(tok, typ, trig.lemma)
            if source and not neg and not hyp:
                self.last_by_type[typ] = source
            found.append(_Found(
                type=typ, mode=mode, source=source, target=target, trigger=t_span,
                sentence=(s.start_char, s.end_char), date=value, date_text=dtext, date_explicit=explicit,
                quote=qid, attributed_to=attributed, negated=neg, hypothetical=hyp,
                confidence=round(min(conf, 0.95), 2), in_title=tok.idx < self.body_start, lemma=trig.lemma,
                retelling=trig.kind == "noun" and any(c.dep_ == "det" and (
                    "Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
                    or "Yes" in c.morph.get("Poss")) for c in tok.children),
            ))
        return self.to_events(self.merge(found))

    def merge(self, found: list[_Found]) -> list[_Found]:
        """One event per telling group: same type and actors; a title event joins the body event it restates."""
        body = [f for f in found if not f.in_title]
        title = [f for f in found if f.in_title]
        out: list[_Found] = []
        for f in body:
            same = next((g for g in out if g.type == f.type and (g.lemma == f.lemma or f.retelling
                                                                   or g.sentence == f.sentence)
                         and _same_actors(g, f)
                         and g.negated == f.negated
                         and not (g.date_explicit and f.date_explicit and g.date != f.date)), None)
            if same is not None:
                same.mentions.append((f.trigger, f.sentence))
                same.mode = same.mode or f.mode
                if not same.date_explicit and f.date_explicit:
                    same.date, same.date_text, same.date_explicit = f.date, f.date_text, True
                continue
            f.mentions = [(f.trigger, f.sentence)]
            out.append(f)
        for f in title:
            actors = set(f.source) | set(f.target)
            same = next((g for g in out if g.type == f.type and actors & (set(g.source) | set(g.target))), None)
            if same is None:    # the lead the title restates: same type in the first paragraphs
                same = next((g for g in out if g.type == f.type and g.mentions[0][0][0] < self.lead_end), None)
            if same is not None:
                same.mentions.insert(0, (f.trigger, f.sentence))
                if not same.target:     # the headline may name the recipient the lead leaves implicit
                    same.target = [t for t in f.target if t not in same.source]
                continue
            f.mentions = [(f.trigger, f.sentence)]
            out.append(f)
        out.sort(key=lambda f: f.mentions[0][0][0])
        return out

    @functools.cached_property
    def relays(self) -> set:
        """Outlets and sources that relay words (« selon le journal X »): not the actors pronouns stand for."""
        return {v for q in self.quotes.values() for v in q.via}

    @functools.cached_property
    def lead_end(self) -> int:
        """Doc offset where the first two body paragraphs end."""
        text, pos, n = self.text, self.body_start, 0
        while n < 2:
            nxt = text.find("\n", pos)
            if nxt == -1:
                return len(text)
            if text[pos:nxt].strip() and len(text[pos:nxt].strip()) > 40:
                n += 1
            pos = nxt + 1
        return pos

    def to_events(self, found: list[_Found]) -> list[Event]:
        text, off = self.text, self.offset

        def span(a: tuple[int, int]) -> TextSpan:
            s, e = a
            while e > s and text[e - 1].isspace():
                e -= 1
            return TextSpan(s + off, e + off, text[s:e])

        events = []
        for n, f in enumerate(found, 1):
            first_t, first_s = f.mentions[0]
            events.append(Event(
                id=f"v{n}", type=f.type, mode=f.mode, source=f.source, target=f.target,
                trigger=span(first_t), sentence=span(first_s), date=f.date, date_text=f.date_text,
                quote=f.quote, attributed_to=f.attributed_to, negated=f.negated, hypothetical=f.hypothetical,
                confidence=f.confidence,
                mentions=[EventMention(span(t), span(s)) for t, s in f.mentions],
            ))
        return events


def merge_told_again(events: list[Event]) -> list[Event]:
    """Events from separately analysed chunks of one long article: the same type with the same actors (and the
    same flags) is one event whose mentions are joined. For the pipeline's chunk merge."""
    out: list[Event] = []
    for ev in events:
        same = next((g for g in out if g.type == ev.type and g.negated == ev.negated and _same_actors(g, ev)), None)
        if same is None:
            out.append(ev)
            continue
        same.mentions += ev.mentions
        if not same.date_text and ev.date_text:
            same.date, same.date_text = ev.date, ev.date_text
    return out


def _same_actors(a, b) -> bool:
    """Told again: the same actors (one in common on each side; both without recipient counts as one side).
    Reciprocal events (source = target) need the same participants, one list holding the other."""
    pa, pb = set(a.source) | set(a.target), set(b.source) | set(b.target)
    if set(a.source) == set(a.target) or set(b.source) == set(b.target):
        return bool(pa) and (pa <= pb or pb <= pa)
    if not (set(a.source) & set(b.source)) and (a.source or b.source):
        return False
    if not a.target and not b.target:
        return True
    return bool(set(a.target) & set(b.target))


@Language.factory("veille_events", assigns=["doc._.veille_events"], requires=[], default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str):
    return EventExtractor(lang)


class EventExtractor:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.veille_events = _Run(doc, lexicon(self.lang)).run()
        except Exception:  # an event bug must not lose the article's quotes and entities
            log.exception("event extraction failed")
            doc._.veille_events = []
        return doc
