package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Episode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;
import java.util.List;

/** Looks at what JPA loaded inside one transaction, which a test outside it cannot see. */
@ApplicationScoped
@Transactional
public class PersistenceProbe {

    @PersistenceContext
    EntityManager em;

    public record Loading(boolean beforeAccess, boolean afterAccess) {
    }

    public Loading showLoadingOf(long episodeId) {
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        em.getEntityManagerFactory().getCache().evictAll();
        Episode episode = em.find(Episode.class, episodeId);
        boolean before = util.isLoaded(episode, "show");
        episode.getShow().getTitle();
        return new Loading(before, util.isLoaded(episode, "show"));
    }

    public Episode loadWithChapters(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        episode.getChapters().size();
        return episode;
    }

    @SuppressWarnings("unchecked")
    public List<String> appliedMigrations() {
        return em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .getResultList();
    }
}
