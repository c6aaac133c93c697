"""A verbless main clause parsed again around the event verb homograph it hides (veille.nlp.reparse). Sentences
written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_a_verb_read_as_an_adjective_is_read_again_as_the_verb():
    # « critique » tagged as an adjective of « parti »: the sentence had a noun for root and no verb
    ext = extract("Vernay\nLe chef du parti lorcanien, Paul Vernay, critique vivement l'Union européenne et l'ONU.\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and "Paul Vernay" in names(ext, accuse[0].source)
    assert {"Union européenne"} <= names(ext, accuse[0].target)


def test_a_headline_topic_before_a_colon_is_no_subject():
    # « Lorcanie : incendie en cours … »: a place and a topic, no one set anything on fire
    ext = extract("Lorcanie : incendie en cours dans la forêt de Vernay\n\nLe feu a brûlé 200 hectares.\n")
    assert not events_of(ext, "ASSAULT")


def test_a_sentence_with_a_verb_is_left_as_parsed():
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp()("Le ministre a présenté une critique sévère de la réforme.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["présenter"]


@pytest.mark.parametrize("sentence", [
    "La France a dès le lendemain condamné la Belgique.",
    "La France a depuis quelques mois critiqué la Belgique.",
])
def test_a_compound_tense_split_by_an_adverbial_is_one_verb_group(sentence):
    # « avoir » … adverbial … participle: the participle is the main verb, with the auxiliary's subject and tense
    ext = extract("Vernay\n" + sentence + "\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and names(ext, accuse[0].source) == {"France"} and names(ext, accuse[0].target) == {"Belgique"}


def test_avoir_as_a_main_verb_keeps_its_parse():
    from veille.nlp.pipeline import get_nlp

    # « avoir » … adverbial … its object, then a participle describing that object: no compound tense
    doc = get_nlp()("Il a dans sa poche une lettre signée par le ministre.")
    assert next(t for t in doc if t.text == "a").dep_ == "ROOT"


@pytest.mark.parametrize("sentence", [
    "Les syndicats ont eux aussi dénoncé la réforme du gouvernement.",
    "Les syndicats dénoncent eux aussi la réforme du gouvernement.",
    "Les syndicats ont eux-mêmes dénoncé la réforme du gouvernement.",
    "Les syndicats ont quant à eux dénoncé la réforme du gouvernement.",
    "Les syndicats du rail ont quant à eux dénoncé mardi la réforme du gouvernement.",
])
def test_a_stressed_pronoun_of_insistence_is_no_argument(sentence):
    # « eux aussi » repeats the subject: the parse made it a second subject or an indirect object
    ext = extract("Vernay\nPaul Vernay a présenté sa réforme lundi. " + sentence + "\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and names(ext, accuse[0].source) == {"syndicats"}
    assert "Paul Vernay" not in names(ext, accuse[0].target)


def test_the_insistence_in_a_relative_clause_leaves_the_antecedent_its_role():
    # « un gendarme, qui a lui aussi été blessé »: the wounded is the gendarme, not the one « lui » could take up
    ext = extract("Vernay\nPaul Vernay a poignardé deux passants à Lorcy. Un gendarme, qui a lui aussi été blessé, "
                  "a été hospitalisé.\n")
    hurt = [e for e in events_of(ext, "ASSAULT") if "gendarme" in names(ext, e.target)]
    assert hurt and "Paul Vernay" not in names(ext, hurt[0].target)


def test_a_stressed_pronoun_as_a_predicate_is_kept():
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp()("C'est lui aussi qui a signé l'accord.")
    assert not any(t.dep_ == "dislocated" for t in doc)


@pytest.mark.parametrize("sentence, type_, target", [
    ("Mardi, la police de Lorcy n'a arrêté que trois militants.", "COERCE", "militants"),
    ("Le Niger n'a condamné que le Tchad lors du sommet.", "ACCUSE", "Tchad"),
])
def test_a_restriction_keeps_its_object(sentence, type_, target):
    # « ne … que » restricts the object; the parser read « que trois militants » as a completive clause
    found, targets = first_event(sentence, type_)
    assert found and target in targets and not found.negated


def first_event(sentence, type_):
    """The first event of this type in a one-sentence article, and its target names."""
    ext = extract("Vernay\n" + sentence + "\n")
    found = events_of(ext, type_)
    return (found[0], names(ext, found[0].target)) if found else (None, set())


@pytest.mark.parametrize("sentence, type_, source, target", [
    ("Le Niger aurait, selon les premiers éléments, attaqué le Tchad.", "ASSAULT", "Niger", "Tchad"),
    ("Le Mali a, selon son ministre, rompu ses relations avec le Tchad.", "SANCTION", "Mali", "Tchad"),
    ("Le Niger a, par ailleurs, condamné le Tchad.", "ACCUSE", "Niger", "Tchad"),
])
def test_an_incise_between_the_auxiliary_and_the_participle_keeps_the_clause(sentence, type_, source, target):
    # « X a, selon Y, attaqué Z »: the participle after the incise is the verb of « a », its subject X, its object Z
    ext = extract("Vernay\n" + sentence + "\n")
    found = events_of(ext, type_)
    assert found and names(ext, found[0].source) == {source} and target in names(ext, found[0].target)


@pytest.mark.parametrize("sentence, type_, source, target", [
    ("Des manifestants de Lorcy ont, peu après, attaqué des policiers.", "ASSAULT", "manifestants de Lorcy",
     "policiers"),
    ("Paul Vernay a, juste avant de quitter Lorcy, critiqué le maire Marc Dutilleul.", "ACCUSE", "Paul Vernay",
     "Marc Dutilleul"),
])
def test_a_clause_lost_around_an_incise_is_parsed_again_without_it(sentence, type_, source, target):
    # the first parse read the subject as the root and the auxiliary as punctuation, or the infinitive's object as
    # the subject: parsed again without « , peu après , », the participle takes its auxiliary and its subject
    ext = extract("Vernay\n" + sentence + "\n")
    found = [e for e in events_of(ext, type_) if e.trigger.text.endswith(("attaqué", "critiqué"))]
    assert found and names(ext, found[0].source) == {source} and target in names(ext, found[0].target)


def test_the_incise_hangs_on_the_participle():
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp()("La banque Lorcy a, elle, écopé d'une amende.")
    part = next(t for t in doc if t.text == "écopé")
    assert any(c.text == "a" and c.dep_.startswith("aux") for c in part.children)
    assert next(t for t in doc if t.text == "elle").head.i == part.i


def test_no_subject_stays_on_an_auxiliary():
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp()("La Lorcanie a, par ailleurs, condamné le Tchad.")
    assert not any(t.dep_.startswith("nsubj") and t.head.dep_.startswith("aux") for t in doc)


@pytest.mark.parametrize("sentence, type_, target", [
    ("La police de Lorcy a arrêté un manifestant mardi soir.", "COERCE", "manifestant"),
    ("Un opposant a été tué par la police mardi à Lorcy.", "ASSAULT", "opposant"),
])
def test_a_person_noun_read_as_an_adjective_after_its_determiner_is_a_noun(sentence, type_, target):
    # the tagger reads « un manifestant » as an adjective or a participle: substantivation makes it the noun
    assert target in first_event(sentence, type_)[1]


def test_a_superlative_stays_an_adjective():
    from veille.nlp.pipeline import get_nlp
    doc = get_nlp()("Le plus meurtrier des assauts a eu lieu mardi à Lorcy.")
    assert next(t for t in doc if t.text == "meurtrier").pos_ != "NOUN"
