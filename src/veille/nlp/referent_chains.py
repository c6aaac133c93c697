"""`veille_referents`: the article's referents, built once per Doc before quotes and events read them.

The component learns what the article says of its people and organisations — designations from appositions
(« la maire de Vernay, Odile Carrec »), titles before names, outlets introduced by an outlet noun, honorifics, and
the gender and number of described referents — and leaves the resolver on `doc._.veille_referents` (a
`veille.nlp.referents.Referents`). Quotes resolve speakers and relays through it, events read their speech acts'
actors from the speakers it resolved and their pronouns' antecedents from its search (`Referents.antecedent`); the
designations it learnt are inspectable as `doc.spans["veille_referents"]` (label: the entity id each designation
stands for), and every mention it ties to an entity lands in that entity's `mentions` in the JSON.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import veille.nlp.extensions  # noqa: F401
from veille.nlp.quote_context import QuoteContext
from veille.nlp.quote_lexicon import lexicon
from veille.nlp.referents import Referents


def referents_of(doc: Doc, lang: str = "fr") -> Referents:
    """The Doc's referents: the component's, or built now when the pipeline has no `veille_referents`."""
    ref = doc._.veille_referents
    if not isinstance(ref, Referents):
        ref = doc._.veille_referents = Referents(QuoteContext(doc, lexicon(lang)))
    return ref


class ReferentChains:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_referents = None
        ref = referents_of(doc, self.lang)
        doc.spans["veille_referents"] = [Span(doc, tok_i, tok_i + 1, label=eid)
                                         for tok_i, _key, _lemma, eid in ref.designations]
        return doc


@Language.factory("veille_referents", assigns=["doc._.veille_referents", "doc.spans"],
                  requires=["doc.spans", "token.dep", "token.lemma", "token.pos"], default_config={"lang": "fr"})
def make_referents(nlp: Language, name: str, lang: str):
    return ReferentChains(lang)
