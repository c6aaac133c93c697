"""The article state the event stages share (veille.nlp.events.document.EventDoc) on Docs built by hand: the
helpers read once per Doc or per token answer as reading every token again would. No model needed."""
import spacy
from spacy.tokens import Doc, Span

from veille.nlp.events.document import EventDoc
from veille.nlp.events.lexicon import lexicon
from veille.nlp.events.verbforms import VerbForms
from veille.nlp.mentions import mention_index, mention_rows


def _doc(words, **kw):
    return Doc(spacy.blank("fr").vocab, words=words, **kw)


def test_a_line_starts_at_the_first_token_after_its_newline():
    words = ["Lorcy", "\n", "Paul", "Vernay", "a", "parlé", ".", "\n\n", "Marie", "Dutilleul", "répond", "."]
    doc = _doc(words, spaces=[False] * len(words))
    state = EventDoc(doc, lexicon("fr"))
    for tok in doc:
        # the token by token walk back the index replaces
        char, j = doc.text.rfind("\n", 0, tok.idx) + 1, tok.i
        while j > 0 and doc[j - 1].idx >= char:
            j -= 1
        assert state.line_start(tok) == j
    assert [state.line_start(doc[i]) for i in (0, 3, 7, 10)] == [0, 2, 2, 8]


def test_mentions_added_while_the_events_are_read_index_as_a_rebuilt_index_does():
    doc = _doc(["Paul", "Vernay", "et", "des", "manifestants", "à", "Lorcy"])
    doc.spans["veille_mentions"] = [Span(doc, 0, 2, label="e1"), Span(doc, 6, 7, label="e2")]
    state = EventDoc(doc, lexicon("fr"))
    # the registry appends: a descriptive actor, and a second mention over a token already indexed
    doc.spans["veille_mentions"].append(Span(doc, 3, 5, label="e3"))
    doc.spans["veille_mentions"].append(Span(doc, 1, 2, label="e4"))
    state.index_new_mentions()
    assert state.midx == {0: "e1", 1: "e1", 3: "e3", 4: "e3", 6: "e2"}
    assert mention_index(doc) is state.midx      # where the other readers find it
    doc.user_data.pop("veille_mention_index")
    assert mention_index(doc) == state.midx      # and what reading every mention again gives


def test_mention_rows_follow_the_group_as_it_grows_and_when_it_is_built_again():
    doc = _doc(["Paul", "Vernay", "et", "des", "manifestants", "à", "Lorcy"])
    doc.spans["veille_mentions"] = [Span(doc, 0, 2, label="e1"), Span(doc, 6, 7, label="e2")]
    read = lambda: [(sp.start, sp.end, sp.label_, sp.root.i) for sp in doc.spans["veille_mentions"]]
    assert mention_rows(doc) == read()
    doc.spans["veille_mentions"].append(Span(doc, 3, 5, label="e3"))     # the registry appends
    assert mention_rows(doc) == read() and len(mention_rows(doc)) == 3
    doc.spans["veille_mentions"] = [Span(doc, 6, 7, label="e9")]          # a group built afresh
    assert mention_rows(doc) == read() == [(6, 7, "e9", 6)]
    doc.spans["veille_mentions"] = [Span(doc, 3, 5, label="e5"), Span(doc, 0, 2, label="e6")]
    assert mention_rows(doc) == read()


def test_a_complement_s_preposition_and_a_verb_s_voice_are_read_once_per_token():
    # « Paul Vernay a été reçu au ministère »
    words = ["Paul", "Vernay", "a", "été", "reçu", "au", "ministère"]
    doc = _doc(words, heads=[4, 0, 4, 4, 4, 6, 4], deps=["nsubj:pass", "flat:name", "aux:tense", "aux:pass", "ROOT",
                                                          "case", "obl:arg"],
               morphs=["", "", "VerbForm=Fin", "VerbForm=Part", "Tense=Past|VerbForm=Part", "", ""])
    state = type("_State", (EventDoc, VerbForms), {})(doc, lexicon("fr"))
    assert state.case_of(doc[6]) == state.case_of(doc[6]) == "à"
    assert state.case_of(doc[0]) == ""
    assert [state.is_passive(t) for t in doc] == [VerbForms.passive_form(t) for t in doc]
    assert state.is_passive(doc[4])


