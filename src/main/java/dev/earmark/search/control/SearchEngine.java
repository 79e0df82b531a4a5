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

    /**
     * How many matches of each tier or kind an engine ranks and counts at most. A word said in most episodes matches
     * hundreds of thousands of cues; ranking and counting them all took PostgreSQL seconds and Lucene tens of
     * milliseconds on 10,000 episodes. Such a word tells little, and nobody pages past twenty pages of hits. Finding
     * the matches is most of a common word's cost on PostgreSQL, about in proportion to how many: 1,000 took it 1.6–1.9
     * times as long as 200 (docs/performance.md). A total of this many or more may be cut, so it is shown as
     * "at least".
     */
    int CANDIDATES = 200;

    /** @param now what "now" is for scheduled episodes: a hit never names an episode listeners cannot see then */
    Page<Hit> search(SearchQuery query, Instant now, PageRequest request);
}
