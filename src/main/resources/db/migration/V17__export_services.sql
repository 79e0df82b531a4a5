-- Earmark schema, version 17: listeners' connections to Readwise and Notion and what was sent to them
-- (exports.entity). Portable SQL for H2 2.x and PostgreSQL 13+.

-- A listener's connection to a service: the token encrypted (AES-GCM, exports.control.TokenCipher; never in clear
-- here), Notion's parent page, the sync mode (MANUAL, or AUTOMATIC: new and changed snips also go by themselves) and
-- the sync: the snips it takes (My snips' filters), its claim by one server at a time (a guarded update of QUEUED, or
-- RUNNING whose lease ran out, so two servers never send the same snips at once), its progress and the last result.
CREATE TABLE service_connection (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    listener        VARCHAR(200)             NOT NULL,
    service         VARCHAR(20)              NOT NULL,
    token           VARCHAR(2000)            NOT NULL,
    parent_page_id  VARCHAR(36),
    sync_mode       VARCHAR(20)              NOT NULL,
    base_url        VARCHAR(500)             NOT NULL,
    connected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sync_state      VARCHAR(20)              NOT NULL,
    sync_show_id    BIGINT,
    sync_episode_id BIGINT,
    sync_tag        VARCHAR(40),
    sync_text       VARCHAR(200),
    queued_at       TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(36),
    lease_until     TIMESTAMP WITH TIME ZONE,
    sync_total      INTEGER                  NOT NULL,
    sync_done       INTEGER                  NOT NULL,
    last_sync_at    TIMESTAMP WITH TIME ZONE,
    last_sent       INTEGER                  NOT NULL,
    last_unchanged  INTEGER                  NOT NULL,
    last_failed     INTEGER                  NOT NULL,
    failure_key     VARCHAR(100),
    failure_detail  VARCHAR(500),
    CONSTRAINT pk_service_connection PRIMARY KEY (id),
    CONSTRAINT uq_service_connection UNIQUE (listener, service)
);
-- What the servers poll: the syncs waiting or running.
CREATE INDEX ix_service_connection_sync ON service_connection (sync_state, queued_at);

-- Each snip a connection sent, with a hash of what was sent: an unchanged snip is not sent again, a changed one is
-- sent anew (Readwise updates it by its highlight_url, Notion's page is written again). Gone with the connection
-- (disconnecting forgets it) or the snip.
CREATE TABLE sent_snip (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    connection_id BIGINT                   NOT NULL,
    snip_id       BIGINT                   NOT NULL,
    episode_id    BIGINT                   NOT NULL,
    content_hash  VARCHAR(64)              NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sent_snip PRIMARY KEY (id),
    CONSTRAINT uq_sent_snip UNIQUE (connection_id, snip_id),
    CONSTRAINT fk_sent_snip_connection FOREIGN KEY (connection_id) REFERENCES service_connection (id) ON DELETE CASCADE,
    CONSTRAINT fk_sent_snip_snip FOREIGN KEY (snip_id) REFERENCES snip (id) ON DELETE CASCADE
);
CREATE INDEX ix_sent_snip_snip ON sent_snip (snip_id);

-- The Notion page Earmark made for a listener's episode, written again on a re-export instead of making another.
-- Kept when the listener disconnects: connected again to the same workspace, the page is found again; in another
-- one, Notion answers 404 and a new page is made.
CREATE TABLE notion_page (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    listener   VARCHAR(200) NOT NULL,
    episode_id BIGINT       NOT NULL,
    page_id    VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_notion_page PRIMARY KEY (id),
    CONSTRAINT uq_notion_page UNIQUE (listener, episode_id),
    CONSTRAINT fk_notion_page_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_notion_page_episode ON notion_page (episode_id);
