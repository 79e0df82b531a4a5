-- Earmark schema, version 12: an episode's short summary and its topics, each with who wrote it (a curator, the
-- built-in extract of the transcript, or a language model, named), and whether a show takes the summaries suggested
-- for its new episodes without review (catalogue.entity.EpisodeSummary). Portable SQL for H2 2.x and PostgreSQL 13+.

ALTER TABLE episode ADD COLUMN summary VARCHAR(400);
ALTER TABLE episode ADD COLUMN summary_source VARCHAR(10);
ALTER TABLE episode ADD COLUMN summary_model VARCHAR(200);
-- Up to eight topics, one a line: they are read and written whole, never one by one.
ALTER TABLE episode ADD COLUMN topics VARCHAR(488);
ALTER TABLE episode ADD COLUMN topics_source VARCHAR(10);
ALTER TABLE episode ADD COLUMN topics_model VARCHAR(200);

ALTER TABLE podcast_show ADD COLUMN accept_summaries BOOLEAN DEFAULT FALSE NOT NULL;
