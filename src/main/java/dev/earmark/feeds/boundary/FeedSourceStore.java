package dev.earmark.feeds.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.control.Validators;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The followed feeds as stored, each change in a transaction of its own: a refresh claims its source, fetches and
 * imports outside any transaction of this, and records the outcome, so that no transaction waits on the network.
 */
@ApplicationScoped
@Transactional
public class FeedSourceStore {

    /** How long a claim holds: a fetch takes a minute at most, an import of a large feed some more. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    public List<FeedSource> all() {
        return em.createNamedQuery(FeedSource.FIND_ALL, FeedSource.class).getResultList();
    }

    public Optional<FeedSource> findByShow(long showId) {
        return em.createNamedQuery(FeedSource.FIND_BY_SHOW, FeedSource.class).setParameter("showId", showId)
                .getResultStream().findFirst();
    }

    public Optional<FeedSource> findByUrl(String url) {
        return em.createNamedQuery(FeedSource.FIND_BY_URL, FeedSource.class).setParameter("url", url)
                .getResultStream().findFirst();
    }

    public FeedSource getByShow(long showId) {
        return findByShow(showId).orElseThrow(() -> new FeedSourceNotFoundException(showId));
    }

    /** Records that the show was imported from the address just now: followed from then on, at the interval given. */
    public FeedSource followed(String showSlug, String url, boolean copyAudio, RefreshInterval interval, Validators validators,
            ImportReport report) {
        Show show = catalogue.getShow(showSlug);
        FeedSource source = findByShow(show.getId()).orElseGet(() -> {
            FeedSource created = new FeedSource(show, url, copyAudio, interval, clock.instant());
            em.persist(created);
            return created;
        });
        source.follow(url, copyAudio);
        source.changeInterval(interval, clock.instant());
        imported(source, validators, report);
        return source;
    }

    /** The due sources no server has claimed, the longest waiting first. */
    public List<Long> dueIds(int most) {
        return em.createNamedQuery(FeedSource.FIND_DUE_IDS, Long.class).setParameter("now", clock.instant())
                .setMaxResults(most).getResultList();
    }

    /** Whether this server now refreshes the source under {@code claim}; false when another server has it. */
    public boolean claim(long sourceId, String claim) {
        return em.createNamedQuery(FeedSource.CLAIM).setParameter("id", sourceId).setParameter("claim", claim)
                .setParameter("now", clock.instant()).setParameter("until", clock.instant().plus(LEASE))
                .executeUpdate() == 1;
    }

    /** The source as claimed; empty when it went meanwhile or another server took it over. */
    public Optional<FeedSource> claimed(long sourceId, String claim) {
        return Optional.ofNullable(em.find(FeedSource.class, sourceId)).filter(source -> claim.equals(source.getClaimedBy()))
                .map(source -> {
                    source.getShow().getSlug();
                    return source;
                });
    }

    public void release(long sourceId, String claim) {
        em.createNamedQuery(FeedSource.RELEASE).setParameter("id", sourceId).setParameter("claim", claim).executeUpdate();
    }

    public void refreshed(long sourceId, String claim, Validators validators, ImportReport report) {
        claimed(sourceId, claim).ifPresent(source -> imported(source, validators, report));
    }

    public void notModified(long sourceId, String claim, Validators validators) {
        claimed(sourceId, claim).ifPresent(source -> source.notModified(clock.instant(), validators.entityTag(),
                validators.lastModified()));
    }

    public void failed(long sourceId, String claim, String key, Object... arguments) {
        claimed(sourceId, claim).ifPresent(source -> source.failed(clock.instant(), key, arguments));
    }

    public void changeInterval(long showId, RefreshInterval interval) {
        getByShow(showId).changeInterval(interval, clock.instant());
    }

    /** The show stays as it is; only its feed is no longer followed. */
    public void stopFollowing(long showId) {
        findByShow(showId).ifPresent(em::remove);
    }

    private void imported(FeedSource source, Validators validators, ImportReport report) {
        source.imported(clock.instant(), validators.entityTag(), validators.lastModified(),
                (int) report.count(ItemOutcome.ADDED), (int) report.count(ItemOutcome.UPDATED),
                (int) report.count(ItemOutcome.UNCHANGED), (int) report.count(ItemOutcome.SKIPPED));
    }
}
