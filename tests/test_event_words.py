"""The words a stage looks up read from the Doc's arrays (veille.nlp.events.document.EventDoc.where_words): the
same tokens as a scan of every Token, normalised the same way. No model needed."""
import spacy
from spacy.tokens import Doc

from veille.nlp.events.document import EventDoc
from veille.nlp.events.lexicon import _norm


class _Words(EventDoc):
    """Only the Doc, which `where_words` reads."""

    def __init__(self, doc):
        self.doc = doc


def test_words_read_from_the_arrays_are_those_a_token_scan_finds():
    # « Paul Vernay A rencontré l’émissaire de Lorcy. RENCONTRE … »: capitals and a typographic apostrophe
    words = ["Paul", "Vernay", "A", "rencontré", "l’", "émissaire", "de", "Lorcy", ".", "RENCONTRE"]
    lemmas = ["Paul", "Vernay", "avoir", "rencontrer", "le", "émissaire", "de", "Lorcy", ".", "Rencontre"]
    doc = Doc(spacy.blank("fr").vocab, words=words, lemmas=lemmas)
    reader = _Words(doc)

    def lemma(w):
        return w in {"rencontre", "lorcy"}

    def form(w):
        return w in {"l'", "a"}

    scan = [t.i for t in doc if lemma(_norm(t.lemma_)) or form(_norm(t.text))]
    assert reader.where_words(lemma=lemma, form=form) == scan == [2, 4, 7, 9]
    # a second look-up over the same Doc, by lemma alone
    assert reader.where_words(lemma=lambda w: w == "rencontrer") == [3]


def test_a_named_search_tests_each_word_once_whatever_the_doc():
    # « Paul Vernay menace Lorcy. » then « Marie Dutilleul menace Lorcy. »: the second Doc's known words are not
    # tested again, its verdicts are the first's
    vocab = spacy.blank("fr").vocab
    lex = object()      # (verdicts are kept per lexicon)
    docs = [Doc(vocab, words=[first, last, "menace", "Lorcy", "."], lemmas=[first, last, "menacer", "Lorcy", "."])
            for first, last in (("Paul", "Vernay"), ("Marie", "Dutilleul"))]
    asked = []

    def lemma(w):
        asked.append(w)
        return w == "menacer"

    readers = [_Words(doc) for doc in docs]
    for reader in readers:
        reader.lex = lex
    assert readers[0].where_words(lemma=lemma, key="test-menace") == [2]
    assert sorted(asked) == [".", "lorcy", "menacer", "paul", "vernay"]
    asked.clear()
    assert readers[1].where_words(lemma=lemma, key="test-menace") == [2] == readers[1].where_words(lemma=lemma)
    assert sorted(asked[:2]) == ["dutilleul", "marie"]      # the named search, then the unnamed one reads all


def test_a_search_named_late_finds_only_its_docs_words_and_another_vocabulary_starts_afresh():
    # « Paul Vernay menace Lorcy. » read first by another search, then « Marie Dutilleul attaque Lorcy. »: the new
    # search tests the words already met too (once), and finds only the tokens of the Doc it is asked about
    vocab = spacy.blank("fr").vocab
    lex = object()
    first = Doc(vocab, words=["Paul", "Vernay", "menace", "Lorcy", "."], lemmas=["Paul", "Vernay", "menacer", "Lorcy", "."])
    second = Doc(vocab, words=["Marie", "Dutilleul", "attaque", "Lorcy", "."],
                 lemmas=["Marie", "Dutilleul", "attaquer", "Lorcy", "."])
    readers = [_Words(first), _Words(second)]
    for reader in readers:
        reader.lex = lex
    assert readers[0].where_words(lemma=lambda w: w == "lorcy", key="test-late-other") == [3]
    asked = []

    def lemma(w):
        asked.append(w)
        return w in {"menacer", "attaquer"}

    assert readers[1].where_words(lemma=lemma, key="test-late") == [2]
    assert sorted(asked) == sorted({".", "lorcy", "paul", "vernay", "menacer", "marie", "dutilleul", "attaquer"})
    assert readers[0].where_words(lemma=lemma, key="test-late") == [2]     # the first Doc's own « menace »
    # a Doc of another vocabulary: its hashes are sought in its own strings
    other = Doc(spacy.blank("fr").vocab, words=["Lorcy", "menace", "."], lemmas=["Lorcy", "menacer", "."])
    reader = _Words(other)
    reader.lex = lex
    assert reader.where_words(lemma=lemma, key="test-late") == [1]


def test_the_word_caches_are_emptied_once_full(monkeypatch):
    """`_norm` remembers every string until it holds `_WORD_CACHE_MAX` of them; the events stage then
    empties it before its next article, and it answers as before."""
    import importlib

    lexicon = importlib.import_module("veille.nlp.events.lexicon")     # (the package names its function `lexicon`)
    monkeypatch.setattr(lexicon, "_WORD_CACHE_MAX", 3)
    lexicon._norm.cache_clear()
    words = ["L’Émissaire", "Lorcy", "RENCONTRE"]
    before = [lexicon._norm(w) for w in words[:2]]
    lexicon.bound_word_caches()
    assert lexicon._norm.cache_info().currsize == 2       # (not full: kept)
    assert lexicon._norm(words[2]) == "rencontre"
    lexicon.bound_word_caches()
    assert lexicon._norm.cache_info().currsize == 0
    assert [lexicon._norm(w) for w in words[:2]] == before == ["l'émissaire", "lorcy"]
