"""Words as compared across articles: incises, elisions, hyphens, stop words; word diffs."""
from __future__ import annotations

from veille.store.crossref.wording import changed, content_words, diff_text, shingles, word_diff, words


def test_words_fold_split_elisions_drop_hyphens_and_reporters_incises():
    assert words("L'Élysée, a-t-il précisé, n'a « rien » dit") == ["l", "elysee", "n", "a", "rien", "dit"]
    assert words("Nous, estime-t-elle, resterons") == ["nous", "resterons"]
    assert words("anti-slovaques") == ["antislovaques"]
    assert content_words(words("Nous devons mener la guerre contre Daech")) == ["devons", "mener", "guerre", "daech"]


def test_shingles_of_a_short_text_are_the_text():
    assert shingles(["a", "b"], 5) == {"a b"}
    assert shingles(["a", "b", "c"], 2) == {"a b", "b c"}
    assert shingles([], 5) == set()


def test_word_diff_shows_cuts_and_changes_in_printed_form():
    ops = word_diff("certains des vôtres sont des sales prostituées", "certains d'entre vous sont de sales prostituées")
    assert changed(ops)
    assert diff_text(ops) == "certains [-des vôtres-] {+d'entre vous+} sont [-des-] {+de+} sales prostituées"
    assert not changed(word_diff("Le Monde, dit-il.", "le monde… dit-il"))
