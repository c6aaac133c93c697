-- Names are now folded by veille.names.fold (the one folding of the package: hyphens, apostrophes and
-- punctuation become spaces, ligatures and other scripts are transliterated): refold the stored names so that
-- lookups in stores written before still match.
DELETE FROM entity_names;

INSERT INTO entity_names (article_id, entity_id, name)
SELECT article_id, entity_id, name FROM (
    SELECT article_id, id AS entity_id, veille_fold(name) AS name FROM entities
    UNION
    SELECT e.article_id, e.id, veille_fold(j.value) FROM entities e, json_each(e.aliases) j
    WHERE j.type = 'text' AND j.value <> ''
) WHERE name <> '';
