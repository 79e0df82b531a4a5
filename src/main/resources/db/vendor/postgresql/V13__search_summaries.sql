-- Earmark schema, version 13 on PostgreSQL: an episode's summary and topics (V12) are searched with its other text.
-- Weights: the topics A, as the title, so that an episode about a topic ranks above those that mention it; the
-- summary B, as the notes. H2 has its own V13 (db/vendor/h2), where Earmark's Lucene index does the same.

CREATE FUNCTION earmark_episode_search(episode BIGINT, title TEXT, description TEXT, summary TEXT, topics TEXT)
    RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', earmark_plain_text(description)), 'B')
        || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('english', coalesce(topics, '')), 'A')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(c.title, ' ' ORDER BY c.start_ms) FROM chapter c WHERE c.episode_id = episode), '')), 'B')
$$;

CREATE OR REPLACE FUNCTION earmark_episode_searched() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_all := earmark_episode_search(NEW.id, NEW.title, NEW.description, NEW.summary, NEW.topics);
    RETURN NEW;
END
$$;
DROP TRIGGER tr_episode_search ON episode;
CREATE TRIGGER tr_episode_search BEFORE INSERT OR UPDATE OF title, description, summary, topics ON episode
    FOR EACH ROW EXECUTE FUNCTION earmark_episode_searched();

CREATE OR REPLACE FUNCTION earmark_chapter_searched() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.episode_id ELSE NEW.episode_id END;
BEGIN
    UPDATE episode e SET search_all = earmark_episode_search(e.id, e.title, e.description, e.summary, e.topics)
     WHERE e.id = changed;
    RETURN NULL;
END
$$;

DROP FUNCTION earmark_episode_search(BIGINT, TEXT, TEXT);

UPDATE episode SET search_all = earmark_episode_search(id, title, description, summary, topics)
 WHERE summary IS NOT NULL OR topics IS NOT NULL;
