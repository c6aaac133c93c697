-- The records of the output contract, one table per kind, every row keeping its article id and offsets.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,                 -- sha256 of the text every offset refers to
    key TEXT NOT NULL UNIQUE,            -- identity: url, else source path, else id
    url TEXT,
    source_path TEXT,
    external_id TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    authors TEXT,                        -- JSON list
    language TEXT,
    text TEXT NOT NULL,
    body_start INTEGER NOT NULL DEFAULT 0,
    pipeline_version TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_pipeline_version ON articles(pipeline_version);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    kb_id TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    aliases TEXT,                        -- JSON list
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_kb_id ON entities(kb_id);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT
);
CREATE INDEX mentions_entity ON mentions(article_id, entity_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    speaker_id TEXT,
    speaker_name TEXT,
    speaker_kb_id TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    speaker_mention_start INTEGER,
    speaker_mention_end INTEGER,
    speaker_mention_text TEXT,
    channel TEXT,
    confidence REAL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker_kb_id ON quotes(speaker_kb_id);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE);

CREATE TABLE quote_sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name TEXT
);
CREATE INDEX quote_sources_quote ON quote_sources(article_id, quote_id);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    date TEXT,
    date_text TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    sentence_start INTEGER,
    sentence_end INTEGER,
    quote_id TEXT,
    attributed_to TEXT,                  -- JSON list of entity ids
    negated INTEGER NOT NULL DEFAULT 0,
    hypothetical INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    mentions TEXT,                       -- JSON list of {trigger, sentence}
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE event_actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    name TEXT,
    kb_id TEXT,
    country TEXT
);
CREATE INDEX event_actors_event ON event_actors(article_id, event_id);
CREATE INDEX event_actors_kb_id ON event_actors(kb_id);
CREATE INDEX event_actors_country ON event_actors(country);
CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);

CREATE TABLE boilerplate (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    reason TEXT
);
CREATE INDEX boilerplate_article ON boilerplate(article_id);
