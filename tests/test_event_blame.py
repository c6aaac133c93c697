"""Accusations told without an accusing verb (CAMEO 111 criticize, 112 blame): a blame locution whose object stands
between the verb and its attribute, and a verb naming an act or a person by a term of reproach. Sentences written
for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", [
    "Le gouvernement tchèque tient la Hongrie pour responsable de l'attaque.",
    "Le ministre Paul Vernay a rendu la Hongrie responsable de la crise.",
    "Le ministre Paul Vernay a mis la Hongrie en cause.",
    "L'armée lorcanienne a nié tout rôle dans l'incident, tout en rejetant la responsabilité sur la Hongrie.",
])
def test_blame_locution_around_its_object(sentence):
    ext = extract("Titre\n" + sentence + "\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and names(ext, accuse[0].target) == {"Hongrie"}


def test_calling_someone_a_liar_accuses_them():
    ext = extract("Titre\nLe ministre Paul Vernay a traité la députée Marie Dutilleul de menteuse.\n")
    accuse = events_of(ext, "ACCUSE")[0]
    assert names(ext, accuse.source) == {"Paul Vernay"} and names(ext, accuse.target) == {"Marie Dutilleul"}


def test_speaking_of_a_provocation_accuses_the_topic_before():
    ext = extract("Titre\nLe régime de Lorcy a testé un missile mardi. Le gouvernement de Valdrie parle d'une "
                  "« provocation ».\n")
    accuse = events_of(ext, "ACCUSE")[0]
    assert names(ext, accuse.target) == {"régime de Lorcy"} and accuse.target_from == "context"


@pytest.mark.parametrize("sentence, target", [
    ("Selon le ministre Paul Vernay, c'est la Hongrie qui est fautive.", {"Hongrie"}),
    ("Le ministre Paul Vernay estime que la Hongrie est responsable de l'attentat.", {"Hongrie"}),
    ("« C'est la Hongrie, en complicité avec la Roumanie », a affirmé le ministre Paul Vernay.",
     {"Hongrie", "Roumanie"}),
])
def test_words_assigning_fault_are_the_speakers_accusation(sentence, target):
    ext = extract("Titre\n" + sentence + "\n")
    accuse = events_of(ext, "ACCUSE")[0]
    assert names(ext, accuse.source) == {"Paul Vernay"} and names(ext, accuse.target) == target


@pytest.mark.parametrize("sentence", [
    # no term of reproach as the complement
    "Paul Vernay a parlé de la réforme avec Marie Dutilleul.",
    "Paul Vernay a parlé du procès de la trahison.",
    "Le ministre a traité le dossier de la Lorcanie.",
    # fault needs an act (« responsable de ») and a speaker; a verdict is no accusation
    "Le ministre Paul Vernay est responsable de la formation des cadets.",
    "La Hongrie est fautive dans cette affaire.",
    "Le ministre Paul Vernay a été reconnu coupable de fraude.",
])
def test_no_accusation_without_reproach_or_fault_said(sentence):
    assert not events_of(extract("Titre\n" + sentence + "\n"), "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "Le ministre Paul Vernay a été qualifié de traître par le président Marc Lorcy.",
    "Le ministre Paul Vernay, qualifié de traître par le président Marc Lorcy, a répondu mardi.",
])
def test_passive_attribute_before_its_agent(sentence):
    # the passive of a verb with an attribute puts the attribute before the « par » agent: the parse hangs the
    # agent on the attribute, it is still the accuser
    ext = extract("Titre\n" + sentence + "\n")
    accuse = events_of(ext, "ACCUSE")[0]
    assert names(ext, accuse.source) == {"Marc Lorcy"} and names(ext, accuse.target) == {"Paul Vernay"}


@pytest.mark.parametrize("sentence, typ, target", [
    # an opinion verb with an evaluative word predicated of what it judges (CAMEO 111 criticize, 051 praise)
    ("Le tribunal de Lorcy a jugé illégale la décision du ministre Paul Vernay.", "ACCUSE", {"Paul Vernay"}),
    ("Le ministre Paul Vernay estime que la réforme du gouvernement de Lorcanie est inacceptable.", "ACCUSE",
     {"gouvernement de Lorcanie"}),
    ("Le ministre Paul Vernay a estimé que Marie Dutilleul était une menteuse.", "ACCUSE", {"Marie Dutilleul"}),
    ("Le ministre Paul Vernay estime que la décision du gouvernement de Lorcanie est légitime.", "SUPPORT",
     {"gouvernement de Lorcanie"}),
    # a denied reproach backs, a denied approval blames
    ("La cour de Lorcy estime que le mandat du président Marc Lorcy n'est pas anticonstitutionnel.", "SUPPORT",
     {"Marc Lorcy"}),
    # the emotion verbs of disapproval: the author of what they are voiced at
    ("Le ministre Paul Vernay s'est étonné de la demande du gouvernement de Lorcanie.", "ACCUSE",
     {"gouvernement de Lorcanie"}),
    # a reported copula clause whose predicate is an evaluative word: the speaker judges (a denial not flagged)
    ("Selon le ministre Paul Vernay, la réforme du gouvernement de Lorcanie est inacceptable.", "ACCUSE",
     {"gouvernement de Lorcanie"}),
    ("Pour le ministre Paul Vernay, cette décision du président Marc Lorcy n'est pas illégitime.", "SUPPORT",
     {"Marc Lorcy"}),
])
def test_a_judgement_by_an_evaluative_word(sentence, typ, target):
    ext = extract("Titre\n" + sentence + "\n")
    found = events_of(ext, typ)
    assert found and names(ext, found[0].target) == target and not found[0].negated and not events_of(
        ext, "SUPPORT" if typ == "ACCUSE" else "ACCUSE")


@pytest.mark.parametrize("sentence", [
    # no evaluative word, or one of feeling or size; judging oneself
    "Le ministre Paul Vernay estime que la croissance de la Lorcanie sera faible.",
    "Le ministre Paul Vernay juge la situation de la Lorcanie difficile.",
    "Le ministre Paul Vernay s'estime injuste envers la Lorcanie.",
    "Le ministre Paul Vernay trouve que c'est le contraire.",
])
def test_no_judgement_without_an_evaluative_word(sentence):
    ext = extract("Titre\n" + sentence + "\n")
    assert not events_of(ext, "ACCUSE") and not events_of(ext, "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "« C'est inacceptable », a déclaré le ministre Paul Vernay.",     # nothing named is judged
    "La réforme du gouvernement de Lorcanie est inacceptable.",        # no one's words
])
def test_no_judgement_of_nothing_named_or_by_no_one(sentence):
    ext = extract("Titre\n" + sentence + "\n")
    assert not events_of(ext, "ACCUSE")


def test_an_attacker_or_a_suspect_identified_is_named_as_its_author():
    """CAMEO NAME * &SUSPECT: « l'assaillant a été identifié comme étant X », « X est identifié par la police comme
    suspect » are charges (by no one named, or by the police); « le pilote a été identifié » is none."""
    ext = extract("Titre\nUn attentat a fait trente morts à Lorcy. Le second kamikaze a été identifié comme étant Paul "
                  "Vernay. Marc Dutilleul, un homme de 22 ans, est identifié par la police comme suspect.\n")
    charges = events_of(ext, "ACCUSE")
    assert [e.trigger.text for e in charges] == ["a été identifié", "est identifié"]
    assert names(ext, charges[1].source) == {"police"} and names(ext, charges[1].target) == {"Marc Dutilleul"}
    ext = extract("Titre\nUn avion s'est écrasé à Lorcy. Le pilote a été identifié comme étant Paul Vernay.\n")
    assert not events_of(ext, "ACCUSE")


def test_accusing_a_states_programme_accuses_the_state():
    ext = extract("Titre\nLe président Paul Vernay accuse le programme spatial de la Hongrie d'être une menace.\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and names(ext, accuse[0].target) == {"Hongrie"}


def test_a_thing_accused_of_no_one_is_no_accusation():
    ext = extract("Titre\nLa compagnie accuse un retard de trois jours sur ses livraisons.\n")
    assert not events_of(ext, "ACCUSE")


def test_a_statement_a_government_publishes_condemns_in_its_name():
    ext = extract("Titre\nLe gouvernement hongrois publie un communiqué qui condamne fermement l'attaque de la "
                  "Roumanie contre ses pêcheurs.\n")
    accuse = events_of(ext, "ACCUSE")
    assert accuse and "gouvernement hongrois" in names(ext, accuse[0].source)
    assert not accuse[0].hypothetical     # « qui condamne » is indicative: no superlative, no seeking, no negation
