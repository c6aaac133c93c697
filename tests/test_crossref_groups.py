"""The group machinery: links merge groups into the oldest, leaving members split groups along the links left."""
from __future__ import annotations

import pytest

from veille.store import Store
from veille.store.crossref import groups
from veille.store.writer import extraction_rows, insert_rows
from test_store_support import sample_extraction


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    with s.transaction() as conn:  # bare rows (not Store.write): members are placed by hand here
        for n in range(1, 5):
            insert_rows(conn, extraction_rows(sample_extraction(n)))
    yield s
    s.close()


def article_ids(store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]


def group_of(store, member: int) -> int:
    return store.conn.execute("SELECT group_id FROM crossref_members WHERE id = ?", (member,)).fetchone()[0]


def test_linking_merges_into_the_oldest_group_and_deleting_the_bridge_splits(store):
    ids = article_ids(store)
    with store.transaction() as conn:
        a, b, c = (groups.add_member(conn, "story", i) for i in ids[:3])
        groups.link(conn, c, [(a, 0.9)])
        assert groups.link(conn, b, [(a, 0.8), (c, 0.7)]) == group_of(store, a)
    assert group_of(store, a) == group_of(store, b) == group_of(store, c)
    assert store.conn.execute("SELECT count(*) FROM crossref_groups").fetchone()[0] == 1
    with store.transaction() as conn:
        conn.execute("DELETE FROM crossref_links WHERE member_a = ? AND member_b = ?", (c, a))
        conn.execute("DELETE FROM articles WHERE id = ?", (ids[1],))  # b leaves: a and c no longer linked
        assert groups.repair(conn) == 1
    assert group_of(store, a) != group_of(store, c)
    assert store.conn.execute("SELECT count(*) FROM crossref_groups").fetchone()[0] == 2


def test_keys_find_candidates_by_most_shared_and_an_emptied_group_goes(store):
    ids = article_ids(store)
    with store.transaction() as conn:
        a, b = groups.add_member(conn, "statement", ids[0], "q1"), groups.add_member(conn, "statement", ids[1], "q1")
        k1, k2, k3 = (groups.key_hash("statement", "poutine", w) for w in ("paix", "guerre", "blé"))
        groups.store_keys(conn, a, [k1, k2])
        groups.store_keys(conn, b, [k3])
        assert groups.candidates(conn, [k1, k2, k3], exclude=99) == [(a, 2), (b, 1)]
        assert groups.candidates(conn, [k1], exclude=a) == []
        conn.execute("DELETE FROM articles WHERE id = ?", (ids[0],))
        groups.repair(conn)
        assert conn.execute("SELECT count(*) FROM crossref_keys").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM crossref_groups").fetchone()[0] == 1


def test_key_hash_is_a_signed_64_bit_integer_that_depends_on_the_kind():
    k = groups.key_hash("story", 3, "ab")
    assert -2**63 <= k < 2**63 and k == groups.key_hash("story", 3, "ab") != groups.key_hash("event", 3, "ab")


def test_each_key_reads_only_its_newest_postings(store, monkeypatch):
    ids = article_ids(store)
    common, rare = groups.key_hash("statement", "x", "common"), groups.key_hash("statement", "x", "rare")
    with store.transaction() as conn:
        members = [groups.add_member(conn, "statement", ids[0], f"q{n}") for n in range(5)]
        for m in members:
            groups.store_keys(conn, m, [common])
        groups.store_keys(conn, members[0], [rare])  # the oldest also shares a rare key
        monkeypatch.setattr(groups, "POSTINGS_PER_KEY", 2)
        assert groups.candidates(conn, [common], exclude=-1) == [(members[3], 1), (members[4], 1)]
        assert (members[0], 1) in groups.candidates(conn, [common, rare], exclude=-1)
