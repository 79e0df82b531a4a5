-- Earmark schema, version 21: listeners' personal feed tokens for closed catalogues (feeds.entity.FeedToken). Portable
-- SQL for H2 2.x and PostgreSQL 13+.

-- One current token per listener, stored as the SHA-256 of the secret (hex): a copy of the database opens no feed. A
-- request's token is found by its hash (the unique index); a new token replaces the row's hash, so the old one stops
-- working at once, on every server.
CREATE TABLE feed_token (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    listener    VARCHAR(200)             NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_feed_token PRIMARY KEY (id),
    CONSTRAINT uq_feed_token_listener UNIQUE (listener),
    CONSTRAINT uq_feed_token_hash UNIQUE (token_hash)
);
