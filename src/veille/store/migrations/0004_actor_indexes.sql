-- Events and quotes by actor: from an actor's entities to their events and quotes without scanning.
CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id);
CREATE INDEX quotes_speaker ON quotes(article_id, speaker_id);
