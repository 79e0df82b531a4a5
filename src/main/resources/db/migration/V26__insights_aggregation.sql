-- Earmark schema, version 26: the aggregation of listening insights (dev.earmark.insights), run by one server at a time.
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- The one row of the aggregation's lease: the server that aggregates now holds it (claimed_by, a random id per run)
-- until claimed_until, which it moves on while it works; a server that died leaves it to run out. aggregated_through:
-- the time the last complete run started, so that the next one knows which days received events since (less a margin
-- for events recorded late and for clocks apart).
CREATE TABLE insights_aggregation (
    id                  BIGINT                   NOT NULL,
    version             BIGINT                   NOT NULL,
    claimed_by          VARCHAR(36),
    claimed_until       TIMESTAMP WITH TIME ZONE,
    aggregated_through  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_insights_aggregation PRIMARY KEY (id)
);
INSERT INTO insights_aggregation (id, version) VALUES (1, 0);

-- Which days received events since the last run: read from the newest rows only.
CREATE INDEX ix_listening_event_received ON listening_event (received_at);
CREATE INDEX ix_download_event_received ON download_event (received_at);
