"""`veille_kb_ruler`: a spaCy component, placed after the NER, that fixes entity spans with the knowledge base.

- adds names of the KB the model missed (countries, capitals, seats of power, organisations, outlets, people's
  full names), matched case-sensitively on whole tokens;
- retypes names the model mistyped (an outlet tagged LOC becomes ORG, a country tagged ORG becomes LOC,
  a known person's surname tagged LOC becomes PER), never turning a person into a place;
- joins names the model split (« Ukrainska » + « Pravda »);
- trims words that are not part of a name (« M. Dupont » → « Dupont », « la France » → « France », « le prince
  Charles » → « Charles ») and drops capitalised common nouns alone (« l'État »);
- retypes demonyms MISC (« les Russes » is a people, not a place), spans headed by an organisation noun ORG
  (« Cour d'appel de Reims »), and a surname the article gave earlier as a person PER;
- keeps a name's own article (« Le Bihan », « Le Havre », « Le Caire »), finds a particle surname again when it
  comes back alone (even opening a sentence), joins the first name the parser cut off before a particle, and
  splits a party's acronym from the name it precedes (« LR Paul Martin » → ORG + PER);
- gives a seat named for its institution that institution's KB id (« Bruxelles » in a sentence about the EU,
  lang/fr/seat_metonyms.json);
- types ministerial portfolios ORG: « le ministre de la Défense » → « Défense » ORG, « le ministère de
  l'Intérieur » → the whole ministry ORG (portfolio names: kb/data/portfolios_fr.txt).
Entities it adds or confirms carry the KB id in `span.kb_id_`; they are also listed in
`doc.spans["veille_kb_names"]`. Labels follow the French model's scheme (PER, LOC,
ORG, MISC): countries, capitals and seats of power (« le Kremlin ») are LOC, which the entity component reads as
a metonym of the state through `kb.place_country`.

    nlp.add_pipe("veille_kb_ruler", after="ner")
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from veille.lang import read_json
from veille.nlp.extensions import morph_values

log = logging.getLogger(__name__)

KB_DATA = Path(__file__).resolve().parents[1] / "kb" / "data"
PORTFOLIOS = KB_DATA / "portfolios_fr.txt"
RULER_DATA = KB_DATA / "ruler_fr.json"
AMBIGUOUS = KB_DATA / "ambiguous_fr.txt"
MINISTER_WORDS = {"ministre", "ministres", "ministère", "ministères", "ministere", "secrétaire", "secrétariat",
                  "vice-ministre", "ministre-président"}
MINISTRY_WORDS = {"ministère", "ministères", "ministere", "secrétariat"}
LINK_WORDS = {"de", "des", "du", "d'", "d’"}
DET_WORDS = {"la", "l'", "l’", "le"}
ARTICLES = {"Le", "La"}  # capitalised: at a sentence start, or a particle (« Le Bihan », « Le Havre »)
# Short KB names that are also ordinary French words or abbreviations in capitals (« UN », « EU », « PS »):
# the ruler leaves them to the model; linking still knows them.
AMBIGUOUS_SURFACES = {"UN", "EU", "UA", "RT", "FO", "PS", "EI", "AS", "US", "RIA", "AP", "LR", "FN", "RN", "UE"}
SPANS_KEY = "veille_kb_names"
KB_LABEL = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@Language.factory("veille_kb_ruler", default_config={})
def make_kb_ruler(nlp: Language, name: str) -> "KBRuler":
    return KBRuler(nlp, name)


def after_indefinite(span: Span) -> bool:
    """The span follows a singular indefinite article (« un », « une »): « un Suisse » is a person, not a country
    (a country's name takes the definite one)."""
    if span.start == 0:
        return False
    det = span.doc[span.start - 1]
    return det.pos_ == "DET" and "Ind" in morph_values(det, "Definite") and "Sing" in morph_values(det, "Number")


class KBRuler:
    def __init__(self, nlp: Language, name: str = "veille_kb_ruler", kb=None):
        from veille.kb import get_kb
        from veille.kb.countries import inflect_demonym
        from veille.names import fold

        self.name = name
        self.kb = kb or get_kb()
        self.kb_ids: dict[tuple[str, str], str] = {}
        forms: dict[str, set[str]] = defaultdict(set)
        seen: dict[str, str] = {}
        self.skip = skip = AMBIGUOUS_SURFACES | {ln.strip() for ln in AMBIGUOUS.read_text(encoding="utf-8").splitlines()
                                     if ln.strip() and not ln.startswith("#")}
        for surface, label, kb_id in self.kb.ruler_names:
            surface = surface.strip()
            if len(surface) < 2 or not surface[0].isupper() or surface in skip:
                continue
            if surface in seen and seen[surface] != label:
                continue  # one surface, two types: leave it to the model
            seen[surface] = label
            forms[label].add(surface)
            self.kb_ids.setdefault((label, surface), kb_id)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, texts in forms.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(texts))))
        portfolios = [ln.strip() for ln in PORTFOLIOS.read_text(encoding="utf-8").splitlines()
                      if ln.strip() and not ln.startswith("#")]
        self.portfolios = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.portfolios.add("PORTFOLIO", list(nlp.tokenizer.pipe(portfolios)))
        data = json.loads(RULER_DATA.read_text(encoding="utf-8"))
        self.honorifics = set(data["honorifics"])
        self.determiners = set(data["determiners"])
        self.not_names = set(data["not_names"])
        self.org_heads = set(data["org_heads"])
        self.person_titles = set(data["person_titles"])
        self.title_heads = self.person_titles - self.determiners
        self.other_demonyms = {fold(f) for d in data["supranational_demonyms"] for f in inflect_demonym(d)}
        self._fold = fold
        self.seats = read_json("fr", "seat_metonyms.json")["seats"]
        # « l'agence Reuters », « le quotidien Le Temps »: the outlet noun introduces the name, it is not part of it
        self.outlet_nouns = sorted((tuple(n.split()) for n in read_json("fr", "outlets.json")["outlet_nouns"]),
                                   key=len, reverse=True)

    # ------------------------------------------------------------------ helpers
    def _kb_label_of(self, text: str) -> tuple[str, str] | None:
        """The KB label and id for an entity text the model found, when the KB knows it without ambiguity."""
        from veille.names import name_key, strip_determiner

        if text in self.skip:
            return None
        k = name_key(strip_determiner(text))
        ids = self.kb.by_key.get(k) or []
        types = {self.kb.actors[i].type for i in ids}
        if len(types) > 1:
            return None
        if types:
            label = KB_LABEL.get(types.pop())
            return (label, ids[0] if len(ids) == 1 else "") if label else None
        place = self.kb.place_country(text)
        if place is not None:
            return "LOC", place.kb_id
        if k in self.kb.locations:
            return "LOC", ""
        return None

    def _is_demonym(self, span: Span) -> bool:
        word = self._fold(span.text)
        return bool(self.kb.demonym_country(span.text)) or word in self.other_demonyms

    def _is_kb_name(self, text: str) -> bool:
        """The text as it stands (determiner included) is a KB name: « Le Monde » is, « Le Pentagone » is not."""
        from veille.names import name_key
        k = name_key(text)
        return bool(self.kb.by_key.get(k)) or k in self.kb.places or k in self.kb.locations

    def _trim(self, ent: Span) -> Span | None:
        """The entity without honorifics, determiners or titles in front; None when nothing of a name is left."""
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end - 1 and doc[start].text in self.honorifics:
            start += 1
        if ent.label_ == "PER":
            i = start
            while i < end and doc[i].is_lower:
                i += 1
            prefix = [t.lower_ for t in doc[start:i]]
            if prefix and i < end and all(w in self.person_titles for w in prefix) and \
                    any(w not in self.determiners for w in prefix):
                start = i
        else:
            while start < end - 1 and doc[start].is_lower and doc[start].lower_ in self.determiners:
                start += 1
            for noun in self.outlet_nouns:
                n = len(noun)
                if start + n < end and tuple(t.text for t in doc[start:start + n]) == noun \
                        and doc[start + n].text[:1].isupper():
                    start += n
                    break
            if start < end - 1 and doc[start].lower_ in self.determiners and doc[start].is_title:
                rest = doc[start + 1:end].text
                # « la France » → « France », but a capital keeps its article: « Le Caire », « La Haye »
                if self._is_kb_name(rest) and not self._is_kb_name(doc[start:end].text) \
                        and self.kb.place_kind(rest) != "capital":
                    start += 1
        if start == end:
            return None
        span = doc[start:end]
        if span.text in self.not_names:
            return None
        if len(span) > 1 and span[0].lower_ in self.title_heads and span[1].lower_ in LINK_WORDS \
                and span[0].lower_ not in self.org_heads:
            return None  # « Président des États-Unis », « Secrétaire d'État chargé de … »: a title, not a name
        if start == ent.start:
            return ent
        return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)

    def _with_name_article(self, span: Span) -> Span:
        """« Bihan » after a capitalised « Le » is « Le Bihan »: a person's particle (a person takes no article),
        or a place whose article is part of its name in the KB (« Le Havre », not « Le Japon »)."""
        doc, i = span.doc, span.start - 1
        if i < 0 or doc[i].text not in ARTICLES or not span[0].is_title:
            return span
        if span.label_ == "PER" or (span.label_ == "LOC" and self._is_kb_name(doc[i:span.end].text)):
            return Span(doc, i, span.end, label=span.label_, kb_id=span.kb_id_)
        return span

    def _party_and_person(self, ent: Span) -> list[Span]:
        """« le sénateur LR Paul Martin » tagged as one name: the party's acronym (ORG) and the person (PER)."""
        head = ent[0]
        if len(ent) < 3 or not (head.is_upper and head.is_alpha) \
                or not all(t.is_title and t.is_alpha for t in ent[1:]):
            return []
        party = self.kb.match(head.text, "ORG")
        if party is None or getattr(party, "sector", None) != "PTY":
            return []
        doc = ent.doc
        return [Span(doc, ent.start, ent.start + 1, label="ORG", kb_id=party.kb_id),
                Span(doc, ent.start + 1, ent.end, label="PER")]

    @staticmethod
    def _with_first_name(span: Span, taken: set[int]) -> Span:
        """« Nolwenn | Le Guen »: the parser often opens a sentence at a capitalised particle, and the NER stops
        there; the capitalised word just before, inside the same line and in no other name, is the first name."""
        doc, i = span.doc, span.start - 1
        if span.label_ != "PER" or span[0].text not in ARTICLES or i < 1 or i in taken:
            return span
        prev = doc[i]
        if prev.is_title and prev.is_alpha and not prev.is_sent_start and not doc[i - 1].is_title \
                and "\n" not in prev.whitespace_ and prev.lower_ not in LINK_WORDS | DET_WORDS:
            return Span(doc, i, span.end, label="PER", kb_id=span.kb_id_)
        return span

    def _particle_surnames(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """« Le Bihan » alone, even at a sentence start, is the « Annick Le Bihan » the article named before."""
        tails = set()
        for e in ents:
            if e.label_ == "PER" and len(e) >= 2:
                for j in range(0, len(e) - 1):
                    if e[j].text in ARTICLES and e[j + 1].is_title:
                        tails.add((e[j].text, e[j + 1].text))
                        break
        if not tails:
            return ents
        covered = {t for e in ents for t in range(e.start, e.end)}
        out = list(ents)
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if (tok.text, nxt.text) not in tails:
                continue
            if tok.i in covered and nxt.i in covered:
                continue
            # the name replaces what the model made of these two words (« Bihan » alone, or nothing)
            out = [e for e in out if not (e.start <= nxt.i < e.end or e.start <= tok.i < e.end) or len(e) > 2]
            if any(e.start <= tok.i < e.end or e.start <= nxt.i < e.end for e in out):
                continue
            out.append(Span(doc, tok.i, tok.i + 2, label="PER"))
            covered.update((tok.i, nxt.i))
        return out

    def _seat_metonym(self, ent: Span) -> Span:
        """The city with the KB id of the institution seated there when its sentence speaks of it and nothing
        makes it a place (« à Bruxelles », « les Bruxellois »); else the span unchanged. The label stays the
        model's (news corpora tag the city a place either way); the entity component reads the id."""
        seat = self.seats[ent.text]
        if ent.label_ not in ("LOC", "ORG") or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in
                                                 seat["place_before"]):
            return ent
        doc = ent.doc
        if doc.has_annotation("SENT_START"):
            sent = ent.sent
            if len(sent) < 8 and sent.end < len(doc):  # a title or a broken sentence: read the next one too
                sent = doc[sent.start:doc[sent.end].sent.end]
        else:
            sent = doc[max(0, ent.start - 30):ent.end + 30]
        words = [t.text for t in sent]
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
        present = set(words) | pairs | {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])}
        if not any(c in present for c in seat["cues"]) or any(c in present for c in seat["place_cues"]):
            return ent
        if seat["actor"] not in self.kb.actors:
            return ent
        return Span(ent.doc, ent.start, ent.end, label=ent.label_, kb_id=seat["actor"])

    def _portfolio_spans(self, doc: Doc) -> list[Span]:
        out = []
        for _, start, end in self.portfolios(doc):
            i = start - 1
            if i >= 0 and doc[i].lower_ in DET_WORDS:
                i -= 1
            if i < 0 or doc[i].lower_ not in LINK_WORDS:
                continue
            i -= 1
            if i >= 0 and doc[i].is_lower and self.kb.demonym_country(doc[i].text):
                i -= 1  # « le ministre russe de la Défense »
            if i < 0 or doc[i].lower_ not in MINISTER_WORDS:
                continue
            if doc[i].lower_ in MINISTRY_WORDS:
                out.append(Span(doc, i, end, label="ORG"))
            else:
                out.append(Span(doc, start, end, label="ORG"))
        return out

    # ------------------------------------------------------------------ the component
    def __call__(self, doc: Doc) -> Doc:
        ents = []
        # 1. clean and retype what the model found
        for ent in doc.ents:
            if ent.label_ not in ("PER", "LOC", "ORG", "MISC"):
                ents.append(ent)
                continue
            split = self._party_and_person(ent)
            if split:
                ents.extend(split)
                continue
            span = self._trim(ent)
            if span is None:
                continue
            span = self._with_name_article(span)
            # « les Russes » is a people; « Suisse » alone tagged a place is the country, not a Swiss, but « un
            # Suisse », « l'homme, une Suisse de 30 ans » (an indefinite article: a country name takes the
            # definite one) is a person of that nationality
            if span.label_ != "MISC" and self._is_demonym(span) and \
                    not (span.label_ == "LOC" and self.kb.place_kind(span.text) == "country"
                         and not after_indefinite(span)):
                ents.append(Span(doc, span.start, span.end, label="MISC"))
                continue
            hit = self._kb_label_of(span.text)
            if hit is not None:
                label, kb_id = hit
                # a person is never made a place, except a lone word the KB knows only as a place (« Washington »)
                lone_place = len(span) == 1 and label == "LOC"
                if label == span.label_ or not (span.label_ == "PER" and label == "LOC") or lone_place:
                    span = Span(doc, span.start, span.end, label=label, kb_id=kb_id or span.kb_id_)
            elif span.label_ == "LOC" and span[0].lower_ in self.org_heads:
                span = Span(doc, span.start, span.end, label="ORG")
            ents.append(span)
        # 2. KB names and portfolios, longest first
        found = [Span(doc, s, e, label=self.matcher.vocab.strings[m],
                      kb_id=self.kb_ids.get((self.matcher.vocab.strings[m], doc[s:e].text), ""))
                 for m, s, e in self.matcher(doc)]
        portfolio = self._portfolio_spans(doc)
        title_of = {(sp.start, sp.end) for sp in portfolio}
        found += portfolio
        found.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
        taken = [False] * len(doc)
        for sp in found:
            if any(taken[sp.start:sp.end]):
                continue
            if (sp.start, sp.end) in title_of:
                # « ministre de la Défense » tagged whole: a person's title, the ministry is the portfolio
                ents = [e for e in ents if not (e.start < sp.end and sp.start < e.end and e.label_ != "PER"
                                                and e[0].lower_ in MINISTER_WORDS - MINISTRY_WORDS)]
            overlapping = [e for e in ents if e.start < sp.end and sp.start < e.end]
            same = len(overlapping) == 1 and overlapping[0].start == sp.start and overlapping[0].end == sp.end
            if not same and any(e.start < sp.start or e.end > sp.end for e in overlapping):
                continue  # the model's entity is longer or crosses the name: trust its extent
            if same and overlapping[0].label_ == "PER" and sp.label_ == "LOC":
                continue
            if same and overlapping[0].label_ == "MISC" and sp.label_ == "LOC":
                continue
            ents = [e for e in ents if e not in overlapping] + [sp]
            for t in range(sp.start, sp.end):
                taken[t] = True
        # 3. a surname the article gave with a first name is that person elsewhere in it
        ents = self._particle_surnames(doc, ents)
        taken_tokens = {t for e in ents for t in range(e.start, e.end)}
        ents = [self._with_first_name(e, taken_tokens) for e in ents]
        surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) >= 2 and e[-1].is_title}
        if surnames:
            covered = [False] * len(doc)
            for e in ents:
                for t in range(e.start, e.end):
                    covered[t] = True
            fixed = []
            for e in ents:
                if e.label_ in ("LOC", "ORG", "MISC") and len(e) == 1 and e.text in surnames and not e.kb_id_:
                    e = Span(doc, e.start, e.end, label="PER")
                fixed.append(e)
            ents = fixed
            for tok in doc:
                if not covered[tok.i] and tok.text in surnames and not tok.is_sent_start:
                    ents.append(Span(doc, tok.i, tok.i + 1, label="PER"))
        # 4. a seat named for its institution: « Bruxelles » in a sentence about the EU is the EU
        ents = [self._seat_metonym(e) if e.text in self.seats else e for e in ents]
        doc.ents = sorted(ents, key=lambda e: e.start)
        # the names the KB knows, with their ids, for components that want them apart from the model's guesses
        doc.spans[SPANS_KEY] = [e for e in doc.ents if e.kb_id_]
        return doc
