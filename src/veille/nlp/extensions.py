"""The `Doc._` attributes veille components read and write (registered once, on import).

Span groups written by the components:
- doc.spans["veille_boilerplate"]: lines that are not the article (label = reason)
- doc.spans["veille_mentions"]: entity mentions (label = entity id in doc._.veille_entities)
- doc.spans["veille_referents"]: designations learnt from appositions (label = the entity id they stand for)
- doc.spans["veille_quotes"]: quoted or reported content (label = quote id in doc._.veille_quotes)
- doc.spans["veille_dates"]: date expressions (see doc._.veille_dates for their resolved values)
"""
from spacy.tokens import Doc

_DOC_ATTRS = {
    "veille_article": None,      # the Article being analysed (title, published, url…)
    "veille_offset": 0,          # where this Doc starts in the article text (chunked long texts)
    "veille_entities": None,     # list[model.Entity]
    "veille_referents": None,    # nlp.referents.Referents: designations, genders, the discourse focus
    "veille_quotes": None,       # list[model.Quote]
    "veille_events": None,       # list[model.Event]
    "veille_dates": None,        # list[dict]: {start, end, text, value, kind}: value an ISO (partial) date, kind the pattern
    "veille_reference_date": None,  # ISO date used to resolve relative dates
}

for _name, _default in _DOC_ATTRS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once: `Doc.text` joins every token again on each access, and each veille stage
    needs it. Cached with the token count, so a retokenised Doc is read afresh."""
    cached = doc.user_data.get("veille_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["veille_text"] = cached
    return cached[1]


# a morphological analysis's fields by its hash, shared by the Docs of a process (an analysis string names the same
# features in every vocabulary; a French model writes a few hundred distinct ones)
_MORPH_FIELDS: dict[int, dict[str, list[str]]] = {}


def morph_fields(tok) -> dict[str, list[str]]:
    """The token's morphological features, field → values, each analysis read once per process."""
    morph = tok.morph
    fields = _MORPH_FIELDS.get(morph.key)
    if fields is None:
        fields = _MORPH_FIELDS[morph.key] = {f: morph.get(f) for f in morph.to_dict()}
    return fields


def morph_values(tok, field: str) -> list[str]:
    """`tok.morph.get(field)`, each analysis read once per process: `MorphAnalysis.get` splits the analysis string
    anew on every call, and the stages ask it thousands of times per article."""
    return list(morph_fields(tok).get(field, ()))
