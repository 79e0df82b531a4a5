-- Earmark schema, version 2: the player. Portable SQL for H2 2.x and PostgreSQL 13+.

-- Whether the player offers the audio for download (a show's owner may not want copies around).
ALTER TABLE podcast_show ADD COLUMN downloads_allowed BOOLEAN DEFAULT TRUE NOT NULL;

-- Where a signed-in listener stopped in an episode, so the player resumes there on any device.
CREATE TABLE listening_position (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    listener    VARCHAR(200)             NOT NULL,
    episode_id  BIGINT                   NOT NULL,
    position_ms BIGINT                   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_listening_position PRIMARY KEY (id),
    CONSTRAINT uq_listening_position_listener_episode UNIQUE (listener, episode_id),
    CONSTRAINT fk_listening_position_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
