"""Clause readings of the events (veille.nlp.events.clauses) on parses built by hand: what a wrong parse would
say, and what French grammar says instead. No model needed."""
import pytest
import spacy
from spacy.tokens import Doc

from veille.nlp.events.clauses import ClauseReader
from veille.nlp.events.document import EventDoc
from veille.nlp.events.verbforms import VerbForms


def _doc(words, heads, deps, morphs):
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, morphs=morphs)


def test_an_infinitive_has_no_subject_after_it():
    # « après avoir quitté Liwa Vernay », the name read by the parse as an inverted subject
    doc = _doc(["après", "avoir", "quitté", "Liwa", "Vernay"], [2, 2, 2, 2, 3],
               ["mark", "aux:tense", "ROOT", "nsubj", "flat:name"],
               ["", "VerbForm=Inf", "Tense=Past|VerbForm=Part", "", ""])
    verb = doc[2]
    assert ClauseReader.expressed_subjects(verb, [doc[3]]) == []


def test_a_finite_verb_keeps_its_inverted_subject():
    # « … , a déclaré Paul Marin »
    doc = _doc(["a", "déclaré", "Paul", "Marin"], [1, 1, 1, 2], ["aux:tense", "ROOT", "nsubj", "flat:name"],
               ["VerbForm=Fin", "Tense=Past|VerbForm=Part", "", ""])
    assert ClauseReader.expressed_subjects(doc[1], [doc[2]]) == [doc[2]]


class _Reader(ClauseReader):
    """The state `named_subject` reads: the Doc, the mention index and the entities, and the tokens' features and
    tags as `EventDoc` keeps them."""
    morph_of = EventDoc.morph_of

    def __init__(self, doc, midx, ents):
        self.doc, self.midx, self.ents = doc, midx, ents
        self._morph_at = {}
        self.pos_at = [t.pos_ for t in doc]

    def entity_of(self, tok):
        return self.midx.get(tok.i)


def test_a_title_and_the_name_after_it_are_one_subject():
    # « Le président du Conseil Paul Vernay va consulter », title and name read as two subjects: the name is it
    # (the title alone might designate someone else the article named with it)
    from types import SimpleNamespace
    doc = _doc(["Le", "président", "du", "Conseil", "Paul", "Vernay", "va", "consulter"],
               [1, 6, 3, 1, 6, 4, 6, 6], ["det", "nsubj", "case", "nmod", "nsubj", "flat:name", "ROOT", "xcomp"],
               [""] * 8)
    for i, pos in enumerate(["DET", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "VERB"]):
        doc[i].pos_ = pos
    reader = _Reader(doc, {4: "e2", 5: "e2", 3: "e1"}, {"e1": SimpleNamespace(type="ORG"),
                                                        "e2": SimpleNamespace(type="PER")})
    assert reader.named_subject([doc[1], doc[4]]) == [doc[4]]
    # two subjects that are not a title and a person's name stay as the parse gave them
    reader = _Reader(doc, {4: "e1"}, {"e1": SimpleNamespace(type="ORG")})
    assert reader.named_subject([doc[1], doc[4]]) == [doc[1], doc[4]]


def test_a_participle_describes_the_noun_it_agrees_with():
    # « la défense du ministre Paul Vernay accusé de fraude », « accusé » hung by the parse on « défense »: it agrees
    # with « ministre », the one accused
    words = ["la", "défense", "du", "ministre", "Paul", "Vernay", "accusé", "de", "fraude"]
    doc = _doc(words, [1, 1, 3, 1, 3, 4, 1, 8, 6],
               ["det", "ROOT", "case", "nmod", "appos", "flat:name", "acl", "case", "obl:arg"],
               ["Gender=Fem|Number=Sing", "Gender=Fem|Number=Sing", "", "Gender=Masc|Number=Sing", "", "",
                "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part", "", "Gender=Fem|Number=Sing"])
    for i, pos in enumerate(["DET", "NOUN", "ADP", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "NOUN"]):
        doc[i].pos_ = pos
    assert VerbForms.described_noun(doc[6]) == doc[3]
    # « la défense du ministre, accusée de fraude »: the head it agrees with stays
    doc[6].set_morph("Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part")
    assert VerbForms.described_noun(doc[6]) == doc[1]


@pytest.mark.slow
def test_a_name_a_street_noun_heads_is_no_member_of_the_subjects_list():
    # « à côté du métro Paul Vernay, la police … »: the station named after someone is where, not who
    from test_events import events_of, extract, names
    ext = extract("Titre\nVers 13h, à côté du métro Paul Vernay, la police disperse les manifestants à Lorcy.\n")
    dispersed = events_of(ext, "ASSAULT")
    assert dispersed and "Paul Vernay" not in names(ext, dispersed[0].source)


@pytest.mark.slow
def test_of_two_subjects_before_a_comma_the_nearer_is_the_verbs():
    # « X convergent vers la place, les CRS tirent »: the parse may hang both phrases on « tirent »
    from test_events import events_of, extract, names
    ext = extract("Titre\nVers 16h, plusieurs centaines de manifestants convergent vers la mairie, les CRS tirent des "
                  "grenades lacrymogènes à Lorcy.\n")
    fired = events_of(ext, "ASSAULT")
    assert fired and names(ext, fired[0].source) == {"CRS"}
