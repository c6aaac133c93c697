"""veille_boilerplate: photo credits, 'Lire aussi' lines and orphan headlines of other stories are not article
text; real subtitles and prose are. Small texts written for the tests."""
from __future__ import annotations

import spacy

import veille.nlp.components  # noqa: F401  (registers the factories)
from veille.ingest.readers import article_from_text
from veille.nlp.boilerplate import find_boilerplate

ARTICLE = """La mairie de Rennes présente son plan pour les pistes cyclables
Le conseil municipal de Rennes a présenté lundi un plan de dix kilomètres de nouvelles pistes cyclables.
Photo : Jeanne Martin / Studio Ouest
Les travaux commenceront au printemps, a précisé l'adjoint chargé des mobilités.
Lire aussi : Les loyers continuent d'augmenter dans les grandes villes
Les associations de cyclistes saluent une avancée mais réclament davantage de parkings sécurisés.
Crédit photo : Studio Ouest
Le budget total atteint quatre millions d'euros.
"""


def reasons(text: str) -> dict[str, str]:
    art = article_from_text(text)
    return {text[s:e]: reason for s, e, reason in find_boilerplate(text, art.body_start)}


def test_photo_credit_and_read_also_lines():
    found = reasons(ARTICLE)
    assert found.get("Photo : Jeanne Martin / Studio Ouest") == "photo-credit"
    assert found.get("Crédit photo : Studio Ouest") == "photo-credit"
    assert found.get("Lire aussi : Les loyers continuent d'augmenter dans les grandes villes") == "related-link"
    assert len(found) == 3  # prose paragraphs and the title line are the article


def test_offsets_point_at_the_line():
    art = article_from_text(ARTICLE)
    for s, e, _ in find_boilerplate(ARTICLE, art.body_start):
        line = ARTICLE[s:e]
        assert line == line.strip() and "\n" not in line
        assert ARTICLE[s - 1] == "\n" and ARTICLE[e] == "\n"


def test_orphan_headline_of_another_story():
    text = ("Inondations dans le Gard : les habitants évacués\n"
            "Les pompiers ont évacué dans la nuit plus de deux cents habitants du centre d'Alès menacés par la crue.\n"
            "Le prix du gazole recule pour la troisième semaine consécutive\n"
            "La rivière est montée de quatre mètres en quelques heures, selon la préfecture du Gard.\n")
    found = reasons(text)
    assert found == {"Le prix du gazole recule pour la troisième semaine consécutive": "related-link"}


def test_real_subtitle_is_article_text():
    text = ("Inondations dans le Gard : les habitants évacués\n"
            "Les pompiers ont évacué dans la nuit plus de deux cents habitants du centre d'Alès menacés par la crue.\n"
            "Une crue plus rapide que prévu dans les quartiers bas d'Alès\n"
            "La crue a surpris les habitants des quartiers bas, où l'eau est montée de quatre mètres en quelques heures.\n")
    assert reasons(text) == {}


def test_quoted_line_is_never_an_orphan_headline():
    text = ("Le maire répond à l'opposition\n"
            "Le débat a duré plus de trois heures au conseil municipal hier soir.\n"
            "« Nous ne céderons pas sur les impôts locaux »\n"
            "Les élus de l'opposition ont quitté la salle avant le vote du budget.\n")
    assert reasons(text) == {}


def test_component_on_a_blank_pipeline():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_boilerplate")
    doc = nlp.make_doc(ARTICLE)
    doc._.veille_article = article_from_text(ARTICLE)
    doc = nlp.get_pipe("veille_boilerplate")(doc)
    spans = doc.spans["veille_boilerplate"]
    assert [(s.text, s.label_) for s in spans] == [
        ("Photo : Jeanne Martin / Studio Ouest", "photo-credit"),
        ("Lire aussi : Les loyers continuent d'augmenter dans les grandes villes", "related-link"),
        ("Crédit photo : Studio Ouest", "photo-credit"),
    ]
