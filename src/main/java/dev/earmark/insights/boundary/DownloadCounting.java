package dev.earmark.insights.boundary;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.control.MediaSent;
import dev.earmark.insights.control.EpisodeDownloads;
import dev.earmark.insights.control.UserAgent;
import dev.earmark.insights.control.UserAgents;
import dev.earmark.insights.entity.DownloadEvent;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the audio that podcast apps and direct links fetched, for the downloads the aggregation counts: on the
 * request's thread, so with no database round trip of its own (the catalogue keeps which file is which episode's audio
 * per state of the catalogue, the user agents' answers are kept, the recorder writes in the background). Left out, as
 * the podcast measurement guideline (IAB Tech Lab v2.x, section 5) has it: HEAD requests and answers without bytes
 * (the servlet fires only for a GET's 200 or 206), Apple's two-byte probes ({@code bytes=0-1}), requests of known bots
 * and crawlers ({@link UserAgents}), and besides Earmark's own player ({@code ?via=player}, whose listening its beacons
 * tell better), files that are no visible episode's audio, and everything while insights are off.
 */
@ApplicationScoped
public class DownloadCounting {

    private static final Logger LOG = Logger.getLogger(DownloadCounting.class.getName());

    @Inject
    Settings settings;

    @Inject
    Catalogue catalogue;

    @Inject
    ClientHashes clientHashes;

    @Inject
    EventRecorder recorder;

    private final UserAgents userAgents = UserAgents.vendored();

    /** Reads the lists of user agents at deployment rather than in the first listener's request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Download counting leaves out bots by " + userAgents.botsList());
    }

    void sent(@Observes MediaSent sent) {
        try {
            download(sent).ifPresent(recorder::recordDownload);
        } catch (RuntimeException failed) {
            // Counting must never fail a listener's download.
            LOG.log(Level.WARNING, "A download could not be counted", failed);
        }
    }

    /** The download to record, if the request counts. */
    Optional<DownloadEvent> download(MediaSent sent) {
        if (sent.viaPlayer() || sent.bytesSent() <= EpisodeDownloads.PROBE_BYTES || !settings.insights()) {
            return Optional.empty();
        }
        Optional<Long> episodeId = catalogue.findEpisodeIdByAudioFile(sent.fileId());
        if (episodeId.isEmpty()) {
            return Optional.empty();
        }
        UserAgent client = userAgents.describe(sent.userAgent());
        if (client.bot()) {
            return Optional.empty();
        }
        return Optional.of(new DownloadEvent(LocalDate.ofInstant(sent.at(), settings.displayZone()), sent.at(),
                episodeId.get(), clientHashes.today(sent.remoteAddress(), sent.userAgent()), client.clientClass(),
                client.app(), sent.firstByte(), sent.bytesSent()));
    }
}
