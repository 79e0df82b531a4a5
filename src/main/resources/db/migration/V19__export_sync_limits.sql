-- exports: after a 429, the service's Retry-After; no automatic sync of the connection before it.
ALTER TABLE service_connection ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
-- exports: Readwise's id of the highlight a snip became (Readwise de-duplicates by title, author, text and source
-- URL, so a snip whose words changed is updated by this id instead of sent as a new highlight).
ALTER TABLE sent_snip ADD COLUMN remote_id BIGINT;
