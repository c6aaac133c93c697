-- Covering indexes for the actor pages (veille.query.actors): an actor summary follows a few hundred entities to
-- their kb id's other entities, their quotes, event sides and counterparts; with these the lookups stop at the
-- index instead of reading each row (measured on the 10k-article store of benchmarks/web.py). Each index replaces
-- the one it extends (0001_initial, 0004_actor_indexes), so a write updates as many indexes as before.
DROP INDEX event_actors_entity;
CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id, event_id, role);
DROP INDEX event_actors_event;
CREATE INDEX event_actors_event ON event_actors(article_id, event_id, role, kb_id, name);
DROP INDEX entities_kb_id;
CREATE INDEX entities_kb_id ON entities(kb_id, article_id, id, name);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(article_id, speaker_id, start);
