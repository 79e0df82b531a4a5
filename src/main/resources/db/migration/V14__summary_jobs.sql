-- Earmark schema, version 14: the transcription job queue also summarises episodes. Portable SQL for H2 2.x and
-- PostgreSQL 13+.

-- What a job does (transcripts.entity.JobTask): every job so far transcribed.
ALTER TABLE transcription_job ADD COLUMN task VARCHAR(20) DEFAULT 'TRANSCRIBE' NOT NULL;
-- Only a transcription has an engine.
ALTER TABLE transcription_job ALTER COLUMN engine DROP NOT NULL;
