-- Earmark schema, version 27: work that one server of several runs at a time (dev.earmark.platform.boundary.JobLeases).
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- One row per job, made by the first server that takes it: the server that runs the job now (holder: its node name
-- and a random part new at every start) until lease_until, which it moves on while it works; a server that died leaves
-- it to run out. Given back, the row keeps its last holder and lease_until is null (not a time: a test's clock, or a
-- server's, may stand ahead of the next one's).
CREATE TABLE job_lease (
    name         VARCHAR(100)             NOT NULL,
    holder       VARCHAR(200)             NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_job_lease PRIMARY KEY (name)
);

-- The insights aggregation takes its lease from job_lease now; its row keeps only how far the last complete run got.
ALTER TABLE insights_aggregation DROP COLUMN claimed_by;
ALTER TABLE insights_aggregation DROP COLUMN claimed_until;
