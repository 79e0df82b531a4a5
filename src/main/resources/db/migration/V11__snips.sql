-- Earmark schema, version 11: snips hold a range of the episode with its words, a title and takeaways, the
-- listener's note and tags (snips.entity.Snip). Portable SQL for H2 2.x and PostgreSQL 13+.
-- A snip saved before this version marked one position: it becomes the end of a range of the default 60 s.

ALTER TABLE snip ADD COLUMN start_ms BIGINT;
ALTER TABLE snip ADD COLUMN end_ms BIGINT;
UPDATE snip SET end_ms = position_ms, start_ms = CASE WHEN position_ms > 60000 THEN position_ms - 60000 ELSE 0 END;
ALTER TABLE snip ALTER COLUMN start_ms SET NOT NULL;
ALTER TABLE snip ALTER COLUMN end_ms SET NOT NULL;
ALTER TABLE snip DROP COLUMN position_ms;

ALTER TABLE snip ADD COLUMN title VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE snip ADD COLUMN title_edited BOOLEAN DEFAULT FALSE NOT NULL;
-- Up to three takeaways, one a line: they are read and written whole, never one by one.
ALTER TABLE snip ADD COLUMN takeaways VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE snip ADD COLUMN summary_source VARCHAR(20) DEFAULT 'NO_TRANSCRIPT' NOT NULL;
ALTER TABLE snip ADD COLUMN summary_model VARCHAR(200);
ALTER TABLE snip ADD COLUMN note VARCHAR(5000) DEFAULT '' NOT NULL;
ALTER TABLE snip ADD COLUMN note_html VARCHAR(40000) DEFAULT '' NOT NULL;
-- Lower-case text of title, takeaways, excerpt, note and tags, for the listener's search within their snips.
ALTER TABLE snip ADD COLUMN search_text VARCHAR(60000) DEFAULT '' NOT NULL;
ALTER TABLE snip ADD COLUMN request_key VARCHAR(64);
ALTER TABLE snip ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE snip ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
-- Until Earmark gives them their words at deployment (snips.boundary.SnipsAwaitingWords), they are named by their episode.
UPDATE snip SET request_key = 'migrated-' || CAST(id AS VARCHAR(20)), edited_at = created_at,
    title = (SELECT SUBSTRING(e.title FROM 1 FOR 80) FROM episode e WHERE e.id = snip.episode_id);
ALTER TABLE snip ALTER COLUMN request_key SET NOT NULL;
ALTER TABLE snip ALTER COLUMN edited_at SET NOT NULL;
ALTER TABLE snip ADD CONSTRAINT uq_snip_request UNIQUE (listener, request_key);
-- My snips: a listener's, newest first; the rate limit counts a listener's latest.
CREATE INDEX ix_snip_listener_created ON snip (listener, created_at);

-- The excerpt: the transcript's cues of the snip's range, copied, so that the snip keeps the words it was saved
-- with when the transcript is replaced (until the listener nudges it). In the order of their times; no key but the
-- snip's, as a nudge replaces them all.
CREATE TABLE snip_cue (
    snip_id  BIGINT        NOT NULL,
    start_ms BIGINT        NOT NULL,
    end_ms   BIGINT        NOT NULL,
    speaker  VARCHAR(200),
    text     VARCHAR(5000) NOT NULL,
    CONSTRAINT fk_snip_cue_snip FOREIGN KEY (snip_id) REFERENCES snip (id) ON DELETE CASCADE
);

CREATE INDEX ix_snip_cue_snip ON snip_cue (snip_id, start_ms);

CREATE TABLE snip_tag (
    snip_id BIGINT      NOT NULL,
    tag     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_snip_tag PRIMARY KEY (snip_id, tag),
    CONSTRAINT fk_snip_tag_snip FOREIGN KEY (snip_id) REFERENCES snip (id) ON DELETE CASCADE
);
CREATE INDEX ix_snip_tag_tag ON snip_tag (tag);
