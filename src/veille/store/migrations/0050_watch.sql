-- Monitoring (veille.watch): watched feeds and sites, the items they listed, alert rules and their deliveries.
-- Times are ISO 8601 UTC text, like articles.ingested_at.

CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,            -- what the user added: a feed, a sitemap or a site's front page
    every_seconds INTEGER NOT NULL DEFAULT 900,
    source_url TEXT,                     -- where the items are actually read (a feed found on the page, a sitemap)
    kind TEXT,                           -- rss | atom | sitemap | page, once known
    title TEXT,
    etag TEXT,                           -- validators of source_url (else url) for the next conditional GET
    last_modified TEXT,
    added_at TEXT NOT NULL,
    last_checked TEXT,                   -- last attempt
    last_ok TEXT,                        -- last attempt that succeeded (including 304 Not Modified)
    last_new TEXT,                       -- last time an article was ingested from it
    last_error TEXT,                     -- one line; NULL once a check succeeds again
    error_count INTEGER NOT NULL DEFAULT 0,   -- consecutive failed checks
    items_seen INTEGER NOT NULL DEFAULT 0,
    articles_ingested INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_url TEXT NOT NULL,
    item_updated TEXT,                   -- the listing's date for the item: a new value means an edited article
    seen_at TEXT NOT NULL,
    fetched_at TEXT,
    article_id TEXT,                     -- the stored article (content hash); no foreign key: edits replace it
    status TEXT,                         -- new | replaced | unchanged | duplicate | error | disallowed
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (feed_id, item_url)
);
CREATE INDEX feed_items_url ON feed_items(item_url);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    speaker TEXT,                        -- --speaker NAME: quotes whose speaker's name contains NAME
    actor TEXT,                          -- --actor CODE: events with an actor of that country / kb id / sector
    actor_role TEXT NOT NULL DEFAULT 'source',   -- source | target | any
    event_type TEXT,                     -- --type PLOVER_TYPE
    query TEXT,                          -- --query "text": articles containing every term
    sink TEXT NOT NULL CHECK (sink IN ('webhook', 'file')),
    target TEXT NOT NULL,                -- the webhook URL or the JSONL file path
    created_at TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    record_key TEXT NOT NULL,            -- stable across re-ingests of the same article: never notified twice
    article_id TEXT,
    payload TEXT NOT NULL,               -- the JSON notification, kept so a failed delivery is retried as is
    created_at TEXT NOT NULL,
    delivered_at TEXT,                   -- NULL while pending
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    UNIQUE (alert_id, record_key)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries(delivered_at) WHERE delivered_at IS NULL;
