-- STAND-IN until the lead's V8 (db/migration/V8__transcripts.sql) is merged: the tables of the contract.
CREATE TABLE transcript (
    id         BIGINT      NOT NULL,
    version    BIGINT      NOT NULL,
    episode_id BIGINT      NOT NULL,
    format     VARCHAR(20) NOT NULL,
    timed      BOOLEAN     NOT NULL,
    origin     VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_transcript PRIMARY KEY (id),
    CONSTRAINT uq_transcript_episode UNIQUE (episode_id),
    CONSTRAINT fk_transcript_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE TABLE transcript_cue (
    transcript_id BIGINT  NOT NULL,
    position      INTEGER NOT NULL,
    start_ms      BIGINT  NOT NULL,
    end_ms        BIGINT  NOT NULL,
    speaker       VARCHAR(200),
    text          VARCHAR(5000) NOT NULL,
    CONSTRAINT pk_transcript_cue PRIMARY KEY (transcript_id, position),
    CONSTRAINT fk_transcript_cue_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id) ON DELETE CASCADE
);
