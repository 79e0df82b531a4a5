-- Earmark schema, version 8: transcripts stored as cues, whatever format they came in (transcripts.entity).
-- Portable SQL for H2 2.x and PostgreSQL 13+.
-- The file as it came stays episode.transcript_file_id. Transcripts stored before this version have no rows here
-- yet: at deployment Earmark reads their files into cues (transcripts.boundary.UnreadTranscripts).

CREATE TABLE transcript (
    id         BIGINT                   NOT NULL,
    version    BIGINT                   NOT NULL,
    episode_id BIGINT                   NOT NULL,
    format     VARCHAR(20)              NOT NULL,
    timed      BOOLEAN                  NOT NULL,
    origin     VARCHAR(20)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_transcript PRIMARY KEY (id),
    CONSTRAINT uq_transcript_episode UNIQUE (episode_id),
    CONSTRAINT fk_transcript_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);

-- Times in milliseconds; an untimed (plain text) transcript's cues start and end at 0.
CREATE TABLE transcript_cue (
    transcript_id BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    start_ms      BIGINT        NOT NULL,
    end_ms        BIGINT        NOT NULL,
    speaker       VARCHAR(200),
    text          VARCHAR(5000) NOT NULL,
    CONSTRAINT pk_transcript_cue PRIMARY KEY (transcript_id, position),
    CONSTRAINT fk_transcript_cue_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id) ON DELETE CASCADE
);
