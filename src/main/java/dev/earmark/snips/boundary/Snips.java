package dev.earmark.snips.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.DatabaseErrors;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.platform.control.TooManyRequestsException;
import dev.earmark.summaries.control.ExtractiveSummariser;
import dev.earmark.snips.control.FallbackTitle;
import dev.earmark.snips.control.SnipNotes;
import dev.earmark.snips.control.SnipRange;
import dev.earmark.snips.control.SnipTags;
import dev.earmark.summaries.control.Summary;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.transcripts.boundary.EpisodeTranscripts;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.Transcript;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The moments listeners saved, each listener's their own: nobody reads, changes or even learns of another's snip
 * (curators see counts). Saving, nudging and a transcript's arrival summarise the snip's words at once with the
 * built-in summariser, and ask for a better summary ({@link SnipSummaryWanted}) that may follow.
 */
@ApplicationScoped
@Transactional
public class Snips {

    /** The most snips one listener holds; the API pages through them. */
    public static final int MAX_PER_LISTENER = 10_000;
    /** The most snips one listener saves in {@link #RATE_WINDOW}. */
    public static final int MAX_PER_MINUTE = 100;
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    /** How long a deleted snip can be restored. */
    public static final Duration UNDO_WINDOW = Duration.ofDays(1);
    /** The most a nudge moves either end. */
    public static final long MAX_NUDGE_MILLIS = 5_000;
    /**
     * How far past an episode's stored duration a tap may come: the duration is whole seconds, and the audio itself
     * may run a little longer; a tap there saves the end of the episode.
     */
    static final long END_TOLERANCE_MILLIS = 5_000;
    /** A snip nudged shorter than a tap saves keeps at least a sentence or two. */
    static final long MIN_NUDGED_LENGTH_MILLIS = 5_000;
    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_-]{1," + Snip.REQUEST_KEY_MAX + "}");

    @PersistenceContext
    EntityManager em;

    /** For {@link #allOwn}'s read outside a transaction, with an EntityManager of its own. */
    @PersistenceUnit
    EntityManagerFactory persistenceUnit;

    @Inject
    Catalogue catalogue;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    Clock clock;

    @Inject
    Event<SnipSummaryWanted> summaryWanted;

    @Inject
    Instance<ShareCodesInUse> codesInUse;

    @Inject
    Event<SnipRangesChanged> rangesChanged;

    /**
     * Saves a tap, or finds the snip an earlier request with the same key saved.
     *
     * @throws dev.earmark.catalogue.boundary.EpisodeNotFoundException when the listener may not see the episode
     */
    public Earmarked earmark(String listener, NewSnip tap) {
        return earmark(listener, tap, clock.instant());
    }

    /** Saves a tap made at {@code savedAt}, such as the demo's listeners' of long ago. */
    public Earmarked earmark(String listener, NewSnip tap, Instant savedAt) {
        if (tap.requestKey() == null || !REQUEST_KEY.matcher(tap.requestKey()).matches()) {
            throw new InvalidParameterException("snips.error.requestKey", Snip.REQUEST_KEY_MAX);
        }
        Optional<Snip> earlier = em.createNamedQuery(Snip.FIND_BY_REQUEST_KEY, Snip.class)
                .setParameter("listener", listener)
                .setParameter("requestKey", tap.requestKey())
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            return new Earmarked(earlier.get(), false);
        }
        Episode episode = catalogue.getEpisode(tap.episodeId());
        Long duration = durationMillis(episode);
        if (tap.atMillis() < 0 || duration != null && tap.atMillis() > duration + END_TOLERANCE_MILLIS) {
            throw new InvalidParameterException("snips.error.outsideEpisode", seconds(tap.atMillis()),
                    episode.getDurationSeconds());
        }
        if (tap.lengthMillis() < NewSnip.MIN_LENGTH_MILLIS || tap.lengthMillis() > NewSnip.MAX_LENGTH_MILLIS) {
            throw new InvalidParameterException("snips.error.length", NewSnip.MIN_LENGTH_MILLIS / 1000,
                    NewSnip.MAX_LENGTH_MILLIS / 1000);
        }
        checkLimits(listener, clock.instant());
        List<Cue> cues = timedCues(episode.getId());
        Snip snip = new Snip(episode, listener, tap.requestKey(), savedAt, newShareCode());
        describe(snip, episode, SnipRange.ofTap(tap.atMillis(), tap.lengthMillis(), duration, cues), !cues.isEmpty());
        em.persist(snip);
        // Two tabs may send one queued tap at the same moment: the request key's unique constraint saves it once.
        Supplier<ConcurrentChangeException> savedMeanwhile =
                () -> new ConcurrentChangeException("snips.error.savedMeanwhile");
        DatabaseErrors.flush(em, savedMeanwhile, savedMeanwhile);
        catalogue.countSnips(episode.getId(), 1);
        summaryWanted.fire(new SnipSummaryWanted(snip.getId()));
        rangesChanged.fire(new SnipRangesChanged(episode.getId()));
        return new Earmarked(snip, true);
    }

    public Optional<Snip> findOwn(String listener, long id) {
        return em.createNamedQuery(Snip.FIND_OWN, Snip.class)
                .setParameter("id", id)
                .setParameter("listener", listener)
                .getResultStream()
                .findFirst();
    }

    public Snip getOwn(String listener, long id) {
        return findOwn(listener, id).orElseThrow(() -> new SnipNotFoundException(id));
    }

    /** A listener's snips, newest first, read with a fixed number of queries whatever the page's length. */
    public Page<Snip> own(String listener, SnipFilter filter, PageRequest page) {
        SnipQuery query = new SnipQuery(listener, filter);
        long total = query.count(em);
        return Page.of(total == 0 ? List.of() : query.page(em, page), page, total);
    }

    /**
     * Every snip of a listener's that the filter picks, an episode's together in the order of their times (episodes
     * oldest first): what an export takes, read whole (words, tags, episode, show) before it returns, so that an
     * export streams what it read and meets no database while it writes. Read with a fixed number of queries; a
     * listener holds at most {@value #MAX_PER_LISTENER} snips. Outside any transaction: EclipseLink refuses to commit
     * a transaction in which the snips' words were batch-read (EclipseLink-69), and a read needs none. With an
     * EntityManager of its own, closed once read, not the container's: outside a transaction Payara keeps that one in
     * the calling component's invocation, whose registry the tasks of a managed executor submitted from it share, so
     * a sync whose task ended closed the EntityManager of the sync it had started (exports.failure.unexpected).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Snip> allOwn(String listener, SnipFilter filter) {
        try (EntityManager reader = persistenceUnit.createEntityManager()) {
            return new SnipQuery(listener, filter).all(reader);
        }
    }

    /** Whether the listener saved, edited, nudged or deleted a snip after {@code since} (exports' automatic sync asks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean changedSince(String listener, Instant since) {
        return !em.createNamedQuery(Snip.FIND_CHANGED_SINCE, Long.class).setParameter("listener", listener)
                .setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }

    /** How many of a listener's snips the filter picks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOwn(String listener, SnipFilter filter) {
        return new SnipQuery(listener, filter).count(em);
    }

    /** In alphabetical order. */
    public List<String> ownTags(String listener) {
        return em.createNamedQuery(Snip.FIND_OWN_TAGS, String.class)
                .setParameter("listener", listener)
                .getResultStream()
                .sorted()
                .toList();
    }

    public List<ShowChoice> ownShows(String listener) {
        return em.createNamedQuery(Snip.FIND_OWN_SHOWS, Object[].class)
                .setParameter("listener", listener)
                .getResultStream()
                .map(row -> new ShowChoice((Long) row[0], (String) row[1]))
                .toList();
    }

    /** @throws ConcurrentChangeException when the snip changed since the listener read {@code version} */
    public Snip edit(String listener, long id, long version, SnipEdit edit) {
        Snip snip = current(listener, id, version);
        String note = edit.note() == null ? "" : edit.note().strip();
        if (note.length() > Snip.NOTE_MAX) {
            throw new InvalidParameterException("snips.error.noteTooLong", Snip.NOTE_MAX);
        }
        String noteHtml = SnipNotes.toSafeHtml(note);
        if (noteHtml.length() > Snip.NOTE_HTML_MAX) {
            throw new InvalidParameterException("snips.error.noteTooLong", Snip.NOTE_MAX);
        }
        String title = edit.title() == null ? "" : edit.title().strip();
        if (title.length() > Snip.TITLE_MAX) {
            throw new InvalidParameterException("snips.error.titleTooLong", Snip.TITLE_MAX);
        }
        // Sharing alone changes nothing the snip says: only a change of title, note or tags marks it edited.
        List<Object> said = List.of(snip.getTitle(), snip.getNote(), snip.getTags());
        // A client sends back the title it showed: only a different one (or one already the listener's) is theirs.
        boolean listenersTitle = !title.isEmpty() && (snip.isTitleEdited() || !title.equals(snip.getTitle()));
        if (listenersTitle) {
            snip.retitle(title, snip.getTitle());
        } else if (snip.isTitleEdited()) {
            snip.retitle("", summaryTitle(snip));
        }
        snip.annotate(note, noteHtml, SnipTags.normalise(edit.tags()));
        if (edit.sharing() != null || edit.includeNote() != null) {
            snip.share(Objects.requireNonNullElse(edit.sharing(), snip.getSharing()),
                    Objects.requireNonNullElse(edit.includeNote(), snip.isShareNote()), this::newShareCode);
        }
        if (!said.equals(List.of(snip.getTitle(), snip.getNote(), snip.getTags()))) {
            snip.edited(clock.instant());
        }
        flush();
        return snip;
    }

    /**
     * Who may open the snip's moment page ({@code /m/{code}}), and whether it shows the note: no change of what the snip
     * says, so it is not marked edited.
     */
    public Snip share(String listener, long id, long version, Sharing sharing, boolean includeNote) {
        Snip snip = current(listener, id, version);
        snip.share(sharing, includeNote, this::newShareCode);
        flush();
        return snip;
    }

    /**
     * The snip a moment's address names, unless deleted: anyone's, for the sharing feature, which decides who may see
     * it ({@link Snip#getSharing()}).
     */
    public Optional<Snip> findByShareCode(String shareCode) {
        return em.createNamedQuery(Snip.FIND_BY_SHARE_CODE, Snip.class)
                .setParameter("shareCode", shareCode)
                .getResultStream()
                .filter(snip -> !snip.isDeleted())
                .findFirst();
    }

    /**
     * The next ids, in order, of snips saved before snips had share codes (see {@link SnipShareCodes}), after
     * {@code afterId}: read along the primary key, a batch at a time.
     */
    public List<Long> withoutShareCode(long afterId, int batch) {
        return em.createNamedQuery(Snip.FIND_WITHOUT_SHARE_CODE, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(batch)
                .getResultList();
    }

    /**
     * Gives each of the snips that has no code yet a random one, in one transaction of their own, without changing
     * their versions (a form a listener opened still saves); a snip that got one meanwhile (another server starting)
     * keeps it. No look-up per snip: the unique constraint refuses a code that another snip holds (50 random bits, so
     * about never), and the whole batch is undone, for the caller to try again with new codes.
     *
     * @return how many snips got a code
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int giveShareCodes(List<Long> snipIds) {
        int given = 0;
        for (long snipId : snipIds) {
            given += em.createNamedQuery(Snip.GIVE_SHARE_CODE)
                    .setParameter("shareCode", ShareCodes.next())
                    .setParameter("id", snipId)
                    .executeUpdate();
        }
        return given;
    }

    /** A random code that no snip and no other feature's shared thing holds. */
    private String newShareCode() {
        return ShareCodes.nextFree(this::isTaken);
    }

    private boolean isTaken(String code) {
        return !em.createNamedQuery(Snip.FIND_BY_SHARE_CODE, Snip.class).setParameter("shareCode", code)
                .getResultList().isEmpty() || codesInUse.stream().anyMatch(inUse -> inUse.isInUse(code));
    }

    /**
     * Moves either end of a snip by at most {@link #MAX_NUDGE_MILLIS}; its words and summary follow. The words come
     * from the episode's transcript as it is now.
     */
    public Snip nudge(String listener, long id, long version, long startDeltaMillis, long endDeltaMillis) {
        if (Math.abs(startDeltaMillis) > MAX_NUDGE_MILLIS || Math.abs(endDeltaMillis) > MAX_NUDGE_MILLIS) {
            throw new InvalidParameterException("snips.error.nudge", MAX_NUDGE_MILLIS / 1000);
        }
        Snip snip = current(listener, id, version);
        Episode episode = snip.getEpisode();
        Long duration = durationMillis(episode);
        long start = Math.max(0, snip.getStartMillis() + startDeltaMillis);
        long end = snip.getEndMillis() + endDeltaMillis;
        if (duration != null) {
            end = Math.min(end, duration);
        }
        if (end - start < MIN_NUDGED_LENGTH_MILLIS || end - start > NewSnip.MAX_LENGTH_MILLIS) {
            throw new InvalidParameterException("snips.error.nudgedLength", MIN_NUDGED_LENGTH_MILLIS / 1000,
                    NewSnip.MAX_LENGTH_MILLIS / 1000);
        }
        List<Cue> cues = timedCues(episode.getId());
        describe(snip, episode, SnipRange.of(start, end, cues), !cues.isEmpty());
        snip.edited(clock.instant());
        flush();
        summaryWanted.fire(new SnipSummaryWanted(snip.getId()));
        rangesChanged.fire(new SnipRangesChanged(episode.getId()));
        return snip;
    }

    /** Deletes a snip so that {@link #restore} can bring it back within {@link #UNDO_WINDOW}. */
    public Snip delete(String listener, long id) {
        Snip snip = getOwn(listener, id);
        Instant now = clock.instant();
        snip.delete(now);
        flush();
        catalogue.countSnips(snip.getEpisode().getId(), -1);
        rangesChanged.fire(new SnipRangesChanged(snip.getEpisode().getId()));
        em.createNamedQuery(Snip.FIND_DELETED_BEFORE, Snip.class)
                .setParameter("listener", listener)
                .setParameter("before", now.minus(UNDO_WINDOW))
                .getResultList()
                .forEach(em::remove);
        return snip;
    }

    /** Brings back a snip deleted within {@link #UNDO_WINDOW}, if the listener holds fewer than the most. */
    public Snip restore(String listener, long id) {
        Instant now = clock.instant();
        Snip snip = em.createNamedQuery(Snip.FIND_OWN_DELETED, Snip.class)
                .setParameter("id", id)
                .setParameter("listener", listener)
                .setParameter("since", now.minus(UNDO_WINDOW))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new SnipNotFoundException(id));
        checkHeld(listener);
        snip.restore();
        flush();
        catalogue.countSnips(snip.getEpisode().getId(), 1);
        rangesChanged.fire(new SnipRangesChanged(snip.getEpisode().getId()));
        return snip;
    }

    /**
     * A summary made elsewhere (a language model) of the words of {@code startMillis}–{@code endMillis}: stored when
     * the snip still covers that range, else dropped, as the words it summarised are no longer the snip's.
     *
     * @return whether it was stored
     */
    public boolean completeSummary(long snipId, long startMillis, long endMillis, String title, List<String> takeaways,
            String model) {
        Snip snip = em.find(Snip.class, snipId);
        if (snip == null || snip.isDeleted() || snip.getStartMillis() != startMillis
                || snip.getEndMillis() != endMillis) {
            return false;
        }
        snip.summarise(SummarySource.MODEL, model, title, takeaways);
        return true;
    }

    /**
     * The snips of an episode that were saved while it had no timed transcript. In a transaction of its own, as
     * asked after the transcript's transaction (see {@link SnipsAwaitingWords}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> awaitingTranscript(long episodeId) {
        return em.createNamedQuery(Snip.FIND_AWAITING_TRANSCRIPT, Long.class)
                .setParameter("episodeId", episodeId)
                .getResultList();
    }

    /** Snips saved without words whose episode has a transcript now (those of earlier versions, say). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> awaitingWithTranscript() {
        return em.createNamedQuery(Snip.FIND_AWAITING_WITH_TRANSCRIPT, Long.class).getResultList();
    }

    /**
     * A snip saved without words gets them (and its summary) from the episode's transcript, if it now has a timed
     * one; each in its own transaction, so that one snip changed meanwhile by its listener holds up no other.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeFromTranscript(long snipId) {
        Snip snip = em.find(Snip.class, snipId);
        if (snip == null || snip.getSummarySource() != SummarySource.NO_TRANSCRIPT) {
            return;
        }
        List<Cue> cues = timedCues(snip.getEpisode().getId());
        if (cues.isEmpty()) {
            return;
        }
        describe(snip, snip.getEpisode(), SnipRange.ofTap(snip.getEndMillis(),
                snip.getEndMillis() - snip.getStartMillis(), durationMillis(snip.getEpisode()), cues), true);
        summaryWanted.fire(new SnipSummaryWanted(snip.getId()));
        rangesChanged.fire(new SnipRangesChanged(snip.getEpisode().getId()));
    }

    /** The range's words and their summary, or the fallback title when there is nothing to summarise. */
    private void describe(Snip snip, Episode episode, SnipRange range, boolean transcribed) {
        List<TranscriptCue> excerpt = new ArrayList<>();
        range.excerpt().forEach(cue -> excerpt.addAll(TranscriptCue.of(cue)));
        snip.cover(range.startMillis(), range.endMillis(), excerpt);
        Optional<Summary> summary = transcribed
                ? ExtractiveSummariser.summarise(range.excerpt(), language(episode))
                : Optional.empty();
        if (summary.isPresent()) {
            snip.summarise(SummarySource.EXTRACT, null, summary.get().title(), summary.get().texts());
        } else {
            snip.summarise(transcribed ? SummarySource.NONE : SummarySource.NO_TRANSCRIPT, null,
                    fallbackTitle(snip, episode), List.of());
        }
    }

    /** The title the snip would have without the listener's: for a listener who clears theirs. */
    private String summaryTitle(Snip snip) {
        List<Cue> words = snip.getExcerpt().stream().map(TranscriptCue::toCue).toList();
        return ExtractiveSummariser.summarise(words, language(snip.getEpisode()))
                .map(Summary::title)
                .orElseGet(() -> fallbackTitle(snip, snip.getEpisode()));
    }

    private static String fallbackTitle(Snip snip, Episode episode) {
        return FallbackTitle.of(episode.getTitle(), episode.getChapters().stream().map(Chapter::toMark).toList(),
                snip.getStartMillis());
    }

    /** Writes the change now, so that one made meanwhile elsewhere is the listener's 409, not a failed commit. */
    private void flush() {
        DatabaseErrors.flush(em, () -> new ConcurrentChangeException("snips.error.changedMeanwhile"),
                () -> new ConcurrentChangeException("snips.error.changedMeanwhile"));
    }

    private Snip current(String listener, long id, long version) {
        Snip snip = getOwn(listener, id);
        if (snip.getVersion() != version) {
            throw new ConcurrentChangeException("snips.error.changedMeanwhile");
        }
        return snip;
    }

    private void checkLimits(String listener, Instant now) {
        List<Instant> recent = em.createNamedQuery(Snip.FIND_CREATED_SINCE, Instant.class)
                .setParameter("listener", listener)
                .setParameter("since", now.minus(RATE_WINDOW))
                .getResultList();
        if (recent.size() >= MAX_PER_MINUTE) {
            Instant free = recent.get(recent.size() - MAX_PER_MINUTE).plus(RATE_WINDOW);
            throw new TooManyRequestsException(Duration.between(now, free).toSeconds() + 1,
                    "snips.error.tooFast", MAX_PER_MINUTE);
        }
        checkHeld(listener);
    }

    private void checkHeld(String listener) {
        long held = em.createNamedQuery(Snip.COUNT_OWN, Long.class)
                .setParameter("listener", listener)
                .getSingleResult();
        if (held >= MAX_PER_LISTENER) {
            throw new NotPermittedException("snips.error.tooMany", MAX_PER_LISTENER);
        }
    }

    /** The cues of the episode's transcript when they carry times: words without times cannot be placed in a range. */
    private List<Cue> timedCues(long episodeId) {
        return transcripts.findForListeners(episodeId)
                .filter(Transcript::timed)
                .map(Transcript::cues)
                .orElse(List.of());
    }

    private static Long durationMillis(Episode episode) {
        return episode.getDurationSeconds() == null ? null : episode.getDurationSeconds() * 1000L;
    }

    private static Locale language(Episode episode) {
        return Locale.forLanguageTag(episode.getShow().getLanguage());
    }

    private static String seconds(long millis) {
        return String.valueOf(millis / 1000);
    }
}
