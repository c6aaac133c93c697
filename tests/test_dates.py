"""French date expressions → ISO (partial) dates: pure resolution, then the spaCy component."""
import datetime as dt

import pytest

from veille.nlp.dates import find_dates, reference_date


def values(text, published=None):
    return [(d.text, d.value) for d in find_dates(text, published)]


def test_full_and_partial_dates():
    got = values("Il a parlé le 10 avril 2023. En mars 2016, rien. Le traité date de 1994 ; en 1994 il signe.")
    assert ("le 10 avril 2023", "2023-04-10") in got
    assert ("En mars 2016", "2016-03") in got
    assert ("en 1994", "1994") in got


def test_day_without_year_takes_the_reference_year():
    text = "Le président a parlé le 10 avril 2023. Le 31 mars, il avait appelé à une trêve."
    assert ("Le 31 mars", "2023-03-31") in values(text)


def test_bare_year_is_not_the_context_of_a_later_day():
    text = "Annonce du 10 avril 2023. Les États ont promis en 1994 la sécurité. Le 31 mars, il a parlé."
    assert ("Le 31 mars", "2023-03-31") in values(text)


def test_month_after_the_reference_belongs_to_the_previous_year():
    text = "10 janvier 2016 . – Le troisième test a eu lieu en décembre en mer."
    assert ("en décembre", "2015-12") in values(text)


def test_context_year_written_before():
    text = "12 janvier 2016. Les essais sont pratiqués depuis mai 2015. Un second test avait eu lieu en novembre."
    assert ("en novembre", "2015-11") in values(text)


def test_relative_words_against_publication_date():
    got = dict(values("Hier, il a parlé. Depuis l'année dernière, ils attendent. Mardi, rien.", "2023-04-13"))
    assert got["Hier"] == "2023-04-12"
    assert got["l'année dernière"] == "2022"
    assert got["Mardi"] == "2023-04-11"


def test_weekday_relative_to_dateline():
    text = "19 mai 2016 . – Le Pentagone a affirmé que, ce mardi, deux jets ont intercepté un avion."
    assert ("ce mardi", "2016-05-17") in values(text)
    text = "30 octobre 2016 . – Ils ont signé dimanche une entente."
    assert ("dimanche", "2016-10-30") in values(text)
    # the dateline's dash ends it: the capitalised weekday after it opens the story's first sentence
    text = "14 juin 2017 . – Lundi soir, les pompiers ont évacué un immeuble."
    assert ("Lundi soir", "2017-06-12") in values(text)
    assert ("Mardi gras", "2017-06-13") not in values("Ils ont fêté le Mardi gras au village.", "2017-06-14")


def test_weekday_prochain_and_first_day():
    got = dict(values("Le sommet aura lieu mardi prochain. Le 1er septembre 2016, violences.", "2023-04-13"))
    assert got["mardi prochain"] == "2023-04-18"
    assert got["Le 1er septembre 2016"] == "2016-09-01"


def test_a_recent_day_is_not_moved_to_the_year_a_background_date_named():
    text = ("L'offensive lancée en novembre 2016 se poursuit. Le 17 février, les forces ont ouvert un nouveau front. "
            "En mars 2014, la ville était tombée ; le 3 août, elle fut reprise.")
    got = dict(values(text, "2017-02-20"))
    assert got["Le 17 février"] == "2017-02-17"      # three days before the article: that day
    assert got["le 3 août"] == "2014-08-03"          # far from the article's day: the paragraph's year


def test_reference_date_prefers_publication():
    assert reference_date("Le 3 mars 2020, un fait.", "2021-05-02") == dt.date(2021, 5, 2)
    assert reference_date("Le 3 mars 2020 puis le 5 mars 2020.") == dt.date(2020, 3, 5)
    assert reference_date("Aucune date ici.") is None
    # a dateline is the day of publication, whatever later day the article announces
    text = "Grève\n\n12 octobre 2017 . – Les syndicats seront reçus le 20 novembre 2017 par la ministre."
    assert reference_date(text) == dt.date(2017, 10, 12)
    assert reference_date("Lorcy, 4 juin 2018 (AFP) - Le procès s'ouvrira le 9 janvier 2019.") == dt.date(2018, 6, 4)


def test_no_reference_leaves_relative_dates_unresolved():
    assert values("Hier, il a parlé.") == [("Hier", None)]


def test_numbers_are_not_years():
    assert values("Il y a 2000 morts et 1994 euros de dégâts.") == []


@pytest.mark.slow
def test_component_writes_spans_and_values():
    import spacy

    import veille.nlp.dates  # noqa: F401
    from veille.model import Article

    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_dates")
    text = "Titre\nLe 31 mars, le président a parlé. Annonce du 10 avril 2023."
    doc = nlp.make_doc(text)
    doc._.veille_article = Article(text=text, body_start=6)
    doc = nlp.get_pipe("veille_dates")(doc)
    assert [d["value"] for d in doc._.veille_dates] == ["2023-03-31", "2023-04-10"]
    assert [s.text for s in doc.spans["veille_dates"]] == ["Le 31 mars", "10 avril 2023"]
    assert doc._.veille_reference_date == "2023-04-10"


