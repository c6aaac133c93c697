-- Where an event's recipient was read: NULL when a clause telling the event names it, 'context' when no telling
-- names one and the recipient is the one the article's context gives (veille.nlp.events.recipients).
ALTER TABLE events ADD COLUMN target_from TEXT;
