-- Across articles (veille.store.crossref): stories (near-duplicate articles), statements (one quotation reported
-- by several articles) and shared events (one happening told by several articles). One set of tables serves the
-- three kinds: a member is an article (story), a quote (statement) or an event; a group is a story, a statement or
-- a cross-article event. Groups are the connected components of the links, so the order articles arrive in
-- (a local ingest, Dask shards loaded in any order) does not change which members end up together.
CREATE TABLE crossref_groups (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('story', 'statement', 'event')),
    created_at TEXT NOT NULL
);
CREATE INDEX crossref_groups_kind ON crossref_groups(kind);

CREATE TABLE crossref_members (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('story', 'statement', 'event')),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,               -- '' for a story member (the article itself), else the quote or event id
    group_id INTEGER NOT NULL REFERENCES crossref_groups(id),
    signature BLOB                       -- stories: the article's MinHash signature (uint32 little-endian)
);
CREATE UNIQUE INDEX crossref_members_item ON crossref_members(article_id, kind, item_id);
CREATE INDEX crossref_members_group ON crossref_members(group_id);

-- Blocking keys: a 64-bit hash of (kind, key) — MinHash band of an article, speaker + wording bigram of a quote,
-- event type + actor + day. A new member looks its keys up here: its candidates, without reading the corpus.
-- WITHOUT ROWID: the lookup order is the table itself (one b-tree less to write per key).
CREATE TABLE crossref_keys (
    key INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES crossref_members(id) ON DELETE CASCADE,
    PRIMARY KEY (key, member_id)
) WITHOUT ROWID;
CREATE INDEX crossref_keys_member ON crossref_keys(member_id);

-- Verified similarities between two members of the same kind; a group is a connected component of these.
CREATE TABLE crossref_links (
    member_a INTEGER NOT NULL REFERENCES crossref_members(id) ON DELETE CASCADE,
    member_b INTEGER NOT NULL REFERENCES crossref_members(id) ON DELETE CASCADE,
    score REAL NOT NULL
);
CREATE INDEX crossref_links_a ON crossref_links(member_a);
CREATE INDEX crossref_links_b ON crossref_links(member_b);

-- Groups a member left (an article deleted or replaced): regrouped from the remaining links by the next write, so
-- a group whose bridge left splits in two and an emptied group goes, whatever path deleted the article.
CREATE TABLE crossref_dirty (group_id INTEGER PRIMARY KEY);
CREATE TRIGGER crossref_member_left AFTER DELETE ON crossref_members BEGIN
    INSERT OR IGNORE INTO crossref_dirty(group_id) VALUES (old.group_id);
END;
