package dev.earmark.feeds.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.EpisodeCuration;
import dev.earmark.curation.boundary.EpisodeFiles;
import dev.earmark.curation.boundary.EpisodeFromFeed;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.curation.boundary.ShowDraft;
import dev.earmark.curation.boundary.ShowFromFeed;
import dev.earmark.feeds.control.ChaptersJson;
import dev.earmark.feeds.control.FeedFetcher;
import dev.earmark.feeds.control.FeedReader;
import dev.earmark.feeds.control.FeedRefusedException;
import dev.earmark.feeds.control.Fetched;
import dev.earmark.feeds.control.ItemMatcher;
import dev.earmark.feeds.control.ParsedFeed;
import dev.earmark.feeds.control.ParsedItem;
import dev.earmark.feeds.control.PlainText;
import dev.earmark.feeds.control.Problem;
import dev.earmark.feeds.control.TranscriptChoice;
import dev.earmark.feeds.control.Validators;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.transcripts.control.Transcripts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates or updates a show from a podcast feed: the channel and every item a podcast app reads, matched on
 * re-import by guid, else link, else enclosure address; audited; a report of what was done. A feed that cannot be
 * read changes nothing. One transaction: an import is stored whole or not at all.
 */
@ApplicationScoped
@Transactional
public class FeedImport {

    static final long TRANSCRIPT_MAX_BYTES = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    ShowCuration shows;

    @Inject
    EpisodeCuration episodes;

    @Inject
    EpisodeFiles files;

    @Inject
    FeedFetcher fetcher;

    /**
     * @param request the show to update (else a new one is made); {@code copyAudio} is not yet done: the audio is
     *        referenced at its address and the report says so
     * @throws FeedRefusedException with the reason the feed is refused; nothing is stored
     */
    public ImportReport importFeed(byte[] feed, ImportRequest request) {
        ParsedFeed parsed = FeedReader.read(feed);
        List<ImportReport.Notice> notices = new ArrayList<>(parsed.notices().stream().map(FeedImport::notice)
                .toList());
        if (request.copyAudio()) {
            notices.add(new ImportReport.Notice("feeds.import.notice.audioReferenced", List.of()));
        }
        Optional<Show> existing = request.showSlug().filter(slug -> !slug.isBlank()).map(catalogue::getShow);
        Show show;
        if (existing.isPresent()) {
            show = existing.get();
            List<String> changed = shows.updateFromFeed(show, showFrom(parsed, show));
            if (!changed.isEmpty()) {
                notices.add(new ImportReport.Notice("feeds.import.notice.showUpdated",
                        List.of(String.join(", ", changed))));
            }
        } else {
            show = shows.createFromFeed(showFrom(parsed, null));
        }
        List<Episode> stored = em.createNamedQuery(Show.FIND_EPISODES, Episode.class)
                .setParameter("show", show)
                .getResultList();
        List<String> feedGuids = parsed.items().stream().map(ParsedItem::guid).filter(guid -> guid != null)
                .toList();
        ItemMatcher<Episode> matcher = new ItemMatcher<>(stored, feedGuids, Episode::getGuid, Episode::getLink,
                episode -> episode.getAudio() == null ? null : episode.getAudio().getUrl(),
                guid -> guidTakenElsewhere(guid, show));
        List<ItemReport> lines = new ArrayList<>();
        for (ParsedItem item : parsed.items()) {
            lines.add(importItem(item, show, matcher));
        }
        for (Episode left : matcher.unmatched()) {
            lines.add(new ItemReport(left.getGuid(), left.getTitle(), ItemOutcome.NOT_IN_FEED,
                    "feeds.import.reason.notInFeed", List.of()));
        }
        return new ImportReport(show.getSlug(), existing.isEmpty(), lines, notices);
    }

