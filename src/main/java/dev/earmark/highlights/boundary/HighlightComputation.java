package dev.earmark.highlights.boundary;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.highlights.control.Clustering;
import dev.earmark.highlights.control.Moment;
import dev.earmark.highlights.control.MomentMatching;
import dev.earmark.highlights.control.MomentMatching.Match;
import dev.earmark.highlights.control.SavedRange;
import dev.earmark.highlights.control.StoredMoment;
import dev.earmark.highlights.entity.ClusteringState;
import dev.earmark.highlights.entity.Highlight;
import dev.earmark.highlights.entity.HighlightDue;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.snips.control.FallbackTitle;
import dev.earmark.snips.control.SnipRange;
import dev.earmark.snips.entity.Snip;
import dev.earmark.summaries.control.ExtractiveSummariser;
import dev.earmark.summaries.control.Summary;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes an episode's moments again from its snips, each episode in a transaction of its own. It is idempotent: the
 * same snips and transcript give the same stored moments, so it may run as often as anything changes, and on two
 * servers at once: each first locks the episode's row, so that the second waits and then reads what the first
 * committed (its snips' query runs after the lock is granted, so it sees every snip committed before). Only when what
 * listeners see changes does it bump the catalogue's revision, last, as every save does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HighlightComputation {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    /** How long to wait for another server making the same episode's moments: far longer than making them takes. */
    private static final int LOCK_WAIT_MILLIS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    CatalogueRevision revision;

    @Inject
    Clock clock;

    @Inject
    Highlights highlights;

    /**
     * @return whether what listeners see of the episode's moments changed
     * @throws jakarta.persistence.PersistenceException when another server held the episode's lock too long: the
     *                                                  changes stay due, and are made again later
     */
    public boolean recompute(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId, LockModeType.PESSIMISTIC_WRITE,
                Map.of(LOCK_TIMEOUT, LOCK_WAIT_MILLIS));
        if (episode == null) {
            return false;
        }
        // Read under the lock: every change committed before is made now; one committed later stays due.
        List<Long> due = em.createNamedQuery(HighlightDue.FIND_IDS_BY_EPISODE, Long.class)
                .setParameter("episodeId", episodeId)
                .getResultList();
        List<SavedRange> ranges = em.createNamedQuery(Snip.FIND_RANGES_BY_EPISODE, Object[].class)
                .setParameter("episodeId", episodeId)
                .getResultStream()
                .map(row -> new SavedRange((String) row[0], (Long) row[1], (Long) row[2], (Instant) row[3]))
                .toList();
        List<Cue> cues = transcripts.findByEpisode(episodeId)
                .map(EpisodeTranscript::toTranscript)
                .filter(Transcript::timed)
                .map(Transcript::cues)
                .orElse(List.of());
        List<Moment> moments = Clustering.moments(ranges, settings.highlightMinListeners(), cues);
        List<Highlight> stored = em.createNamedQuery(Highlight.FIND_BY_EPISODE, Highlight.class)
                .setParameter("episodeId", episodeId)
                .getResultList();
        Map<Long, Highlight> byId = stored.stream().collect(Collectors.toMap(Highlight::getId, Function.identity()));
        List<Match> matches = MomentMatching.match(moments, stored.stream()
                .map(highlight -> new StoredMoment(highlight.getId(), highlight.getStartMillis(), highlight.getEndMillis(),
                        highlight.isRetired(), highlight.isHidden()))
                .toList());
        boolean seenChanged = false;
        Set<Long> continued = new HashSet<>();
        for (Match match : matches) {
            Highlight highlight = Optional.ofNullable(match.storedId()).map(byId::get)
                    .orElseGet(() -> new Highlight(episode, ShareCodes.nextFree(this::isTaken)));
            boolean wasShown = highlight.getId() != null && highlight.isShown();
            boolean changed = describe(highlight, episode, match.moment(), cues);
            if (match.hiddenLike() != null && !highlight.isHidden()) {
                Highlight hidden = byId.get(match.hiddenLike());
                highlight.hide(hidden.getHiddenBy(), hidden.getHiddenAt());
                changed = true;
            }
            if (highlight.getId() == null) {
                em.persist(highlight);
            } else {
                continued.add(highlight.getId());
            }
            seenChanged |= changed && (wasShown || highlight.isShown());
        }
        Instant now = clock.instant();
        for (Highlight gone : stored) {
            if (!continued.contains(gone.getId()) && !gone.isRetired()) {
                seenChanged |= gone.isShown();
                gone.retire(now);
            }
        }
        if (!due.isEmpty()) {
            em.createNamedQuery(HighlightDue.DELETE_BY_IDS).setParameter("ids", due).executeUpdate();
        }
        if (seenChanged) {
            em.flush();
            revision.bump();
        }
        return seenChanged;
    }

    /** The episodes with changes not made for {@code age} or longer: the making failed, or the server stopped. */
    public List<Long> dueSince(Duration age) {
        return em.createNamedQuery(HighlightDue.FIND_EPISODES, Long.class)
                .setParameter("before", clock.instant().minus(age))
                .getResultList();
    }

    /** Whether a change of the episode's snips or transcript is not made yet. */
    public boolean isDue(long episodeId) {
        return !em.createNamedQuery(HighlightDue.FIND_IDS_BY_EPISODE, Long.class)
                .setParameter("episodeId", episodeId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Whether a highlight or a snip holds the code, retired or deleted ones too (they may come back): a moment's
     * address names one thing.
     */
    private boolean isTaken(String code) {
        return highlights.holdsShareCode(code)
                || !em.createNamedQuery(Snip.FIND_BY_SHARE_CODE, Snip.class).setParameter("shareCode", code)
                        .setMaxResults(1).getResultList().isEmpty();
    }

    /** The episodes whose moments a change of the clustering (or its setting) could change. */
    public List<Long> episodesToCluster() {
        return em.createNamedQuery(Highlight.FIND_EPISODES_TO_CLUSTER, Long.class).getResultList();
    }

    /** Whether the stored moments were made with the setting and clustering of this deployment. */
    public boolean madeAsNow() {
        return em.find(ClusteringState.class, ClusteringState.ID)
                .madeWith(settings.highlightMinListeners(), Clustering.METHOD);
    }

    /** Notes that the stored moments are made with this deployment's setting and clustering. */
    public void madeNow() {
        em.find(ClusteringState.class, ClusteringState.ID, LockModeType.PESSIMISTIC_WRITE)
                .made(settings.highlightMinListeners(), Clustering.METHOD);
    }

    /**
     * The moment's range, words, listeners and summary: the summary is made from its words alone, never from what a
     * listener wrote; without words it is named after its chapter, as a snip without words is.
     *
     * @return whether any of it changed
     */
    private static boolean describe(Highlight highlight, Episode episode, Moment moment, List<Cue> cues) {
        List<Cue> words = SnipRange.of(moment.startMillis(), moment.endMillis(), cues).excerpt();
        boolean changed = highlight.cover(moment.startMillis(), moment.endMillis(), words, moment.listeners(),
                moment.savedAt());
        if (!changed && !highlight.getTitle().isEmpty()) {
            return false;
        }
        Optional<Summary> summary = ExtractiveSummariser.summarise(words,
                Locale.forLanguageTag(episode.getShow().getLanguage()));
        String title = summary.map(Summary::title).orElseGet(() -> FallbackTitle.of(episode.getTitle(),
                episode.getChapters().stream().map(Chapter::toMark).toList(), moment.startMillis()));
        return highlight.summarise(title, summary.map(Summary::texts).orElse(List.of())) || changed;
    }
}
