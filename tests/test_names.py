"""The one name folding (`veille.names.fold`) and the one spelling key (`name_key`)."""
from __future__ import annotations

import subprocess
import sys

from veille.names import fold, name_key, stable_id, strip_determiner


def test_fold_case_accents_punctuation_and_spaces():
    assert fold("  Sergueï   Choïgou ") == "serguei choigou"
    assert fold("ÉLYSÉE") == "elysee"
    assert fold("  L’Élysée — « Paris »!") == "l elysee paris"
    assert fold("Jean-Luc Mélenchon") == fold("jean luc  MELENCHON") == "jean luc melenchon"
    assert fold("l'OTAN") == fold("l’Otan") == "l otan"
    assert fold(None) == fold("") == fold(" « » ") == ""


def test_fold_ligatures_and_other_scripts():
    assert fold("Œuvre d'Orient") == "oeuvre d orient"
    assert fold("Straße") == "strasse"
    assert fold("Владимир Путин") == "vladimir putin"
    assert fold("Мар'їнка") == fold("Марїнка")  # a Ukrainian apostrophe does not split the word


def test_fold_of_a_long_text_is_not_remembered_but_is_the_same():
    long = "Élysée " * 100
    assert fold(long) == ("elysee " * 100).strip()


def test_name_key_collides_spelling_variants():
    assert name_key("Sergueï Choïgou") == name_key("Sergei Shoigu") == name_key("Sergey Shoygu")
    assert name_key("Vladimir Poutine") == name_key("Vladimir Putin") == name_key("Владимир Путин")
    assert name_key("Jean-Luc Mélenchon") == name_key("Jean Luc Melenchon")
    assert name_key("Jean Dupont") != name_key("Jean Dupond")


def test_determiners_and_stable_ids():
    assert strip_determiner("la Maison-Blanche") == "Maison-Blanche" and strip_determiner("l'OTAN") == "OTAN"
    assert stable_id("Mykhaïlo Podoliak", "PER") == stable_id("Mykhailo Podolyak", "PER")


def test_every_part_uses_the_one_folding():
    from veille.evaluate import fold as evaluate_fold
    from veille.kb import fold as kb_fold
    from veille.store.writer import fold as store_fold
    from veille.watch.alerts import padded_fold

    assert evaluate_fold is kb_fold is store_fold is fold
    assert padded_fold("Jean-Luc") == " jean luc "


def test_importable_without_spacy():
    code = "import sys, veille.names; veille.names.fold('É'); assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
