-- Earmark schema, version 23: the feeds a show was imported from and is kept current with (feeds.entity.FeedSource).
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- One per followed show: the feed's address, the validators of the copy fetched last (for a conditional GET), how
-- often it is refreshed (0 minutes: not by itself) and when next, the last refresh's time and outcome (OK with the
-- import's counts, NOT_MODIFIED, FAILED with the reason as a bundle key and its arguments), and the claim of the one
-- server that refreshes it now (a guarded update: claimed_until in the past or null; a crashed server's claim runs out).
-- Gone with its show.
CREATE TABLE feed_source (
    id                 BIGINT                   NOT NULL,
    version            BIGINT                   NOT NULL,
    show_id            BIGINT                   NOT NULL,
    url                VARCHAR(2000)            NOT NULL,
    copy_audio         BOOLEAN                  NOT NULL,
    entity_tag         VARCHAR(500),
    last_modified      VARCHAR(100),
    refresh_minutes    INTEGER                  NOT NULL,
    followed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    next_refresh_at    TIMESTAMP WITH TIME ZONE,
    last_refresh_at    TIMESTAMP WITH TIME ZONE,
    last_outcome       VARCHAR(20),
    last_added         INTEGER                  NOT NULL,
    last_updated       INTEGER                  NOT NULL,
    last_unchanged     INTEGER                  NOT NULL,
    last_skipped       INTEGER                  NOT NULL,
    failure_key        VARCHAR(100),
    failure_arguments  VARCHAR(2000),
    claimed_by         VARCHAR(36),
    claimed_until      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_feed_source PRIMARY KEY (id),
    CONSTRAINT uq_feed_source_show UNIQUE (show_id),
    CONSTRAINT fk_feed_source_show FOREIGN KEY (show_id) REFERENCES podcast_show (id) ON DELETE CASCADE
);
-- What the servers poll every minute: the sources due.
CREATE INDEX ix_feed_source_due ON feed_source (next_refresh_at);
