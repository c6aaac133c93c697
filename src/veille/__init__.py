"""veille: French news articles in, source-attributed quotes, speakers, entities and events out."""
__version__ = "0.1.0"
# Bumped whenever extraction output can change (lexicons, components, knowledge base): stored articles
# record it so that `veille reprocess --since` knows what to redo.
PIPELINE_VERSION = "0.1.0"
