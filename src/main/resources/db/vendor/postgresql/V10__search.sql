-- Earmark schema, version 10 on PostgreSQL: full-text search kept by the database itself (search.boundary.PostgresSearch).
-- Every searchable text gets a tsvector column that the database maintains (generated columns; for an episode, whose
-- chapters live in their own table, triggers) with a GIN index. Weights: titles A, notes, descriptions and chapters B.
-- H2 has its own V10 (db/vendor/h2): there the search index is a Lucene index that Earmark keeps.

-- Show notes are HTML: their words, as search.control.PlainText reads them for the Lucene index.
CREATE FUNCTION earmark_plain_text(html TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(replace(replace(replace(
        regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'),
        '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;

ALTER TABLE podcast_show
    ADD COLUMN search_title TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
    ADD COLUMN search_all TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')
    ) STORED;
CREATE INDEX ix_podcast_show_search ON podcast_show USING GIN (search_all);

-- An episode's title, notes and chapter titles.
CREATE FUNCTION earmark_episode_search(episode BIGINT, title TEXT, description TEXT) RETURNS TSVECTOR
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', earmark_plain_text(description)), 'B')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(c.title, ' ' ORDER BY c.start_ms) FROM chapter c WHERE c.episode_id = episode), '')), 'B')
$$;

ALTER TABLE episode
    ADD COLUMN search_title TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
    ADD COLUMN search_all TSVECTOR;

CREATE FUNCTION earmark_episode_searched() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_all := earmark_episode_search(NEW.id, NEW.title, NEW.description);
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_episode_search BEFORE INSERT OR UPDATE OF title, description ON episode
    FOR EACH ROW EXECUTE FUNCTION earmark_episode_searched();

-- A chapter saved or removed changes its episode's text.
CREATE FUNCTION earmark_chapter_searched() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.episode_id ELSE NEW.episode_id END;
BEGIN
    UPDATE episode e SET search_all = earmark_episode_search(e.id, e.title, e.description) WHERE e.id = changed;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_chapter_search AFTER INSERT OR UPDATE OR DELETE ON chapter
    FOR EACH ROW EXECUTE FUNCTION earmark_chapter_searched();

UPDATE episode SET search_all = earmark_episode_search(id, title, description);
CREATE INDEX ix_episode_search ON episode USING GIN (search_all);

-- Transcripts are searched cue by cue (about a sentence each), so that a hit has a second to start from.
ALTER TABLE transcript_cue
    ADD COLUMN search_text TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX ix_transcript_cue_search ON transcript_cue USING GIN (search_text);
