-- Where an event was done: the entity id and name of the town, region or country a clause telling it names as its
-- place (PLOVER's event_loc; veille.nlp.events.places.occurrence_place), NULL when none is named.
ALTER TABLE events ADD COLUMN place TEXT;
ALTER TABLE events ADD COLUMN place_name TEXT;
