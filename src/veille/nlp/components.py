"""Import this module to register every veille spaCy factory (`nlp.add_pipe("veille_quotes")` …)."""
import veille.nlp.extensions  # noqa: F401
from veille.nlp import boilerplate, entities, quotes, referent_chains, reparse, sentence_bounds  # noqa: F401

try:  # later stages register themselves when present
    from veille.nlp import dates  # noqa: F401
except ImportError:  # pragma: no cover
    pass
try:
    from veille.nlp import events  # noqa: F401
except ImportError:  # pragma: no cover
    pass
try:
    from veille.nlp import kb_ruler  # noqa: F401
except ImportError:  # pragma: no cover
    pass
