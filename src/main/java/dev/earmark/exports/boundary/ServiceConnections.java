package dev.earmark.exports.boundary;

import dev.earmark.exports.control.ExportFailure;
import dev.earmark.exports.control.ServiceClients;
import dev.earmark.exports.control.TokenCipher;
import dev.earmark.exports.entity.ExportService;
import dev.earmark.exports.entity.NotionPage;
import dev.earmark.exports.entity.SentSnip;
import dev.earmark.exports.entity.ServiceConnection;
import dev.earmark.exports.entity.SyncState;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.Settings;
import dev.earmark.snips.boundary.SnipFilter;
import dev.earmark.snips.boundary.Snips;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Listeners' connections to Readwise and Notion, each listener's their own: stored with the token encrypted, the syncs
 * queued and claimed by one server at a time (a guarded update; a lease that a server renews while it sends, so the
 * sync of a server that died is taken over), what each sync sent, and the Notion pages made per episode.
 */
@ApplicationScoped
@Transactional
public class ServiceConnections {

    /**
     * How long a claim holds without renewal; a sync renews it with each batch or page it sends, and every minute while
     * it writes one (ServiceExchange.Lease).
     */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** How long after a snip changed automatic syncs still look at it: its summary may come later. */
    static final Duration SETTLING = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClients clients;

    @Inject
    Clock clock;

    @Inject
    Snips snips;

    @Inject
    Settings settings;

    @Inject
    Event<SyncRequested> syncRequested;

    /** Whether listeners can connect: the server has a usable key for their tokens. */
    public boolean available() {
        return clients.cipher().isPresent();
    }

    /** The listener's connections, by service. */
    public List<ServiceConnection> own(String listener) {
        return em.createNamedQuery(ServiceConnection.FIND_BY_LISTENER, ServiceConnection.class)
                .setParameter("listener", listener).getResultList();
    }

    public Optional<ServiceConnection> findOwn(String listener, ExportService service) {
        return em.createNamedQuery(ServiceConnection.FIND_BY_LISTENER_AND_SERVICE, ServiceConnection.class)
                .setParameter("listener", listener).setParameter("service", service)
                .getResultStream().findFirst();
    }

    /**
     * Stores the checked token, encrypted, in place of any connection the listener had to the service (a new token may
     * be another account's: what was sent before is forgotten).
     *
     * @throws NotPermittedException {@code exports.error.noKey} when the server has no key to encrypt it with
     */
    public ServiceConnection connect(String listener, CheckedToken checked, BaseUrl base) {
        TokenCipher cipher = clients.cipher().orElseThrow(() -> new NotPermittedException("exports.error.noKey"));
        findOwn(listener, checked.service()).ifPresent(this::remove);
        em.flush();
        ServiceConnection connection = new ServiceConnection(listener, checked.service(),
                cipher.encrypt(checked.token(), owner(listener, checked.service())), checked.parentPageId(),
                baseOf(base), clock.instant());
        em.persist(connection);
        return connection;
    }

    /** Deletes the token and what was sent with it; Notion's pages stay known (connected again, they are found again). */
    public void disconnect(String listener, ExportService service) {
        findOwn(listener, service).ifPresent(this::remove);
    }

    public void setAutoSync(String listener, ExportService service, boolean on) {
        getOwn(listener, service).setAutoSync(on);
    }

    /**
     * Queues a sync of the snips the filter picks; one waiting is replaced.
     *
     * @throws InvalidParameterException {@code exports.error.syncRunning} while a server sends this connection's snips
     */
    public void queue(String listener, ExportService service, SnipFilter filter) {
        ServiceConnection connection = getOwn(listener, service);
        if (connection.getSyncState() == SyncState.RUNNING) {
            throw new InvalidParameterException("exports.error.syncRunning");
        }
        connection.queue(filter.showId(), filter.episodeId(), filter.tag(), filter.text(), clock.instant());
        syncRequested.fire(new SyncRequested(connection.getId()));
    }

