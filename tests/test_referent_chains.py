"""`veille_referents`: the article's referents are built once, before quotes and events, and are inspectable."""
from __future__ import annotations

import pytest

from veille.ingest.readers import article_from_text
from veille.nlp.pipeline import VEILLE_PIPES, get_nlp
from veille.nlp.referents import Referents

pytestmark = pytest.mark.slow

TEXT = """Le conseil municipal de Vernay vote son budget
La maire de Vernay, Odile Carrec, a présenté lundi un budget en baisse.
« Nous avons fait des choix difficiles », a déclaré la maire.
"""


def test_referents_run_before_quotes_and_events():
    assert VEILLE_PIPES.index("veille_referents") < VEILLE_PIPES.index("veille_quotes")
    assert VEILLE_PIPES.index("veille_referents") < VEILLE_PIPES.index("veille_events")


def test_designations_are_spans_and_the_resolver_is_shared():
    nlp = get_nlp()
    doc = nlp.make_doc(TEXT)
    doc._.veille_article = article_from_text(TEXT)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    ref = doc._.veille_referents
    assert isinstance(ref, Referents)
    ents = {e.id: e for e in doc._.veille_entities}
    spans = doc.spans["veille_referents"]
    assert any(s.text == "maire" and ents[s.label_].name == "Odile Carrec" for s in spans)
    q = doc._.veille_quotes[0]
    assert ents[q.speaker].name == "Odile Carrec"
    # the designation the quote stage resolved is one of the person's mentions
    assert "la maire" in [m.text for m in ents[q.speaker].mentions]


def test_pronoun_takes_the_sentence_subject_not_a_person_named_in_its_complements():
    from veille.process import process
    text = ("Réunion\nLe maire Paul Marin a organisé une réunion jeudi avec le préfet Marc Vernay et le député de "
            "Lorcy, Jean Carrec, à la suite de laquelle il a déclaré que « la route sera rouverte ».\n")
    ext = process(article_from_text(text), check_language=False)
    q = ext.quotes[0]
    assert ext.entity(q.speaker).name == "Paul Marin"


def test_gender_learnt_from_agreement_and_no_title_inside_a_name():
    from veille.nlp.referent_chains import referents_of
    text = ("Vote\nLe conseil s'est réuni lundi. La liste compte Paul Marin, Bruno Le Maire et Odile Carrec. "
            "Paul Marin a été élu président du conseil.\n")
    nlp = get_nlp()
    doc = nlp(text)
    ref = referents_of(doc)
    ents = {e.id: e.name for e in doc._.veille_entities}
    by_name = {v: k for k, v in ents.items()}
    assert ref.gender.get(by_name["Paul Marin"]) == "M"
    # « Bruno Le Maire »: « Maire » is a word of his name, not a title given to the next person of the list
    assert ref.gender.get(by_name["Odile Carrec"]) != "M"
    assert not ref.agrees("elle", by_name["Paul Marin"])


def test_a_long_quotation_is_one_turn_for_the_pronoun_after_it():
    text = ("Un fossile étrange\n"
            "« L'animal n'a ni tête ni queue. Ses cônes ne sont pas alignés. Il ne ressemble à rien de connu. » , "
            "continue-t-il.\n")
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.veille_article = article_from_text(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    ctx = doc._.veille_referents.ctx
    opening, closing = text.index("«"), text.index("»")
    assert ctx.sentences_between(opening, closing + 1) == 0     # the quotation's own sentences do not count
    assert ctx.sentences_between(0, len(text)) == 2             # the title line and the reporting sentence
    assert ctx.sentences_between(0, 0) == 0


def test_an_initial_is_no_sentence_end():
    text = "Contrats à Lorcy\nLes contrats de M. Marin et de J. Morel ont été signés. Rien de plus.\n"
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.veille_article = article_from_text(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.veille_referents.ctx.sentences_between(text.index("Les"), text.index("Rien")) == 1


@pytest.mark.parametrize("text, speaker", [
    ("Incendie à Vernay\n« Le bâtiment est perdu » a ajouté Paul Marin, le chef de l'antenne de la Croix-Verte pour "
     "la Lorraine qui juge qu'il s'agit « d'un incendie criminel ».\n", "Paul Marin"),
    ("Sommet\nLa décision a été saluée, à l'exception notable de Odile Carrec , présidente du Lorcy et de l' Union "
     "des vallées , qui a rappelé que « la frontière reste fermée ».\n", "Odile Carrec"),
])
def test_a_relative_clause_hung_on_a_complement_is_said_by_the_title_heading_the_phrase(text, speaker):
    assert _speakers(text)[-1] == speaker


def _speakers(text):
    """The speaker names of an article's quotations, in order."""
    from veille.process import process
    ext = process(article_from_text(text), check_language=False)
    return [ext.entity(q.speaker).name if q.speaker else None for q in ext.quotes]


@pytest.mark.parametrize("text, speaker", [
    # an agent noun in apposition to a name designates that person
    ("Finale\nVernay a gagné la finale, portée par sa gardienne, Odile Carrec, qui a tout arrêté. « Nous avons tenu "
     "jusqu'au bout » a lancé la gardienne vernaysienne.\n", "Odile Carrec"),
    # a military or team rank is a title
    ("Finale\nVernay a gagné grâce à son capitaine, Paul Marin, auteur de six buts. En conférence de presse, le "
     "capitaine vernaysien, élu meilleur joueur, se dit fier : « L'équipe a tout donné » .\n", "Paul Marin"),
    # an agent noun speaking with no one it designates keeps its description
    ("Incendie\nUn incendie a détruit la boutique. Le gérant du magasin a déclaré que « les pompiers sont arrivés "
     "trop tard ».\n", "Le gérant du magasin"),
])
def test_an_agent_noun_that_speaks_names_someone(text, speaker):
    assert _speakers(text) == [speaker]