def test_the_hash_and_tag_columns_are_the_tokens_own():
    # « Les manifestants ont bloqué le port » (columns read in one call each: a token's lemma, form, tag and label)
    words = ["Les", "manifestants", "ont", "bloqué", "le", "port"]
    doc = _doc(words, lemmas=["le", "manifestant", "avoir", "bloquer", "le", "port"],
               pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"], heads=[1, 3, 3, 3, 5, 3],
               deps=["det", "nsubj", "aux:tense", "ROOT", "det", "obj"])
    state = EventDoc(doc, lexicon("fr"))
    lemmas, forms, lemma_set, form_set = state._hash_columns
    assert lemmas == [t.lemma for t in doc] and forms == [t.orth for t in doc]
    assert lemma_set == {t.lemma for t in doc} and form_set == {t.orth for t in doc}
    assert state.pos_dep_columns == ([t.pos for t in doc], [t.dep for t in doc])
    assert state.where_words(lemma=lambda w: w == "bloquer") == [3]
    empty = EventDoc(_doc([]), lexicon("fr"))
    assert empty._hash_columns[:2] == ([], []) and empty.pos_dep_columns == ([], [])


def test_children_and_word_searches_answer_as_the_tokens_do():
    # « Les grévistes et les cheminots occupent la gare de Lorcy » (children listed from the head column, kept per
    # token, and word searches, a lemma and a form search together)
    words = ["Les", "grévistes", "et", "les", "cheminots", "occupent", "la", "gare", "de", "Lorcy"]
    doc = _doc(words, lemmas=["le", "gréviste", "et", "le", "cheminot", "occuper", "le", "gare", "de", "Lorcy"],
               heads=[1, 5, 4, 4, 1, 5, 7, 5, 9, 7],
               deps=["det", "nsubj", "cc", "det", "conj", "ROOT", "det", "obj", "case", "nmod"])
    state = EventDoc(doc, lexicon("fr"))
    for tok in doc:
        assert state.children_of(tok) == list(tok.children)
        assert state.children_of(tok) is state.children_of(tok)
    assert state.where_words(lemma=lambda w: w == "le") == [0, 3, 6]
    # a lemma search and a form search together: each token once, in order
    assert state.where_words(lemma=lambda w: w == "le", form=lambda w: w in ("les", "gare")) == [0, 3, 6, 7]
    assert state.where_words(lemma=lambda w: w == "manifester") == []


def test_tags_and_features_read_once_per_token_are_the_tokens_own():
    # « Les grévistes auraient bloqué le dépôt »: a tag and the features of each token, read from the Doc's columns
    words = ["Les", "grévistes", "auraient", "bloqué", "le", "dépôt"]
    doc = _doc(words, pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
               morphs=["Definite=Def|Number=Plur|PronType=Art", "Gender=Masc|Number=Plur",
                       "Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Gender=Masc|Tense=Past|VerbForm=Part",
                       "Definite=Def|Gender=Masc|Number=Sing|PronType=Art", ""])
    state = EventDoc(doc, lexicon("fr"))
    assert state.pos_at == [t.pos_ for t in doc]
    for tok in doc:
        for field in ("Number", "Tense", "Mood", "VerbForm", "Gender"):
            assert state.morph_of(tok, field) == tok.morph.get(field)
    # each answer is the caller's own list: changing it changes no later answer
    state.morph_of(doc[2], "Mood").append("Ind")
    assert state.morph_of(doc[2], "Mood") == ["Cnd"]
