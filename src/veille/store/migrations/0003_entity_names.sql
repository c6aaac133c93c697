-- Every name and alias of every entity, folded (case and accents removed, by the store's veille_fold function),
-- so that `veille actor poutine` or `--speaker choigou` is an index lookup instead of a scan of all aliases.
CREATE TABLE entity_names (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX entity_names_name ON entity_names(name);
CREATE INDEX entity_names_entity ON entity_names(article_id, entity_id);

INSERT INTO entity_names (article_id, entity_id, name)
SELECT article_id, id, veille_fold(name) FROM entities
UNION
SELECT e.article_id, e.id, veille_fold(j.value) FROM entities e, json_each(e.aliases) j
WHERE j.type = 'text' AND j.value <> '';
