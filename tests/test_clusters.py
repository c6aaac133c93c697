"""Name clustering helpers (veille.nlp.clusters) on names written for the tests; no model needed."""
from veille.nlp.clusters import _Cluster, _person_of_surname, bare_name, similar_names

LEX = {"particles": {"de", "du", "des", "d'", "von", "van", "le", "la"}}


def _person(name: str) -> _Cluster:
    c = _Cluster("PER")
    c.names.append(name)
    return c


def test_transliterations_of_one_surname_are_similar_and_different_names_are_not():
    assert similar_names("Podoliak", "Podolyak")
    assert not similar_names("Martin", "Marais")


def test_the_article_of_a_title_does_not_make_another_name():
    assert bare_name("Le Matin") == bare_name("au Matin".split(" ", 1)[1])


def test_a_bare_surname_is_the_one_person_named_in_full():
    lyon = _person("Marc Lyon")
    assert _person_of_surname([lyon, _person("Anne Vernay")], "Lyon", LEX) is lyon
    # two people of that surname: no guess; a place name of two words is never a surname
    assert _person_of_surname([lyon, _person("Odile Lyon")], "Lyon", LEX) is None
    assert _person_of_surname([lyon], "Saint-Lyon", LEX) is None
