package dev.earmark.search.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.search.control.Hit;
import dev.earmark.search.control.SearchEngine;
import dev.earmark.search.control.SearchQuery;
import dev.earmark.transcripts.control.MediaFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches what listeners may see now (the injected clock's time) and names the hits: titles and the pages to go to.
 * Hits come from the database's engine; their shows and episodes are read again here with the catalogue's
 * visibility, so that a hit the engine had of an episode no longer visible is left out.
 */
@ApplicationScoped
@Transactional
public class Search {

    private static final CatalogueLinks LINKS = new CatalogueLinks();

    @Inject
    SearchEngine engine;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public Page<SearchResult> search(String typed, PageRequest request) {
        Instant now = clock.instant();
        Page<Hit> hits = engine.search(SearchQuery.parse(typed), now, request);
        Set<Long> showIds = ids(hits, Hit.Kind.SHOW);
        Map<Long, Show> shows = showIds.isEmpty() ? Map.of() : byId(em.createNamedQuery(Show.FIND_BY_IDS, Show.class)
                .setParameter("ids", showIds), Show::getId);
        Set<Long> episodeIds = ids(hits, Hit.Kind.EPISODE, Hit.Kind.PASSAGE);
        Map<Long, Episode> episodes = episodeIds.isEmpty() ? Map.of()
                : byId(em.createNamedQuery(Episode.FIND_VISIBLE_WITH_SHOW_BY_IDS, Episode.class)
                        .setParameter("ids", episodeIds).setParameter("now", now), Episode::getId);
        List<SearchResult> results = hits.items().stream()
                .map(hit -> hit.kind() == Hit.Kind.SHOW ? show(hit, shows.get(hit.id())) : episode(hit, episodes.get(hit.id())))
                .filter(Objects::nonNull)
                .toList();
        return new Page<>(results, hits.page(), hits.size(), hits.totalItems(), hits.totalPages());
    }

    private static SearchResult show(Hit hit, Show show) {
        return show == null ? null
                : new SearchResult(hit.kind(), show.getTitle(), null, LINKS.show(show), null, hit.html());
    }

    private static SearchResult episode(Hit hit, Episode episode) {
        if (episode == null) {
            return null;
        }
        String page = LINKS.episode(episode);
        if (hit.kind() == Hit.Kind.EPISODE || !hit.seekable()) {
            return new SearchResult(hit.kind(), episode.getTitle(), episode.getShow().getTitle(), page, null, hit.html());
        }
        return new SearchResult(hit.kind(), episode.getTitle(), episode.getShow().getTitle(),
                page + MediaFragment.at(hit.startMillis()),
                hit.startMillis() / 1000.0, hit.html());
    }

    private static Set<Long> ids(Page<Hit> hits, Hit.Kind... kinds) {
        Set<Hit.Kind> wanted = Set.of(kinds);
        return hits.items().stream().filter(hit -> wanted.contains(hit.kind())).map(Hit::id).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(TypedQuery<T> query, Function<T, Long> id) {
        return query.getResultStream().collect(Collectors.toMap(id, Function.identity()));
    }
}
