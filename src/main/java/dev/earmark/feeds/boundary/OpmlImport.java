package dev.earmark.feeds.boundary;

import dev.earmark.feeds.control.OpmlOutlines;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.platform.control.LocalizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows every feed an OPML file lists, while the curator waits: each outline's feed fetched and imported into a new
 * show, or refreshed when it is followed already; a line per outline says what was done. At most
 * {@value OpmlOutlines#MAX_OUTLINES} feeds; once {@link #TIME_BUDGET} is spent, the outlines left are reported as not
 * tried (importing the file again follows them, and refreshes the others cheaply).
 */
@ApplicationScoped
public class OpmlImport {

    /** Within a request's patience behind a proxy: most feeds take a second, a slow one up to a minute. */
    static final Duration TIME_BUDGET = Duration.ofMinutes(4);

    public enum OutlineOutcome { ADDED, UPDATED, NOT_MODIFIED, FAILED, NOT_TRIED }

    /** One outline's line: what was done, the show it went into (when one), and why it failed (bundle key, arguments). */
    public record OutlineReport(String title, String url, OutlineOutcome outcome, String showTitle, String reasonKey,
            List<Object> arguments) implements Serializable {

        public OutlineReport {
            arguments = List.copyOf(arguments);
        }
    }

    @Inject
    FeedSources sources;

    @Inject
    FeedSourceStore store;

    @Inject
    Clock clock;

    /** @throws dev.earmark.platform.control.InvalidParameterException when the file is no OPML or lists too many */
    public List<OutlineReport> importOpml(byte[] file, boolean copyAudio, RefreshInterval interval) {
        List<OpmlOutlines.Entry> entries = OpmlOutlines.read(file);
        Instant deadline = clock.instant().plus(TIME_BUDGET);
        List<OutlineReport> reports = new ArrayList<>();
        for (OpmlOutlines.Entry entry : entries) {
            if (clock.instant().isAfter(deadline)) {
                reports.add(report(entry, OutlineOutcome.NOT_TRIED, null, "feeds.opml.outOfTime", List.of()));
            } else {
                reports.add(follow(entry, copyAudio, interval));
            }
        }
        return reports;
    }

    private OutlineReport follow(OpmlOutlines.Entry entry, boolean copyAudio, RefreshInterval interval) {
        try {
            Optional<FeedSource> known = store.findByUrl(entry.url());
            if (known.isPresent()) {
                RefreshResult result = sources.refresh(known.get().getShow().getId());
                String show = known.get().getShow().getTitle();
                return switch (result.outcome()) {
                    case OK -> report(entry, OutlineOutcome.UPDATED, show, null, List.of());
                    case NOT_MODIFIED -> report(entry, OutlineOutcome.NOT_MODIFIED, show, null, List.of());
                    case FAILED -> report(entry, OutlineOutcome.FAILED, show, result.failureKey(),
                            List.of(result.failureArguments()));
                };
            }
            FeedSources.Followed followed = sources.importFromUrl(entry.url(), Optional.empty(), copyAudio, interval);
            return report(entry, followed.report().showCreated() ? OutlineOutcome.ADDED : OutlineOutcome.UPDATED,
                    followed.source().getShow().getTitle(), null, List.of());
        } catch (LocalizedException refused) {
            return report(entry, OutlineOutcome.FAILED, null, refused.messageKey(), List.of(refused.arguments()));
        }
    }

    private static OutlineReport report(OpmlOutlines.Entry entry, OutlineOutcome outcome, String showTitle, String key,
            List<Object> arguments) {
        return new OutlineReport(entry.title(), entry.url(), outcome, showTitle, key, arguments);
    }
}
