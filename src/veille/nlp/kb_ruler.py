"""`veille_kb_ruler`: a spaCy component, placed after the NER, that fixes entity spans with the knowledge base.

- adds names of the KB the model missed (countries, capitals, seats of power, organisations, outlets, people's
  full names), matched case-sensitively on whole tokens;
- retypes names the model mistyped (an outlet tagged LOC becomes ORG, a country tagged ORG becomes LOC,
  a known person's surname tagged LOC becomes PER), never turning a person into a place;
- joins names the model split (« Ukrainska » + « Pravda »);
- types ministerial portfolios ORG: « le ministre de la Défense » → « Défense » ORG, « le ministère de
  l'Intérieur » → the whole ministry ORG (portfolio names: kb/data/portfolios_fr.txt).
Entities it adds or confirms carry the KB id in `span.kb_id_`. Labels follow the French model's scheme (PER, LOC,
ORG, MISC): countries, capitals and seats of power (« le Kremlin ») are LOC, which the entity component reads as
a metonym of the state through `kb.place_country`.

    nlp.add_pipe("veille_kb_ruler", after="ner")
"""
from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

PORTFOLIOS = Path(__file__).resolve().parents[1] / "kb" / "data" / "portfolios_fr.txt"
MINISTER_WORDS = {"ministre", "ministres", "ministère", "ministères", "ministere", "secrétaire", "secrétariat",
                  "vice-ministre", "ministre-président"}
MINISTRY_WORDS = {"ministère", "ministères", "ministere", "secrétariat"}
LINK_WORDS = {"de", "des", "du", "d'", "d’"}
DET_WORDS = {"la", "l'", "l’", "le"}
KB_LABEL = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@Language.factory("veille_kb_ruler", default_config={})
def make_kb_ruler(nlp: Language, name: str) -> "KBRuler":
    return KBRuler(nlp, name)


class KBRuler:
    def __init__(self, nlp: Language, name: str = "veille_kb_ruler", kb=None):
        from veille.kb import get_kb

        self.name = name
        self.kb = kb or get_kb()
        self.kb_ids: dict[tuple[str, str], str] = {}
        forms: dict[str, set[str]] = defaultdict(set)
        seen: dict[str, str] = {}
        for surface, label, kb_id in self.kb.ruler_names:
            surface = surface.strip()
            if len(surface) < 2 or not surface[0].isupper():
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

    # ------------------------------------------------------------------ helpers
    def _kb_label_of(self, text: str, model_label: str) -> tuple[str, str] | None:
        """The KB label and id for an entity text the model found, when the KB knows it without ambiguity."""
        from veille.kb.names import name_key, strip_determiner

        k = name_key(strip_determiner(text))
        ids = self.kb.by_key.get(k) or []
        if not ids and len(k.split()) == 1:
            ids = self.kb.by_surname.get(k) or []
        types = {self.kb.actors[i].type for i in ids}
        if len(types) != 1:
            place = self.kb.place_country(text)
            return ("LOC", place.kb_id) if place is not None else None
        label = KB_LABEL.get(types.pop())
        return (label, ids[0] if len(ids) == 1 else "") if label else None

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
        ents = list(doc.ents)
        # 1. retype what the model found, when the KB knows the name
        for n, ent in enumerate(ents):
            if ent.label_ not in ("PER", "LOC", "ORG", "MISC"):
                continue
            hit = self._kb_label_of(ent.text, ent.label_)
            if hit is None:
                continue
            label, kb_id = hit
            if label != ent.label_ and not (ent.label_ == "PER" and label == "LOC"):
                ents[n] = Span(doc, ent.start, ent.end, label=label, kb_id=kb_id)
            elif label == ent.label_ and kb_id:
                ents[n] = Span(doc, ent.start, ent.end, label=label, kb_id=kb_id)
        # 2. KB names and portfolios, longest first
        found = [Span(doc, s, e, label=self.matcher.vocab.strings[m],
                      kb_id=self.kb_ids.get((self.matcher.vocab.strings[m], doc[s:e].text), ""))
                 for m, s, e in self.matcher(doc)]
        found += self._portfolio_spans(doc)
        found.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
        taken = [False] * len(doc)
        for sp in found:
            if any(taken[sp.start:sp.end]):
                continue
            overlapping = [e for e in ents if e.start < sp.end and sp.start < e.end]
            if any(e.start < sp.start or e.end > sp.end for e in overlapping):
                # the model's entity is longer or crosses the name: trust its extent
                if not (len(overlapping) == 1 and overlapping[0].start == sp.start and overlapping[0].end == sp.end):
                    continue
            if any(e.label_ == "PER" and sp.label_ == "LOC" and e.start == sp.start and e.end == sp.end
                   for e in overlapping):
                continue
            ents = [e for e in ents if e not in overlapping] + [sp]
            for t in range(sp.start, sp.end):
                taken[t] = True
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc
