package dev.earmark.search.boundary;

import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.search.control.Highlights;
import dev.earmark.search.control.Hit;
import dev.earmark.search.control.PostgresQuery;
import dev.earmark.search.control.SearchEngine;
import dev.earmark.search.control.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Search on PostgreSQL's own full text (migrations V10 and V13 in db/vendor/postgresql): the tsvector columns the
 * database keeps, their GIN indexes, {@code ts_rank_cd} within a tier and {@code ts_headline} for the passages shown,
 * in one statement. Native SQL of its own rather than named queries on the catalogue's entities: it reads columns that
 * only this feature's migration adds and that no entity maps.
 */
// Typed: the engine in use is SearchEngines' to choose; as a SearchEngine each would be ambiguous.
@ApplicationScoped
@Typed(PostgresSearch.class)
public class PostgresSearch implements SearchEngine {

    private static final String VISIBLE = "(e.status IN ('PUBLISHED', 'ARCHIVED') OR (e.status = 'SCHEDULED' AND e.published_at <= ?1))";

    /**
     * ?1 now, ?2 limit, ?3 offset, ?4 the headline options; the query's words from ?5 on. Each kind is cut at
     * {@link SearchEngine#CANDIDATES} matches before ranking, the first that PostgreSQL finds (an arbitrary choice
     * when there are more), and the shown passages are made for the page's rows only.
     * <p>
     * The tsquery expression ({@code %1$s}) stands in every condition itself, not in a common table expression: only so
     * does the planner see the words and know from the statistics how often they occur. A word said in most episodes
     * is then found by reading the table until enough rows match (5–15 ms for one in 5 % of the cues), where the GIN
     * index first lists every row that has it (10–15 ms for those 55,000 cues, 50–120 ms as a prefix); a rarer word by
     * the index.
     */
    private static final String SEARCH = """
            WITH hits AS (
                (SELECT CASE WHEN s.search_title @@ (%1$s) THEN 0 ELSE 1 END AS tier, 'SHOW' AS kind, s.id AS id,
                        0 AS start_ms, FALSE AS timed, ts_rank_cd(s.search_all, (%1$s)) AS rank, 0 AS transcript_id,
                        0 AS position
                   FROM podcast_show s WHERE s.search_all @@ (%1$s) LIMIT %2$d)
                UNION ALL
                (SELECT CASE WHEN e.search_title @@ (%1$s) THEN 0 ELSE 1 END, 'EPISODE', e.id, 0, FALSE,
                        ts_rank_cd(e.search_all, (%1$s)), 0, 0
                   FROM episode e WHERE e.search_all @@ (%1$s) AND %3$s LIMIT %2$d)
                UNION ALL
                (SELECT 2, 'PASSAGE', e.id, c.start_ms, t.timed, ts_rank_cd(c.search_text, (%1$s)), c.transcript_id,
                        c.position
                   FROM transcript_cue c JOIN transcript t ON t.id = c.transcript_id JOIN episode e ON e.id = t.episode_id
                  WHERE c.search_text @@ (%1$s) AND %3$s LIMIT %2$d)
            ),
            page AS (
                SELECT hits.*, count(*) OVER () AS total FROM hits
                 ORDER BY tier, rank DESC, kind DESC, id, start_ms LIMIT ?2 OFFSET ?3
            )
            SELECT page.kind, page.id, page.start_ms, page.timed, page.total, ts_headline('english', CASE page.kind
                       WHEN 'SHOW' THEN (SELECT coalesce(s.description, '') FROM podcast_show s WHERE s.id = page.id)
                       WHEN 'EPISODE' THEN (SELECT trim(coalesce(e.summary, '') || ' '
                               || earmark_plain_text(e.description) || ' ' || coalesce(
                               (SELECT string_agg(c.title, ' · ' ORDER BY c.start_ms) FROM chapter c WHERE c.episode_id = e.id), ''))
                           FROM episode e WHERE e.id = page.id)
                       ELSE (SELECT string_agg(c.text, ' ' ORDER BY c.position) FROM transcript_cue c
                              WHERE c.transcript_id = page.transcript_id AND c.position BETWEEN page.position - 1 AND page.position + 1)
                   END, (%1$s), ?4)
              FROM page
             ORDER BY page.tier, page.rank DESC, page.kind DESC, page.id, page.start_ms
            """;

    /**
     * Plans made for the words of each search. The statement's text is the same for every search of its shape, so the
     * JDBC driver prepares it on the server after a few uses, and PostgreSQL may then switch to one plan for any words
     * (a generic plan), blind to how often they occur. Local to the transaction: other statements are left alone.
     */
    private static final String CUSTOM_PLANS = "SELECT set_config('plan_cache_mode', 'force_custom_plan', true)";

    private static final String HEADLINE = "StartSel=" + Highlights.START + ", StopSel=" + Highlights.STOP
            + ", MaxWords=" + Highlights.MAX_WORDS + ", MinWords=" + Highlights.MAX_WORDS / 2;

    @PersistenceContext
    EntityManager em;

    @Override
    public Page<Hit> search(SearchQuery query, Instant now, PageRequest request) {
        if (!query.isSearchable()) {
            return Page.of(List.of(), request, 0);
        }
        PostgresQuery tsquery = PostgresQuery.of(query, 5);
        em.createNativeQuery(CUSTOM_PLANS).getSingleResult();
        Query sql = em.createNativeQuery(SEARCH.formatted(tsquery.expression(), CANDIDATES, VISIBLE))
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, request.size())
                .setParameter(3, request.firstResult())
                .setParameter(4, HEADLINE);
        for (int at = 0; at < tsquery.parameters().size(); at++) {
            sql.setParameter(5 + at, tsquery.parameters().get(at));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        long total = rows.isEmpty() ? countBeyond(query, now, request) : ((Number) rows.get(0)[4]).longValue();
        List<Hit> hits = rows.stream().map(row -> new Hit(Hit.Kind.valueOf((String) row[0]),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), Boolean.TRUE.equals(row[3]),
                Highlights.fromMarks((String) row[5]))).toList();
        return Page.of(hits, request, total);
    }

    /** A page past the last has no row to carry the count: the first page tells it. */
    private long countBeyond(SearchQuery query, Instant now, PageRequest request) {
        return request.page() == 1 ? 0 : search(query, now, new PageRequest(1, 1)).totalItems();
    }
}