    /**
     * Queues a sync of all their snips for each connection with automatic sync that is due ({@link
     * ServiceConnection#FIND_AUTOMATIC_DUE}) and has something to send: never synced, the last sync failed, or the
     * listener changed a snip since it was queued. A snip's summary may come minutes after the snip was sent (and
     * changes no time of the snip's): a snip changed within the last {@link #SETTLING} is looked at again for it (the
     * hashes make that send only what differs).
     *
     * @return how many were queued
     */
    public int queueAutomatic() {
        Instant now = clock.instant();
        int queued = 0;
        for (ServiceConnection connection : em.createNamedQuery(ServiceConnection.FIND_AUTOMATIC_DUE, ServiceConnection.class)
                .setParameter("tokenFailures", ExportFailure.TOKEN_FAILURES).setParameter("now", now).getResultList()) {
            if (connection.getQueuedAt() == null || connection.getFailureKey() != null
                    || snips.changedSince(connection.getListener(), earlier(connection.getQueuedAt(), now.minus(SETTLING)))) {
                queued += em.createNamedQuery(ServiceConnection.QUEUE_AUTOMATIC).setParameter("id", connection.getId())
                        .setParameter("now", now).executeUpdate();
            }
        }
        return queued;
    }

    /** The first few syncs that wait, oldest first: a server claims no more than it has threads for at once. */
    public List<Long> claimableIds(int most) {
        return em.createNamedQuery(ServiceConnection.FIND_CLAIMABLE_IDS, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(most).getResultList();
    }

    /** Whether this server now runs the sync under {@code claim}; false when another server was first. */
    public boolean claim(long connectionId, String claim) {
        return em.createNamedQuery(ServiceConnection.CLAIM).setParameter("id", connectionId).setParameter("claim", claim)
                .setParameter("now", clock.instant()).setParameter("leaseUntil", clock.instant().plus(LEASE))
                .executeUpdate() == 1;
    }

    /**
     * The sync as claimed, with the token decrypted; empty when the connection went meanwhile. Its links are below the
     * server's configured base, else where the listener reached Earmark when they connected.
     */
    public Optional<ClaimedSync> claimed(long connectionId, String claim) {
        return Optional.ofNullable(em.find(ServiceConnection.class, connectionId))
                .filter(connection -> claim.equals(connection.getClaimedBy()))
                .map(connection -> new ClaimedSync(connectionId, claim, connection.getListener(), connection.getService(),
                        clients.cipher().flatMap(cipher -> cipher.decrypt(connection.getToken(),
                                owner(connection.getListener(), connection.getService()))),
                        connection.getParentPageId(),
                        new SnipFilter(connection.getSyncShowId(), connection.getSyncEpisodeId(), connection.getSyncTag(),
                                connection.getSyncText()),
                        BaseUrl.of(settings.baseUrl().orElse(URI.create(connection.getBaseUrl())))));
    }

    /** @return whether the sync still runs under the claim (a server that lost it stops) */
    public boolean progress(ClaimedSync sync, int done, int total) {
        return em.createNamedQuery(ServiceConnection.REPORT_PROGRESS).setParameter("id", sync.connectionId())
                .setParameter("claim", sync.claim()).setParameter("done", done).setParameter("total", total)
                .setParameter("leaseUntil", clock.instant().plus(LEASE)).executeUpdate() == 1;
    }

    /** @return whether the sync still runs under its claim, which now holds for another {@link #LEASE} */
    public boolean renew(ClaimedSync sync) {
        return em.createNamedQuery(ServiceConnection.RENEW_LEASE).setParameter("id", sync.connectionId())
                .setParameter("claim", sync.claim()).setParameter("leaseUntil", clock.instant().plus(LEASE))
                .executeUpdate() == 1;
    }

    public void finish(ClaimedSync sync, SyncResult result) {
        finish(sync.connectionId(), sync.claim(), result);
    }

    /**
     * Ends a sync that failed in a way no service explains ({@code exports.failure.unexpected}): what it sent so far
     * is recorded, the rest counts as failed and waits for the next sync.
     */
    public void failUnexpectedly(long connectionId, String claim) {
        Optional.ofNullable(em.find(ServiceConnection.class, connectionId))
                .filter(connection -> claim.equals(connection.getClaimedBy()))
                .ifPresent(connection -> finish(connectionId, claim, SyncResult.stopped(connection.getSyncDone(), 0,
                        connection.getSyncTotal() - connection.getSyncDone(),
                        new ExportFailure("exports.failure.unexpected", connection.getService().name(), ""))));
    }

    private void finish(long connectionId, String claim, SyncResult result) {
        em.createNamedQuery(ServiceConnection.FINISH).setParameter("id", connectionId)
                .setParameter("claim", claim).setParameter("now", clock.instant())
                .setParameter("sent", result.sent()).setParameter("unchanged", result.unchanged())
                .setParameter("failed", result.failed())
                .setParameter("failureKey", result.failure().map(failure -> failure.messageKey()).orElse(null))
                .setParameter("failureDetail", result.failure().map(failure -> cut(failure.detail())).orElse(null))
                .setParameter("notBefore", result.failure().flatMap(ExportFailure::retryAfter)
                        .map(clock.instant()::plus).orElse(null))
                .executeUpdate();
    }

    /** What the connection sent of each snip, by snip. */
    public Map<Long, SentSnip> sent(long connectionId) {
        return em.createNamedQuery(SentSnip.FIND_BY_CONNECTION, SentSnip.class).setParameter("connectionId", connectionId)
                .getResultStream().collect(Collectors.toMap(SentSnip::getSnipId, row -> row));
    }

    /** The hash of what the connection sent of each snip, by snip. */
    public Map<Long, String> sentHashes(long connectionId) {
        return sent(connectionId).values().stream().collect(Collectors.toMap(SentSnip::getSnipId, SentSnip::getContentHash));
    }

    /**
     * Records what was just sent, over what was sent of the same snips before; only while the sync runs under its claim
     * (renewed by the same update, whose row lock keeps another server's claim out until this is recorded).
     *
     * @return false when another server took the sync over: nothing is recorded, and the sync stops
     */
    public boolean recordSent(ClaimedSync sync, Collection<SentContent> sent) {
        if (!renew(sync)) {
            return false;
        }
        long connectionId = sync.connectionId();
        Map<Long, SentSnip> before = sent(connectionId);
        for (SentContent content : sent) {
            SentSnip row = before.get(content.snipId());
            if (row == null) {
                em.persist(new SentSnip(connectionId, content.snipId(), content.episodeId(), content.hash(),
                        content.remoteId(), clock.instant()));
            } else {
                row.sentAgain(content.hash(), content.remoteId(), clock.instant());
            }
        }
        return true;
    }

    /**
     * An episode's Notion page was written again: it holds exactly these snips now. Recorded only under the claim, as
     * {@link #recordSent}.
     *
     * @return false when another server took the sync over
     */
    public boolean replaceEpisode(ClaimedSync sync, long episodeId, Collection<SentContent> sent) {
        if (!renew(sync)) {
            return false;
        }
        long connectionId = sync.connectionId();
        em.createNamedQuery(SentSnip.DELETE_BY_EPISODE).setParameter("connectionId", connectionId)
                .setParameter("episodeId", episodeId).executeUpdate();
        sent.forEach(content -> em.persist(new SentSnip(connectionId, content.snipId(), episodeId, content.hash(), null,
                clock.instant())));
        return true;
    }

    public Optional<String> findNotionPage(String listener, long episodeId) {
        return notionPage(listener, episodeId).map(NotionPage::getPageId);
    }

    public void rememberNotionPage(String listener, long episodeId, String pageId) {
        notionPage(listener, episodeId).ifPresentOrElse(page -> page.madeAgain(pageId),
                () -> em.persist(new NotionPage(listener, episodeId, pageId)));
    }

    private Optional<NotionPage> notionPage(String listener, long episodeId) {
        return em.createNamedQuery(NotionPage.FIND_BY_LISTENER_AND_EPISODE, NotionPage.class)
                .setParameter("listener", listener).setParameter("episodeId", episodeId).getResultStream().findFirst();
    }

    private ServiceConnection getOwn(String listener, ExportService service) {
        return findOwn(listener, service).orElseThrow(() -> new InvalidParameterException("exports.error.notConnected"));
    }

    private void remove(ServiceConnection connection) {
        em.createNamedQuery(SentSnip.DELETE_BY_CONNECTION).setParameter("connectionId", connection.getId()).executeUpdate();
        em.remove(connection);
    }

    /** The token is sealed to its owner and service: copied to another row, it does not decrypt. */
    private static String owner(String listener, ExportService service) {
        return listener + "\n" + service;
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static String baseOf(BaseUrl base) {
        return base.origin() + base.basePath();
    }

    private static String cut(String detail) {
        return detail.length() > ServiceConnection.FAILURE_DETAIL_MAX
                ? detail.substring(0, ServiceConnection.FAILURE_DETAIL_MAX - 1) + "…" : detail;
    }
}
