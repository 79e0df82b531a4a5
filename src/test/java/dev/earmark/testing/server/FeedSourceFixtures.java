package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Only in tests: followed feeds as a first import would have left them, without importing, and a look at them. */
@ApplicationScoped
@Transactional
public class FeedSourceFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The show followed from the address, as imported just now with these validators. */
    public long follow(Show show, String url, String entityTag, RefreshInterval interval) {
        FeedSource source = new FeedSource(em.find(Show.class, show.getId()), url, false, interval, clock.instant());
        source.notModified(clock.instant(), entityTag, null);
        em.persist(source);
        return source.getId();
    }

    public FeedSource get(long sourceId) {
        FeedSource source = em.find(FeedSource.class, sourceId);
        em.refresh(source);
        return source;
    }

    public List<String> urls() {
        return em.createQuery("SELECT f.url FROM FeedSource f", String.class).getResultList();
    }

    public void forget(long sourceId) {
        FeedSource source = em.find(FeedSource.class, sourceId);
        if (source != null) {
            em.remove(source);
        }
    }
}
