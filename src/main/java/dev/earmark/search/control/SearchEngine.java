package dev.earmark.search.control;

import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import java.time.Instant;

/**
 * Full-text search of what listeners may see, in one of two ways that behave alike: PostgreSQL's own full text
 * search, or a Lucene index that Earmark keeps beside H2 (which has none of its own that the WAR could use).
 * Hits are ranked in tiers, a title match before a match in notes, chapters or a description before a transcript
 * passage; within a tier by the engine's relevance.
 */
public interface SearchEngine {

    /** @param now what "now" is for scheduled episodes: a hit never names an episode listeners cannot see then */
    Page<Hit> search(SearchQuery query, Instant now, PageRequest request);
}
