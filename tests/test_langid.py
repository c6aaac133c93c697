"""Language identification: a sample of the text's words, so that a run of junk does not decide."""
from __future__ import annotations

import base64

from veille.ingest.langid import detect_language, language_sample

FRENCH = ("Les pêcheurs de Dakar et de Nouakchott ont signé mardi un accord sur le partage des zones de pêche. "
          "« Nous avons attendu cet accord pendant dix ans », a déclaré le président de la fédération. "
          "Le texte prévoit des quotas révisés chaque année et un comité mixte chargé de régler les différends. ")


def test_a_french_article_with_a_long_junk_line_after_its_title_is_french():
    junk = base64.b64encode(bytes(range(256)) * 8).decode()  # one 2,700-character token
    text = "Accord de pêche entre Dakar et Nouakchott\n" + junk + "\n" + FRENCH * 3
    assert detect_language(text) == "fr"


def test_the_sample_spreads_over_the_text_and_keeps_words_only():
    text = " ".join(f"mot{i} parole" for i in range(2000)) + " https://example.org/x?y=1 «bonjour» l’État"
    sample = language_sample(text, size=50).split()
    assert len(sample) == 50 and set(sample) <= {"parole", "bonjour", "l’État"}
    assert language_sample("«bonjour», l’État-nation; 2024 a1b2") == "bonjour l’État-nation"


def test_languages_and_too_little_text():
    assert detect_language(FRENCH) == "fr"
    assert detect_language("The fishermen of Dakar signed an agreement on Tuesday about the fishing zones. " * 3) == "en"
    assert detect_language("12 34 56 — !!") == "und"
