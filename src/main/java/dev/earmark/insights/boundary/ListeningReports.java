package dev.earmark.insights.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.VisibleEpisode;
import dev.earmark.insights.control.HeardRange;
import dev.earmark.insights.control.ListeningReport;
import dev.earmark.insights.control.Placement;
import dev.earmark.insights.control.RateLimit;
import dev.earmark.insights.entity.ClientClass;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.control.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What becomes of the players' listening reports: each client (a day's hash) may send {@value #PER_MINUTE} a minute;
 * a report of an episode that listeners may see is checked against its duration and recorded in whole seconds; one of
 * any other episode is dropped without a word, so that a report tells nobody which episodes exist.
 */
@ApplicationScoped
public class ListeningReports {

    /**
     * A player reports every half minute or so while it plays, and when paused or hidden: this leaves room for a
     * dozen players behind one address with the same browser (an office's), and bounds a flood of one client.
     */
    static final int PER_MINUTE = 60;
    /** Clients whose allowance is kept at once: a few megabytes at most. */
    static final int MAX_CLIENTS = 50_000;
    /** A player's clock and the duration read from the file may differ by a frame or two. */
    static final double SLACK_SECONDS = 2;
    /** What bounds the ranges of an episode whose duration is unknown: no episode plays longer than a day. */
    static final double UNKNOWN_DURATION_BOUND = Duration.ofDays(1).toSeconds();

    @Inject
    Catalogue catalogue;

    @Inject
    EventRecorder recorder;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final RateLimit rateLimit = new RateLimit(PER_MINUTE, Duration.ofMinutes(1), MAX_CLIENTS);

    /** @throws TooManyRequestsException when the client has sent its allowance of reports this minute */
    public void admit(String clientHash) {
        long wait = rateLimit.take(clientHash, clock.millis());
        if (wait > 0) {
            throw new TooManyRequestsException(wait, "insights.beacon.error.tooMany", PER_MINUTE);
        }
    }

    /**
     * Records the report's ranges if listeners may see its episode.
     *
     * @throws dev.earmark.insights.control.InvalidReportException for a range beyond the episode's end
     */
    public void record(ListeningReport report, String clientHash, Placement placement, ClientClass clientClass) {
        Optional<VisibleEpisode> episode = catalogue.findVisibleEpisode(report.episodeId());
        if (episode.isEmpty()) {
            return;
        }
        Integer duration = episode.get().durationSeconds();
        List<HeardRange> heard = report.heard(duration == null ? UNKNOWN_DURATION_BOUND : duration + SLACK_SECONDS);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, settings.displayZone());
        recorder.recordListening(heard.stream()
                .map(range -> new ListeningEvent(day, now, report.episodeId(), report.viewKey(), clientHash,
                        placement.context(), placement.origin(), clientClass, range.startSecond(), range.endSecond()))
                .toList());
    }
}
