package dev.earmark.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.control.MediaSent;
import dev.earmark.platform.control.Settings;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.InsightsFixtures;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlRows;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads as podcast apps make them, over HTTP from inside the server: what /media/{id} records and what the
 * aggregation counts of it, by the one-minute and one-day rules. Each test has an episode of its own and a user agent
 * of its own (so a client of its own): ten minutes in 120,000 bytes, so a minute of audio is 12,000 bytes.
 */
class DownloadCountingIT extends ServerTest {

    private static final int BYTES = 120_000;
    private static final int MINUTE = 12_000;

    @Inject
    InsightsFixtures insights;

    @Inject
    EventRecorder recorder;

    @Inject
    DownloadCounting counting;

    @Inject
    Settings settings;

    @Inject
    SqlRows sql;

    private WebClient web;
    private Episode episode;
    private String app;

    @BeforeEach
    void anEpisodeAndAClientOfItsOwn() {
        web = WebClient.anonymous(base);
        Show show = fixtures.show("Downloads " + UUID.randomUUID());
        episode = insights.episodeWithAudio(show, "Downloaded", 600, BYTES);
        app = "AntennaPod/3.2.0 (download-counting-it " + UUID.randomUUID() + ")";
    }

    @AfterEach
    void insightsOnAgain() {
        System.clearProperty("earmark.insights");
    }

    @Test
    void lessThanAMinuteOfAudioIsNoDownload() {
        fetch(app, "bytes=0-" + (MINUTE - 2));

        awaitRecorded(1);
        assertEquals(0, downloadsOn(today()));
    }

    @Test
    void aMinuteInTwoRequestsIsOneDownloadOfTheApp() {
        fetch(app, "bytes=0-" + (MINUTE / 2 - 1));
        fetch(app, "bytes=" + MINUTE / 2 + "-" + (MINUTE - 1));

        awaitRecorded(2);
        assertEquals(1, downloadsOn(today()));
        assertEquals(List.of("AntennaPod MOBILE 1"), sql.rows("SELECT app, client_class, downloads FROM download_day "
                + "WHERE episode_id = ?", episode.getId()).stream().map(row -> row[0] + " " + row[1] + " " + row[2])
                .toList());
    }

    @Test
    void theSameClientCountsOnceADay() {
        fetch(app, null);
        fetch(app, null);
        fetch(app, "bytes=" + 3 * MINUTE + "-");

        awaitRecorded(3);
        assertEquals(1, downloadsOn(today()));
    }

    @Test
    void theNextDayItCountsAgain() {
        LocalDate today = today();
        fetch(app, null);
        awaitRecorded(1);
        advanceClock(Duration.ofDays(1));
        fetch(app, null);
        awaitRecorded(2);

        assertEquals(1, downloadsOn(today));
        assertEquals(1, downloadsOn(today.plusDays(1)));
        assertEquals(2, sql.rows("SELECT DISTINCT client_hash FROM download_event WHERE episode_id = ?",
                episode.getId()).size(), "a client's hash of one day is not its hash of the next");
    }

    @Test
    void botsAreNotRecorded() {
        fetch("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null);
        fetch("curl/8.5.0", null);

        assertOnlyTheMarkerRecorded();
    }

    @Test
    void theEarmarkPlayersOwnRequestsAreNotRecorded() {
        HttpResponse<byte[]> played = web.fetch("media/" + audioId() + "?via=player", "User-Agent", app);

        assertEquals(200, played.statusCode());
        assertOnlyTheMarkerRecorded();
    }

    @Test
    void headRequestsAreNotRecorded() {
        WebClient.Reply head = web.send(web.request("media/" + audioId()).header("User-Agent", app)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, head.status());
        assertOnlyTheMarkerRecorded();
    }

    @Test
    void applesTwoByteProbeIsNotRecorded() {
        fetch("AppleCoreMedia/1.0.0.20E247 (iPhone; U; CPU OS 16_4_1 like Mac OS X; en_us) " + UUID.randomUUID(),
                "bytes=0-1");

        assertOnlyTheMarkerRecorded();
    }

    /** Asked directly: over HTTP the client has the body before the servlet's last step, so the setting would race. */
    @Test
    void nothingIsRecordedWhileInsightsAreOff() {
        MediaSent sent = new MediaSent(audioId(), 0, BYTES, "192.0.2.7", app, false, now());
        System.setProperty("earmark.insights", "false");

        assertEquals(Optional.empty(), counting.download(sent));
        System.clearProperty("earmark.insights");
        assertEquals(episode.getId(), counting.download(sent).orElseThrow().getEpisodeId());
    }

    private void fetch(String userAgent, String range) {
        HttpResponse<byte[]> response = range == null ? web.fetch("media/" + audioId(), "User-Agent", userAgent)
                : web.fetch("media/" + audioId(), "User-Agent", userAgent, "Range", range);
        assertEquals(range == null ? 200 : 206, response.statusCode());
    }

    /** Events are written in order: once a download sent last is stored, any sent before it that counts is too. */
    private void assertOnlyTheMarkerRecorded() {
        fetch("Overcast/3.0 (+http://overcast.fm/; iOS podcast app) marker " + UUID.randomUUID(), null);
        awaitRecorded(1);
        assertEquals(List.of("Overcast"), sql.rows("SELECT app FROM download_event WHERE episode_id = ?",
                episode.getId()).stream().map(row -> row[0]).toList());
    }

    private void awaitRecorded(int requests) {
        Eventually.await(requests + " requests recorded", recorder.writings(), () -> recorded() >= requests ? true : null);
        assertEquals(requests, recorded());
    }

    private long recorded() {
        return sql.rows("SELECT id FROM download_event WHERE episode_id = ?", episode.getId()).size();
    }

    /** The episode's downloads of the day, aggregated as a run of the timer would. */
    private int downloadsOn(LocalDate day) {
        insights.aggregated(day);
        return sql.rows("SELECT downloads FROM episode_day WHERE episode_id = ? AND calendar_day = ?", episode.getId(),
                day).stream().mapToInt(row -> ((Number) row[0]).intValue()).sum();
    }

    private long audioId() {
        return episode.getAudioFile().getId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), settings.displayZone());
    }
}
