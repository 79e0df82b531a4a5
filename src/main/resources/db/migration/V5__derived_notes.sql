-- What pages and the API show of show notes, derived when the notes are saved instead of on every view
-- (catalogue.entity.DerivedNotes). The sanitised notes have no length: escaping and links can make them
-- several times longer than the notes (VARCHAR without a length is unlimited on PostgreSQL, 1,000,000,000
-- characters on H2).
-- Existing rows start at derivation 0: at deployment, Earmark derives every row below its current derivation
-- (catalogue.boundary.OutdatedNotes), as it does whenever the derivation code changes.
ALTER TABLE episode ADD COLUMN notes_html VARCHAR;
ALTER TABLE episode ADD COLUMN notes_html_without_timestamps VARCHAR;
ALTER TABLE episode ADD COLUMN notes_teaser VARCHAR(420);
ALTER TABLE episode ADD COLUMN notes_summary VARCHAR(200);
ALTER TABLE episode ADD COLUMN notes_derivation INTEGER DEFAULT 0 NOT NULL;
-- Finds the outdated rows at deployment without reading every episode's notes.
CREATE INDEX ix_episode_notes_derivation ON episode (notes_derivation);

ALTER TABLE podcast_show ADD COLUMN description_summary VARCHAR(200);
ALTER TABLE podcast_show ADD COLUMN summary_derivation INTEGER DEFAULT 0 NOT NULL;
