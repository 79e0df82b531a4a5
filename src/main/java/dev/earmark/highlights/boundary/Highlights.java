package dev.earmark.highlights.boundary;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Roles;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.transcripts.control.MediaFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The moments many listeners saved, as listeners see them (shown, of episodes they may see) and as curators see them
 * (hidden ones too, to show again). Nobody learns who saved a moment, only how many did. The catalogue's list is
 * read with a fixed number of queries; an episode's moments (at most {@link #PER_EPISODE}, the most saved) each read
 * their words with one more: read in
 * a batch (hint eclipselink.batch), EclipseLink 4.0.8 registered the words as objects of their own in the persistence
 * context and failed the commit on them (EclipseLink-69).
 */
@ApplicationScoped
@Transactional
public class Highlights {

    /** The most saved moments an episode's page and its API show: the words of each cost a query. */
    public static final int PER_EPISODE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueRevision revision;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * The highlight with this share code, if it is one now (enough listeners, not hidden by a curator) and its
     * episode is visible to listeners now.
     */
    public Optional<Highlight> findShared(String shareCode) {
        if (!ShareCodes.isValid(shareCode)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Highlight.FIND_SHARED, Highlight.class)
                .setParameter("shareCode", shareCode)
                .setParameter("minListeners", settings.highlightMinListeners())
                .setParameter("now", clock.instant())
                .getResultStream()
                .peek(highlight -> highlight.getExcerpt().size())
                .findFirst();
    }

    /** Whether any highlight holds the code, hidden, retired or not yet visible ones too (they may be shown again). */
    public boolean holdsShareCode(String shareCode) {
        return em.createNamedQuery(Highlight.COUNT_BY_SHARE_CODE, Long.class)
                .setParameter("shareCode", shareCode)
                .getSingleResult() > 0;
    }

    /**
     * The moments of an episode the caller has already found visible (its page), the {@link #PER_EPISODE} most saved,
     * most saved first, with their words.
     *
     * @param hiddenToo whether those a curator hid are listed too (for curators, to show them again)
     */
    public List<Highlight> ofEpisode(long episodeId, boolean hiddenToo) {
        List<Highlight> moments = currentOf(episodeId, hiddenToo);
        moments.forEach(moment -> moment.getExcerpt().size());
        return moments;
    }

    /**
     * The {@link #PER_EPISODE} most saved shown moments of an episode listeners may see (the widget's marks).
     *
     * @throws dev.earmark.catalogue.boundary.EpisodeNotFoundException when listeners may not see the episode
     */
    public List<Highlight> ofListenersEpisode(long episodeId) {
        catalogue.getEpisode(episodeId);
        return currentOf(episodeId, false);
    }

    /**
     * The moments listeners see of each of a show's visible episodes, by episode id, at most {@code perEpisode} of
     * each, the most saved first, without their words: one query for the whole show (its feed's soundbites).
     */
    public Map<Long, List<Highlight>> shownOfShow(Show show, int perEpisode) {
        return em.createNamedQuery(Highlight.FIND_SHOWN_BY_SHOW, Object[].class)
                .setParameter("show", show)
                .setParameter("minListeners", settings.highlightMinListeners())
                .setParameter("now", clock.instant())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (Highlight) row[1],
                        Collectors.collectingAndThen(Collectors.toList(),
                                moments -> moments.subList(0, Math.min(perEpisode, moments.size()))))));
    }

    /** The catalogue's moments now, most saved first, with their episodes and shows (not their words). */
    public Page<Highlight> current(HighlightFilter filter, PageRequest page, boolean hiddenToo) {
        long total = filtered(em.createNamedQuery(Highlight.COUNT_CURRENT, Long.class), filter, hiddenToo)
                .getSingleResult();
        List<Highlight> items = total == 0 ? List.of()
                : filtered(em.createNamedQuery(Highlight.FIND_CURRENT, Highlight.class), filter, hiddenToo)
                        .setFirstResult(page.firstResult())
                        .setMaxResults(page.size())
                        .getResultList();
        return Page.of(items, page, total);
    }

    /** The shows with moments listeners see now, by title: what the Highlights page filters by. */
    public List<Show> shows() {
        return em.createNamedQuery(Highlight.FIND_SHOWS, Show.class)
                .setParameter("now", clock.instant())
                .setParameter("minListeners", settings.highlightMinListeners())
                .getResultList();
    }

    /** A curator hides a moment from listeners; it stays hidden whenever it is made again. */
    public Highlight hide(long id) {
        Highlight highlight = curated(id);
        if (!highlight.isHidden()) {
            highlight.hide(security.getCallerPrincipal().getName(), clock.instant());
            changed(highlight, AuditAction.HIGHLIGHT_HIDDEN);
        }
        return highlight;
    }

    /** A curator shows a hidden moment again. */
    public Highlight show(long id) {
        Highlight highlight = curated(id);
        if (highlight.isHidden()) {
            highlight.show();
            changed(highlight, AuditAction.HIGHLIGHT_SHOWN);
        }
        return highlight;
    }

    private Highlight curated(long id) {
        if (!security.isCallerInRole(Roles.ADMIN) && !security.isCallerInRole(Roles.EDITOR)) {
            throw new NotPermittedException("highlights.error.curatorsOnly");
        }
        Highlight highlight = em.find(Highlight.class, id);
        if (highlight == null) {
            throw new HighlightNotFoundException(id);
        }
        return highlight;
    }

    /** In the episode's history, so that its editor shows who hid which moment: its range and share code. */
    private void changed(Highlight highlight, AuditAction action) {
        audit.record(action, AuditSubject.EPISODE, highlight.getEpisode().getId(),
                MediaFragment.range(highlight.getStartMillis(), highlight.getEndMillis()) + " " + highlight.getShareCode());
        em.flush();
        revision.bump();
    }

    private List<Highlight> currentOf(long episodeId, boolean hiddenToo) {
        return em.createNamedQuery(Highlight.FIND_CURRENT_BY_EPISODE, Highlight.class)
                .setMaxResults(PER_EPISODE)
                .setParameter("episodeId", episodeId)
                .setParameter("hiddenToo", hiddenToo ? 1 : 0)
                .setParameter("minListeners", settings.highlightMinListeners())
                .getResultList();
    }

    private <T> TypedQuery<T> filtered(TypedQuery<T> query, HighlightFilter filter, boolean hiddenToo) {
        return query.setParameter("since", filter.period().since(clock.instant()))
                .setParameter("showId", filter.showId() == null ? 0L : filter.showId())
                .setParameter("hiddenToo", hiddenToo ? 1 : 0)
                .setParameter("minListeners", settings.highlightMinListeners())
                .setParameter("now", clock.instant());
    }
}
