-- Where an event's author was read: NULL when a clause telling the event names it, 'context' when no telling
-- names one and the author is the one the article's context gives (veille.nlp.events.dyads).
ALTER TABLE events ADD COLUMN source_from TEXT;
