-- exports: after a 429, the service's Retry-After; no automatic sync of the connection before it.
ALTER TABLE service_connection ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
