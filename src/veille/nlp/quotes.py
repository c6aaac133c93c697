"""`veille_quotes` (being written)."""
from spacy.language import Language


@Language.factory("veille_quotes", assigns=["doc.spans", "doc._.veille_quotes"])
def make_quotes(nlp, name):
    def run(doc):
        doc._.veille_quotes = []
        return doc
    import veille.nlp.extensions  # noqa: F401
    return run
