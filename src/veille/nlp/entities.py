"""`veille_entities` (being written)."""
from spacy.language import Language


@Language.factory("veille_entities", assigns=["doc.spans", "doc._.veille_entities"])
def make_entities(nlp, name):
    def run(doc):
        doc._.veille_entities = []
        doc.spans["veille_mentions"] = []
        return doc
    import veille.nlp.extensions  # noqa: F401
    return run