    private ItemReport importItem(ParsedItem item, Show show, ItemMatcher<Episode> matcher) {
        if (item.refusal().isPresent()) {
            return skipped(item, item.refusal().get());
        }
        ItemMatcher.Match<Episode> match = matcher.match(item.guid(), item.link(), item.audio().getUrl());
        if (match.refusal().isPresent()) {
            return skipped(item, match.refusal().get());
        }
        List<ImportReport.Notice> warnings = new ArrayList<>(item.warnings().stream().map(FeedImport::notice)
                .toList());
        Optional<Episode> found = match.matched();
        boolean fetchChapters = item.chapters().isEmpty() && item.chaptersUrl() != null
                && found.map(episode -> episode.getChapters().isEmpty()).orElse(true);
        List<ChapterMark> chapters = fetchChapters ? fetchedChapters(item, warnings) : item.chapters();
        EpisodeFromFeed values = new EpisodeFromFeed(item.title(), item.season(), item.number(),
                item.episodeType(), item.publishedAt(), item.notes(), item.audio(), item.durationSeconds(),
                item.link(), item.imageUrl(), item.people(), chapters);
        Episode episode;
        ItemReport line;
        if (found.isPresent()) {
            episode = found.get();
            List<String> changed = episodes.updateFromFeed(episode, values);
            line = changed.isEmpty()
                    ? new ItemReport(item.guid(), item.title(), ItemOutcome.UNCHANGED, null, List.of(), warnings)
                    : new ItemReport(item.guid(), item.title(), ItemOutcome.UPDATED, "feeds.import.reason.changed",
                            List.of(String.join(", ", changed)), warnings);
        } else {
            episode = episodes.createFromFeed(show, match.guid(), values);
            line = new ItemReport(item.guid(), item.title(), ItemOutcome.ADDED, null, List.of(), warnings);
        }
        if (episode.getTranscript() == null) {
            attachTranscript(item, episode, warnings);
            line = new ItemReport(line.guid(), line.title(), line.outcome(), line.reasonKey(), line.arguments(),
                    warnings);
        }
        return line;
    }

    private List<ChapterMark> fetchedChapters(ParsedItem item, List<ImportReport.Notice> warnings) {
        try {
            return ChaptersJson.read(fetch(item.chaptersUrl(), ChaptersJson.MAX_BYTES));
        } catch (LocalizedException refused) {
            warnings.add(new ImportReport.Notice("feeds.import.warn.chaptersNotRead",
                    List.of(item.chaptersUrl().toString(), refused.messageKey())));
            return List.of();
        }
    }

    /** The best transcript the item names (timed formats first), fetched and stored; a failure is a warning. */
    private void attachTranscript(ParsedItem item, Episode episode, List<ImportReport.Notice> warnings) {
        Optional<TranscriptChoice> choice = TranscriptChoice.best(item.transcripts());
        if (choice.isEmpty()) {
            return;
        }
        TranscriptChoice chosen = choice.get();
        try {
            byte[] content = fetch(chosen.url(), TRANSCRIPT_MAX_BYTES);
            if (chosen.html()) {
                content = PlainText.lines(new String(content, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            // Read here first: refused inside the transcripts' transactional store, it would mark the whole import's
            // transaction for rollback, not only this transcript.
            Transcripts.read(content, chosen.fileName());
            files.attachTranscript(episode, content, chosen.fileName());
        } catch (LocalizedException refused) {
            warnings.add(new ImportReport.Notice("feeds.import.warn.transcriptNotRead",
                    List.of(chosen.url().toString(), refused.messageKey())));
        }
    }

    private byte[] fetch(URI address, long maxBytes) {
        Fetched fetched = fetcher.fetch(address, Validators.NONE, maxBytes);
        return fetched.body();
    }

    private boolean guidTakenElsewhere(String guid, Show show) {
        return em.createNamedQuery(Episode.FIND_BY_GUID, Episode.class)
                .setParameter("guid", guid)
                .getResultStream()
                .anyMatch(episode -> !episode.getShow().equals(show));
    }

    /** The feed's show; what the feed leaves out keeps the stored show's value (or the default for a new one). */
    private static ShowFromFeed showFrom(ParsedFeed feed, Show stored) {
        String language = feed.language() != null ? feed.language()
                : stored != null ? stored.getLanguage() : Show.DEFAULT_LANGUAGE;
        boolean explicit = feed.explicit() != null ? feed.explicit() : stored != null && stored.isExplicit();
        ShowDraft draft = new ShowDraft(null, feed.title(), feed.description(), feed.author(), feed.ownerEmail(),
                language, feed.categories(), explicit, stored == null || stored.isDownloadsAllowed(), feed.type(),
                stored != null && stored.isAcceptSummaries());
        boolean locked = feed.locked() != null ? feed.locked() : stored != null && stored.isFeedLocked();
        return new ShowFromFeed(draft, feed.ownerName(), feed.link(), feed.copyright(), locked, feed.newFeedUrl(),
                feed.people());
    }

    private static ItemReport skipped(ParsedItem item, Problem reason) {
        return new ItemReport(item.guid(), item.title(), ItemOutcome.SKIPPED, reason.key(), reason.arguments());
    }

    private static ImportReport.Notice notice(Problem problem) {
        return new ImportReport.Notice(problem.key(), problem.arguments());
    }
}
