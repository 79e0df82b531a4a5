package dev.earmark.snips.boundary;

import dev.earmark.platform.control.PageRequest;
import dev.earmark.snips.entity.Snip;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A listener's snips as a {@link SnipFilter} picks them. Not a named query: each filter left out is a condition left
 * out, where a named query would compare every parameter with null (which PostgreSQL cannot type).
 */
final class SnipQuery {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** The most words of a search within snips that are looked for; more only narrow what one has typed. */
    private static final int MAX_WORDS = 8;
    private static final String BATCH = "eclipselink.batch";

    private final StringBuilder where = new StringBuilder("s.listener = :listener AND s.deletedAt IS NULL");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SnipQuery(String listener, SnipFilter filter) {
        parameters.put("listener", listener);
        if (filter.showId() != null) {
            where.append(" AND s.episode.show.id = :showId");
            parameters.put("showId", filter.showId());
        }
        if (filter.episodeId() != null) {
            where.append(" AND s.episode.id = :episodeId");
            parameters.put("episodeId", filter.episodeId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" AND :tag MEMBER OF s.tags");
            parameters.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null) {
            String[] words = WHITESPACE.split(filter.text().strip().toLowerCase(Locale.ROOT));
            Arrays.stream(words).filter(word -> !word.isEmpty()).limit(MAX_WORDS).forEach(word -> {
                String name = "word" + parameters.size();
                where.append(" AND s.searchText LIKE :").append(name).append(" ESCAPE '\\'");
                parameters.put(name, "%" + escapeLike(word) + "%");
            });
        }
    }

    long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM Snip s WHERE " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    List<Snip> page(EntityManager em, PageRequest page) {
        TypedQuery<Snip> query = em.createQuery(
                "SELECT s FROM Snip s WHERE " + where + " ORDER BY s.createdAt DESC, s.id DESC", Snip.class);
        parameters.forEach(query::setParameter);
        return withParts(query)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultList();
    }

    List<Snip> all(EntityManager em) {
        TypedQuery<Snip> query = em.createQuery("SELECT s FROM Snip s WHERE " + where
                + " ORDER BY s.episode.publishedAt, s.episode.id, s.startMillis, s.id", Snip.class);
        parameters.forEach(query::setParameter);
        List<Snip> all = withParts(query).setHint("eclipselink.batch.type", "EXISTS").getResultList();
        all.forEach(SnipQuery::readParts);
        return all;
    }

    /**
     * Reads what a caller uses of a snip now, so that an export written afterwards meets no database; batched by
     * EXISTS, one query per part whatever the count (IN would take one per 256 snips).
     */
    private static void readParts(Snip snip) {
        snip.getExcerpt();
        snip.getTags();
        snip.getEpisode().getShow().getTitle();
    }

    /** Reads the snips' words, tags, episodes and shows with one query each for all of them. */
    static TypedQuery<Snip> withParts(TypedQuery<Snip> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint(BATCH, "s.excerpt")
                .setHint(BATCH, "s.tags")
                .setHint(BATCH, "s.episode")
                .setHint(BATCH, "s.episode.show")
                .setHint(BATCH, "s.episode.audioFile");
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
