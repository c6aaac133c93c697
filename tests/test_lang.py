"""veille.lang: the language data's loaders and the one normalisation of words the lexicons are keyed by. No model
needed."""
from veille.lang import norm_word, read_json


def test_a_word_is_normalised_as_the_lexicons_key_it():
    # typographic apostrophes, capitals and runs of whitespace (a date phrase broken over a line)
    assert norm_word("L’Émissaire") == "l'émissaire"
    assert norm_word("la  Semaine\nprochaine") == "la semaine prochaine"
    assert norm_word("Lorcy") == "lorcy"


def test_the_dates_and_events_stages_share_the_normalisation():
    import importlib

    from veille.nlp import dates

    events_lexicon = importlib.import_module("veille.nlp.events.lexicon")
    assert dates._norm is norm_word and events_lexicon._norm is norm_word


def test_data_is_read_once():
    assert read_json("fr", "dates.json") is read_json("fr", "dates.json")
