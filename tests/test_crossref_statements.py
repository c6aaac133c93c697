"""Statements: the gold's pairwise precision and recall, first reports, drift, and reports leaving a statement."""
from __future__ import annotations

import pytest

from crossref_gold import gold_extractions, load_gold, pairwise_scores
from veille.model import Entity, Extraction, Mention, Quote
from veille.store import Store
from veille.store.crossref import queries as X
from veille.store.crossref.statements import same_wording, speaker_key, wording


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def statement_groups(store: Store, names: dict[str, str]) -> dict[tuple[str, str], int]:
    return {(names[a], q): g for a, q, g in store.conn.execute(
        "SELECT article_id, item_id, group_id FROM crossref_members WHERE kind = 'statement'")}


def test_gold_pairwise_precision_and_recall_reach_090(store):
    extractions, labels = gold_extractions(load_gold())
    for ext in extractions:
        store.write(ext)
    names = {e.article.id: e.article.url.rsplit("/", 1)[1] for e in extractions}
    scores = pairwise_scores(statement_groups(store, names), labels)
    assert scores["items"] == len(labels) == 50 and scores["true_pairs"] == 27
    assert scores["precision"] >= 0.90 and scores["recall"] >= 0.90, scores


def test_gold_groups_do_not_depend_on_the_order_articles_arrive_in(tmp_path):
    extractions, labels = gold_extractions(load_gold())
    partitions = []
    for n, order in enumerate((extractions, extractions[::-1])):
        with Store(tmp_path / f"o{n}.db") as s:
            for ext in order:
                s.write(ext)
            names = {e.article.id: e.article.url.rsplit("/", 1)[1] for e in extractions}
            groups: dict[int, set] = {}
            for item, g in statement_groups(s, names).items():
                groups.setdefault(g, set()).add(item)
            partitions.append(sorted(sorted(v) for v in groups.values()))
    assert partitions[0] == partitions[1]


def article(n: int, quote: str, *, speaker: str = "Vladimir Poutine", published: str | None = "2023-04-10",
            outlet: str = "Le Monde", kb: str | None = "Q7747", via: str | None = None) -> Extraction:
    from veille.model import Article
    text = f"Titre {n}\n{speaker} a déclaré : « {quote} ». Article numéro {n}."
    start = text.index(quote)
    ents = [Entity(id="e1", name=speaker, type="PER", kb_id=kb, mentions=[Mention(text.index(speaker),
                   text.index(speaker) + len(speaker), speaker)])]
    if via:
        ents.append(Entity(id="e2", name=via, type="ORG"))
    q = Quote(id="q1", start=start, end=start + len(quote), text=quote, kind="direct", speaker="e1",
              via=["e2"] if via else [])
    a = Article(text=text, title=f"Titre {n}", published=published, outlet=outlet, url=f"https://ex.org/{n}",
                body_start=text.index("\n") + 1)
    return Extraction(article=a, entities=ents, quotes=[q], pipeline_version="t")


QUOTE = "Nous ne reconnaîtrons jamais cette frontière tracée par la force, et nous le dirons à Minsk"


def test_first_report_is_the_earliest_published_then_the_earliest_ingested(store):
    store.write(article(1, QUOTE, published="2023-04-12", outlet="Le Figaro"))
    store.write(article(2, "Nous ne reconnaîtrons jamais cette frontière tracée par la force", published=None,
                        outlet="Blog"))
    store.write(article(3, QUOTE.replace("Nous ne", "Jamais nous ne"), published="2023-04-11", outlet="Reuters",
                        via="Ukrainska Pravda"))
    [s] = X.list_statements(store, min_reports=2)
    assert s["reports"] == 3 and s["outlets"] == 3
    assert s["first"]["outlet"] == "Reuters"
    found = X.get_statement(store, s["id"])
    assert [r["outlet"] for r in found["timeline"]] == ["Reuters", "Le Figaro", "Blog"]
    assert found["timeline"][0]["relay"] == ["Vladimir Poutine", "Ukrainska Pravda", "Reuters"]
    drift = found["timeline"][2]
    assert drift["changed"] and "[-et nous le dirons à Minsk-]" in drift["diff_text"]
    assert found["reworded"] == 2


def test_same_speaker_other_statement_and_short_words_of_another_speaker_stay_apart(store):
    store.write(article(1, QUOTE))
    store.write(article(2, "Nous ne négocierons jamais avec ceux qui bombardent nos villes et nos écoles"))
    store.write(article(3, "Cette frontière tracée par la force", speaker="Emmanuel Macron", kb="Q3052772"))
    store.write(article(4, "Cette frontière tracée par la force", kb="Q999"))  # a namesake with another KB id
    assert X.list_statements(store, min_reports=2) == []
    assert len(X.list_statements(store, min_reports=1)) == 4


def test_long_words_attributed_to_someone_else_or_to_no_one_join_with_their_own_attribution(store):
    store.write(article(1, QUOTE, published="2023-04-10"))
    store.write(article(2, QUOTE.replace("Nous ne", "Nous, a-t-il dit, ne"), speaker="le chef de l'État", kb=None,
                        published="2023-04-11"))
    unattributed = article(3, QUOTE, published="2023-04-12")
    unattributed.quotes[0].speaker = None
    store.write(unattributed)
    [s] = X.list_statements(store)
    found = X.get_statement(store, s["id"])
    assert [r["speaker_name"] for r in found["timeline"]] == ["Vladimir Poutine", "le chef de l'État", None]
    assert found["timeline"][2]["relay"][0] == "?"


def test_deleting_or_replacing_a_report_keeps_the_others_together(store):
    for n in range(1, 4):
        store.write(article(n, QUOTE, published=f"2023-04-1{n}"))
    [s] = X.list_statements(store)
    first = X.get_statement(store, s["id"])["first_report"]["article_id"]
    assert store.delete(first)
    [after] = X.list_statements(store)
    assert after["reports"] == 2 and X.get_statement(store, after["id"])["first_report"]["published"] == "2023-04-12"
    store.write(article(2, "Une tout autre phrase sur les récoltes de blé en Ukraine cette année", published="2023-04-12"))
    assert X.list_statements(store) == []  # article 2 replaced by a version without the quotation
    assert len(X.list_statements(store, min_reports=1)) == 2
    assert store.conn.execute("SELECT count(*) FROM crossref_dirty").fetchone()[0] == 0


def test_wording_and_speaker_keys():
    assert speaker_key("M. Vladimir Poutine") == speaker_key("Poutine") == "poutine"
    assert wording("Nous, a-t-il dit, voulons la paix") == "nous voulons la paix"
    assert same_wording(wording("sales prostituées antislovaques"),
                        wording("certains des vôtres sont des sales prostituées anti-slovaques")) == 100
    assert same_wording(wording("nous devons mener la guerre contre Daech par tous les moyens"),
                        wording("nous devons mener le combat contre le chômage par tous les moyens")) == 0
