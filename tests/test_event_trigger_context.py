"""The words around a candidate trigger (veille.nlp.events.trigger_context) on Docs built by hand: the object by word
order when the parse lost it, and a word that belongs to another finite verb's clause. No model needed."""
import spacy
from spacy.tokens import Doc

from veille.nlp.events.document import EventDoc
from veille.nlp.events.lexicon import lexicon
from veille.nlp.events.trigger_context import TriggerContext


def _state(words, **kw):
    doc = Doc(spacy.blank("fr").vocab, words=words, **kw)
    return doc, type("_State", (EventDoc, TriggerContext), {})(doc, lexicon("fr"))


def test_the_noun_after_a_verb_and_its_determiners_is_its_object_by_word_order():
    # « Les élus ont reconduit le maire » (the parse lost the object: word order gives it)
    words = ["Les", "élus", "ont", "reconduit", "le", "maire"]
    doc, state = _state(words, pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"])
    assert state._word_after(doc[3]).text == "maire"
    # a verb or a preposition before any noun: no object by word order
    words = ["Les", "élus", "ont", "voté", "pour", "le", "maire"]
    doc, state = _state(words, pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"])
    assert state._word_after(doc[3]) is None


def test_a_word_under_another_finite_verb_belongs_to_that_clause():
    # « Le préfet annonce que la ville ferme » : « ville » is in the clause of « ferme », not of « annonce »
    words = ["Le", "préfet", "annonce", "que", "la", "ville", "ferme"]
    doc, state = _state(words, pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"],
                        heads=[1, 2, 2, 6, 5, 6, 2], deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp"],
                        morphs=["", "", "VerbForm=Fin", "", "", "", "VerbForm=Fin"])
    assert TriggerContext._in_other_clause(doc[5], doc[2])
    assert not TriggerContext._in_other_clause(doc[1], doc[2])


def test_a_reading_s_word_is_a_complement_never_a_verb_sharing_its_lemma():
    # « Les douanes ont saisi ses avoirs » : « avoirs » is the word of the reading « saisir des avoirs »; in « La
    # commission a été saisie » only the auxiliary « a » has the lemma « avoir », and a verb completes no locution
    words = ["Les", "douanes", "ont", "saisi", "ses", "avoirs"]
    doc, state = _state(words, lemmas=["le", "douane", "avoir", "saisir", "son", "avoir"],
                        pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"], heads=[1, 3, 3, 3, 5, 3],
                        deps=["det", "nsubj", "aux:tense", "ROOT", "det", "obj"])
    assert state._has_with(doc[3], ["avoir"], adjacent=False)
    words = ["La", "commission", "a", "été", "saisie", "hier"]
    doc, state = _state(words, lemmas=["le", "commission", "avoir", "être", "saisir", "hier"],
                        pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADV"], heads=[1, 4, 4, 4, 4, 4],
                        deps=["det", "nsubj:pass", "aux:tense", "aux:pass", "ROOT", "advmod"])
    assert not state._has_with(doc[4], ["avoir"], adjacent=False)
    assert state._has_with(doc[4], ["commission"], adjacent=False)