def test_impossible_dates_resolve_to_nothing_and_keep_the_year_as_context():
    got = values("La réunion du 30 février 2024 n'a pas eu lieu ; ni le 33 mai 2024, ni le 0 juin 2024. "
                 "Elle est reportée au 12 juillet.")
    assert ("30 février 2024", None) in got or ("le 30 février 2024", None) in got or \
        all(v is None for t, v in got if "février" in t)
    assert any(t.endswith("12 juillet") and v == "2024-07-12" for t, v in got)


def test_dernier_and_prochain_place_a_date_before_or_after_publication_whatever_the_anchor_year():
    from veille.nlp.dates import find_dates
    text = ("En mars 2019, la mairie de Vernay a voté. Le 4 juin dernier, elle a reculé. En mai dernier, un recours. "
            "Le 2 février prochain, un nouveau vote.")
    got = {x.text: x.value for x in find_dates(text, published="2024-06-20")}
    assert got["Le 4 juin"] == "2024-06-04"
    assert got["En mai"] == "2024-05"
    assert got["Le 2 février"] == "2025-02-02"
    assert got["En mars 2019"] == "2019-03"


def test_le_lendemain_counts_from_the_last_day_told_not_from_publication():
    text = ("Le comité s'est réuni mardi 3 mars à Lorcy. Son président (né le 2 mai 1950) a démissionné le lendemain. "
            "Trois jours plus tard, un successeur était élu. La veille, il avait consulté les élus. "
            "Le vote a eu lieu à la veille du congrès, deux jours après son départ.")
    got = values(text, "2026-03-10")
    assert ("le lendemain", "2026-03-04") in got          # not the day after the birth date in parentheses
    assert ("Trois jours plus tard", "2026-03-07") in got
    assert ("La veille", "2026-03-06") in got
    assert not [v for t, v in got if "veille du" in t or "deux jours après" in t]


def test_a_weekday_picks_the_year_its_day_falls_on():
    # « mardi 6 décembre » after a mention of the next year: the 6th of December that is a Tuesday
    text = "L'élection est prévue en mai 2027. Ce mardi 8 décembre, le ministre a démissionné."
    assert ("Ce mardi 8 décembre", "2026-12-08") in values(text, "2026-12-09")


def test_a_pattern_skipped_for_want_of_its_words_finds_nothing_the_full_scan_finds(monkeypatch):
    # weekdays, relative days and days counted from another are in few articles: their scan needs their words
    from veille.nlp import dates
    texts = ["Lorcy, le 3 mars 2016. Paul Vernay est revenu mardi soir, le lendemain de la réunion.",
             "Marie Dutilleul a signé hier un accord avec la Lorcanie, deux jours plus tard.",
             "Aucun jour n'est donné, sinon en 1994 et depuis janvier."]
    def spans(found):
        return [(s, e, kind) for s, e, kind, _ in found]
    skipping = [spans(dates._scan(t, "fr")) for t in texts]
    monkeypatch.setattr(dates, "_required_words", lambda lang: {})
    assert skipping == [spans(dates._scan(t, "fr")) for t in texts]
    assert any(kind == "weekday" for _, _, kind in skipping[0])
    assert any(kind == "relative" for _, _, kind in skipping[1])


def test_the_scan_around_anchor_words_finds_what_the_whole_text_scan_finds(monkeypatch):
    # each pattern runs only around the words its matches need (a month, a weekday, a year …): the same matches,
    # also over long runs of spaces, a year followed by digits and units, and date words inside other words
    from veille.nlp import dates
    texts = ["Lorcy, le 3 mars 2016. Paul Vernay est revenu mardi soir, le lendemain de la réunion.",
             "Le  \n\n   mercredi \t 1 er   septembre     2021 , à la fin du mois de\n  juin   2020 ; mi-janvier.",
             "En 2016 12 000 personnes ; depuis 1994 ; en 2015 euros ; entre 2001 et 20145 ; l'an 2000 .",
             "La semaine dernière, avant-hier, cet après-midi ; deux   jours   plus tard ; la veille du vote.",
             "Le premier ministre a séjourné dans le dernier hameau ; demain matin, dimanche prochain."]
    def spans(found):
        return [(s, e, kind, m.groupdict()) for s, e, kind, m in found]
    around = [spans(dates._scan(t, "fr")) for t in texts]
    monkeypatch.setattr(dates, "_windows", lambda low, lang, kinds: {})
    assert around == [spans(dates._scan(t, "fr")) for t in texts]
    assert {kind for found in around for _, _, kind, _ in found} >= {"full", "month_year", "year", "weekday",
                                                                   "relative", "anaphoric"}
