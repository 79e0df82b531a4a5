-- Earmark schema, version 9: transcription jobs. Portable SQL for H2 2.x and PostgreSQL 13+.

-- A curator's request for a transcript of an episode, done in the background by one server at a time. A server claims
-- a job by a guarded update (QUEUED, or RUNNING whose lease has run out) and keeps renewing the lease while it works,
-- so when servers share the database only one runs a job, and a job of a server that died is claimed again once its
-- lease has run out (transcripts.boundary.TranscriptionQueue).
CREATE TABLE transcription_job (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    episode_id     BIGINT                   NOT NULL,
    engine         VARCHAR(20)              NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    progress       INTEGER                  NOT NULL,
    attempts       INTEGER                  NOT NULL,
    failure_key    VARCHAR(100),
    failure_detail VARCHAR(500),
    requested_by   VARCHAR(200)             NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    claimed_by     VARCHAR(200),
    lease_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_transcription_job PRIMARY KEY (id),
    CONSTRAINT fk_transcription_job_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE,
    CONSTRAINT ck_transcription_job_progress CHECK (progress BETWEEN 0 AND 100)
);
-- What the servers poll every few seconds: the jobs waiting or running, oldest first.
CREATE INDEX ix_transcription_job_status ON transcription_job (status, requested_at);
-- An episode's latest job, for its editor (and the foreign key, which PostgreSQL does not index by itself).
CREATE INDEX ix_transcription_job_episode ON transcription_job (episode_id, requested_at);
