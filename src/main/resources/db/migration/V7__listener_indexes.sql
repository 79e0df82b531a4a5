-- Earmark schema, version 7: what listeners read of large shows, and whether a stored file may be fetched.
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- A show's visible episodes newest first, the count of them and each show's statistics, read from this index alone
-- (status included, so the visibility condition needs no row): an episode's row carries kilobytes of notes, and
-- reading 10,000 of them per page was the cost of a large show. Its order is the pages' order, so a page's ids
-- are the index's next entries.
CREATE INDEX ix_episode_show_newest ON episode (show_id, published_at DESC, id DESC, status);

-- Whose file a stored file is, asked for every media request: H2 indexes foreign keys by itself, PostgreSQL does not.
CREATE INDEX ix_episode_audio_file ON episode (audio_file_id);
CREATE INDEX ix_episode_transcript_file ON episode (transcript_file_id);
CREATE INDEX ix_podcast_show_artwork ON podcast_show (artwork_file_id);
