-- Covering indexes for the actor pages (veille.query.actors): an actor summary follows a few hundred entities to
-- their articles, event sides, events and counterparts; with these the lookups stop at the index instead of
-- reading each row (measured on the 10k-article web benchmark store, benchmarks/web.py). Each wider index
-- replaces the one it extends, so a write updates as many indexes as before, plus two.
DROP INDEX event_actors_entity;
CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id, event_id, role);
DROP INDEX event_actors_event;
CREATE INDEX event_actors_event ON event_actors(article_id, event_id, role, kb_id, name);
DROP INDEX entities_kb_id;
CREATE INDEX entities_kb_id ON entities(kb_id, article_id, id, name);
CREATE INDEX events_article_sort ON events(article_id, id, type, date, trigger_start);
CREATE INDEX articles_id_published ON articles(id, published);
