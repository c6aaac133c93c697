"""The read layer (veille.query) on real temp stores: full-text search, filters, actors, events, row shapes."""
from __future__ import annotations

import pytest

from test_store_support import fake_process, make_article, sample_extraction
from veille import query as Q
from veille.query import search as search_module
from veille.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def test_fts_query_never_passes_syntax_through(store):
    store.write(sample_extraction(1))
    for nasty in ['"', "NEAR(", "a OR", "*", "-", "'; DROP TABLE quotes; --", "garanties AND", "(", "^x", "é*"]:
        Q.search_quotes(store, nasty)  # no exception
    assert Q.fts_query("  ") is None and Q.search_quotes(store, "...") == []
    assert Q.fts_query('Les "garanties de sécurité" sol*') == '"Les" "garanties de sécurité" "sol"*'
    assert Q.search_quotes(store, "sol*") and Q.search_quotes(store, '"garanties de sécurité"')
    assert Q.search_quotes(store, "securite")  # diacritics folded


def test_search_ranks_filters_and_snippets(store):
    store.write(sample_extraction(1, published="2022-05-01", outlet="Le Monde"))
    store.write(sample_extraction(2, published="2023-05-01", outlet="Libération"))
    ext = fake_process(make_article(3, extra="« Les garanties, les garanties, toujours les garanties »",
                                    published="2023-06-01"))
    store.write(ext)
    hits = Q.search_quotes(store, "garanties")
    assert len(hits) == 4
    assert hits[0]["article_id"] == ext.article.id  # the quote dense in "garanties" ranks first
    assert Q.MARK_START in hits[0]["snippet"] and Q.MARK_END in hits[0]["snippet"]
    assert all(h["score"] <= hits[-1]["score"] for h in hits)
    assert {h["published"] for h in Q.search_quotes(store, "garanties", since="2023-01-01")} == {
        "2023-05-01", "2023-06-01"}
    assert {h["outlet"] for h in Q.search_quotes(store, "garanties", outlet="libération")} == {"Libération"}
    speaker = hits[0]["speaker_name"]
    assert all(h["speaker_name"] == speaker for h in Q.search_quotes(store, "garanties", speaker=speaker))
    assert Q.search_quotes(store, "garanties", speaker="Personne Inconnue") == []
    assert Q.search_quotes(store, "garanties", since="2023", until="2023-05")[0]["published"] == "2023-05-01"


def test_queries_with_very_many_matches_rank_the_most_recent_ones_then_list_the_rest(store, monkeypatch):
    olds = [sample_extraction(n) for n in range(4)]
    for ext in olds:
        store.write(ext)
    dense = make_article(9, extra="« garanties garanties garanties »")
    store.write(fake_process(dense))  # stored last, and the best match
    full = Q.search_quotes(store, "garanties", limit=50)
    monkeypatch.setattr(search_module, "MAX_RANKED_ROWS", 3)
    for kw in ({}, {"since": "2023"}):
        hits = Q.search_quotes(store, "garanties", limit=50, **kw)
        assert len(hits) == len(full) == 6  # nothing is lost
        # ranked among the three most recently stored matches (both quotes of article 9, the quote of 3) ...
        assert hits[0]["text"] == "garanties garanties garanties"
        assert {h["article_id"] for h in hits[:3]} == {dense.id, olds[3].article.id}
        assert all(h["score"] is not None for h in hits[:3])
        # ... then the older ones, newest first
        assert [h["article_id"] for h in hits[3:]] == [olds[n].article.id for n in (2, 1, 0)]
        assert all(h["score"] is None for h in hits[3:])
        # pages put together give the same list
        pages = [h for off in range(0, 6, 2) for h in Q.search_quotes(store, "garanties", limit=2, offset=off, **kw)]
        assert [(h["article_id"], h["quote_id"]) for h in pages] == [(h["article_id"], h["quote_id"]) for h in hits]
    assert len(Q.search_articles(store, "garanties", limit=50)) == 5
    assert Q.search_articles(store, "garanties", limit=50)[0]["score"] is not None


def test_actor_by_name_alias_kb_id_and_country(store):
    for n in range(3):
        store.write(sample_extraction(n))
    poutine = Q.find_actors(store, "Vladimir Poutine")
    assert len(poutine) == 1 and poutine[0]["articles"] == 3 and "Poutine" in poutine[0]["aliases"]
    kb = poutine[0]["kb_id"]
    assert Q.find_actors(store, "poutine")[0]["kb_id"] == kb  # alias, any case
    assert Q.find_actors(store, "VLADIMIR  POUTINE")[0]["kb_id"] == kb
    assert Q.find_actors(store, "Jean Dupont")[0]["name"] == "Jean Dupont"
    assert Q.find_actors(store, "jéan dupônt")[0]["name"] == "Jean Dupont"  # accents folded
    assert Q.find_actors(store, kb)[0]["name"] == "Vladimir Poutine"
    rus = Q.find_actors(store, "RUS")
    assert [a["kb_id"] for a in rus] == [kb]
    assert len(Q.find_actors(store, "FRA")) >= 2  # every actor of that country
    s = Q.actor_summary(store, "Jean Dupont")
    assert s["counts"]["quotes"] == 3 and s["counts"]["events_as_source"] == 3
    assert len(s["quotes"]) == 3 and len(s["events"]) == 3 and len(s["kb_ids"]) == 1
    assert s["quotes"][0]["speaker_name"] == "Jean Dupont" and s["events"][0]["type"] == "REQUEST"
    assert Q.find_actors(store, "Nobody") == []


def test_events_by_actor_type_date_and_role(store):
    store.write(sample_extraction(1))
    evs = Q.list_events(store, actor="Jean Dupont", type="request", since="2023-01-01")
    assert len(evs) == 1
    e = evs[0]
    assert e["source"][0]["name"] == "Jean Dupont" and e["date"] == "2023-04-10"
    assert e["mentions"] and e["attributed_to"] == [e["source"][0]["id"]]
    assert Q.list_events(store, actor="Jean Dupont", role="target") == []
    assert Q.list_events(store, type="ASSAULT") == []
    assert Q.list_events(store, since="2024") == []
    assert len(Q.list_events(store, since="2023-04")) == 1
    assert len(Q.list_events(store, actor="FRA")) == 1




def test_outlets_match_in_any_case_and_accents_and_follow_writes(store):
    store.write(sample_extraction(1, outlet="Libération"))
    assert [h["outlet"] for h in Q.search_quotes(store, "garanties", outlet="LIBERATION")] == ["Libération"]
    assert Q.search_quotes(store, "garanties", outlet="L'Écho") == []
    store.write(sample_extraction(2, outlet="L'Écho"))   # the same connection writes: the spellings follow
    assert [h["outlet"] for h in Q.search_quotes(store, "garanties", outlet="l'echo")] == ["L'Écho"]
    other = Store(store.path)
    other.write(sample_extraction(3, outlet="Le Télégramme"))   # another connection writes: they follow too
    other.close()
    assert len(Q.search_quotes(store, None, outlet="le telegramme")) == 1
