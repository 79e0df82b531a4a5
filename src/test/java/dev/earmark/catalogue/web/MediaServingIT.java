package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.testing.server.SampleAudio;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored media over HTTP as players use it: whole, in byte ranges, revalidated from cache; and only to those
 * who may see it: everyone for a published episode's audio, curators alone for a draft's.
 */
class MediaServingIT extends ServerTest {

    private static final int LENGTH = 200 * 1024;
    private static final String FILE_NAME = "Zürich live.opus";

    @Inject
    MediaLibrary library;

    private byte[] content;
    private MediaFile file;
    private Episode episode;
    private String etag;

    /** The audio of a published episode, which anyone may fetch. */
    @BeforeEach
    void storeAFile() {
        content = SampleAudio.opusLooking(LENGTH);
        file = library.store(new ByteArrayInputStream(content), "/home/ana/" + FILE_NAME, LENGTH, MediaTypes.AUDIO);
        etag = "\"" + file.getSha256() + "\"";
        episode = withAudio(EpisodeStatus.PUBLISHED, Instant.parse("2024-01-01T10:00:00Z"), file);
    }

    @AfterEach
    void deleteTheFile() {
        episode.setAudioFile(null);
        fixtures.save(episode);
        library.delete(file);
    }

    @Test
    void servesTheWholeFileWithItsHeaders() {
        HttpResponse<byte[]> response = get(path(), "Accept", "*/*");

        assertEquals(200, response.statusCode());
        assertArrayEquals(content, response.body());
        assertEquals(MediaTypes.OPUS, file.getMediaType());
        assertTrue(header(response, "Content-Type").startsWith("audio/ogg"), header(response, "Content-Type"));
        assertEquals(String.valueOf(LENGTH), header(response, "Content-Length"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals(etag, header(response, "ETag"));
        assertEquals("public, max-age=86400", header(response, "Cache-Control"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("inline; filename=\"Z_rich live.opus\"; filename*=UTF-8''Z%C3%BCrich%20live.opus", header(response, "Content-Disposition"));
        assertEquals(file.getCreatedAt().truncatedTo(ChronoUnit.SECONDS),
                ZonedDateTime.parse(header(response, "Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
    }

    @Test
    void theIdAloneSelectsTheFile() {
        HttpResponse<byte[]> named = get(path() + "/any-name-at-all.opus");

        assertEquals(200, named.statusCode());
        assertArrayEquals(content, named.body());
    }

    @Test
    void servesOneByteRange() {
        HttpResponse<byte[]> response = get(path(), "Range", "bytes=1000-1999");

        assertEquals(206, response.statusCode());
        assertEquals("bytes 1000-1999/" + LENGTH, header(response, "Content-Range"));
        assertEquals("1000", header(response, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(content, 1000, 2000), response.body());
    }

    @Test
    void servesTheLastBytes() {
        HttpResponse<byte[]> response = get(path(), "Range", "bytes=-500");

        assertEquals(206, response.statusCode());
        assertEquals("bytes " + (LENGTH - 500) + "-" + (LENGTH - 1) + "/" + LENGTH, header(response, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, LENGTH - 500, LENGTH), response.body());
    }

    @Test
    void honoursIfRangeOnlyWithTheCurrentTag() {
        HttpResponse<byte[]> current = get(path(), "Range", "bytes=0-9", "If-Range", etag);
        HttpResponse<byte[]> stale = get(path(), "Range", "bytes=0-9", "If-Range", "\"not-the-current-one\"");

        assertEquals(206, current.statusCode());
        assertArrayEquals(Arrays.copyOf(content, 10), current.body());
        assertEquals(200, stale.statusCode());
        assertArrayEquals(content, stale.body());
    }

    @Test
    void revalidatesWithoutABody() {
        HttpResponse<byte[]> byTag = get(path(), "If-None-Match", etag);
        String lastModified = header(get(path()), "Last-Modified");
        HttpResponse<byte[]> byDate = get(path(), "If-Modified-Since", lastModified);

        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, header(byTag, "ETag"));
        assertEquals(304, byDate.statusCode());
        assertEquals(200, get(path(), "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void refusesARangeBeyondTheEnd() {
        HttpResponse<byte[]> response = get(path(), "Range", "bytes=999999999-");

        assertEquals(416, response.statusCode());
        assertEquals("bytes */" + LENGTH, header(response, "Content-Range"));
    }

    @Test
    void headDescribesWithoutABody() {
        WebClient anonymous = WebClient.anonymous(base);
        WebClient.Reply response = anonymous.send(anonymous.request(path())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.status());
        assertEquals(String.valueOf(LENGTH), response.header("Content-Length"));
        assertEquals(etag, response.header("ETag"));
        assertEquals(0, response.body().length());
    }

    @Test
    void aDraftsAudioIsForCuratorsOnly() {
        episode.setStatus(EpisodeStatus.DRAFT);
        episode = fixtures.save(episode);

        assertHidden(get(path()), "anonymous");
        assertHidden(get(path(), "Range", "bytes=0-9"), "anonymous, a range");
        assertHidden(listener().fetch(path()), "listener");
        HttpResponse<byte[]> editor = editor().fetch(path());
        assertEquals(200, editor.statusCode());
        assertArrayEquals(content, editor.body());
        assertEquals("private, no-cache", header(editor, "Cache-Control"), "never in a shared cache");
        HttpResponse<byte[]> range = editor().fetch(path(), "Range", "bytes=0-9", "If-Range", etag);
        assertEquals(206, range.statusCode());
        assertArrayEquals(Arrays.copyOf(content, 10), range.body());
    }

    @Test
    void aScheduledEpisodesAudioAppearsWhenItsTimeHasCome() {
        episode.setStatus(EpisodeStatus.SCHEDULED);
        episode.setPublishedAt(now().plus(Duration.ofDays(1)));
        episode = fixtures.save(episode);
        assertHidden(get(path()), "before its time");

        episode.setPublishedAt(now().minus(Duration.ofMinutes(1)));
        episode = fixtures.save(episode);
        assertEquals(200, get(path()).statusCode(), "after its time");
    }

    @Test
    void aPublishedEpisodesAudioIsForEveryoneAndSharedCaches() {
        HttpResponse<byte[]> anonymous = get(path());
        HttpResponse<byte[]> listener = listener().fetch(path());

        assertEquals(200, anonymous.statusCode());
        assertEquals("public, max-age=86400", header(anonymous, "Cache-Control"));
        assertEquals(200, listener.statusCode());
        assertArrayEquals(content, listener.body());
    }

    @Test
    void aClosedCataloguesAudioStaysOutOfSharedCaches() {
        // In the server, so the setting is switched directly; the sign-in filter keeps anonymous callers out.
        System.setProperty("earmark.anonymous-browsing", "false");
        try {
            HttpResponse<byte[]> listener = listener().fetch(path());

            assertEquals(200, listener.statusCode());
            assertEquals("private, max-age=86400", header(listener, "Cache-Control"));
        } finally {
            System.clearProperty("earmark.anonymous-browsing");
        }
    }

    @Test
    void aDraftsTranscriptAndAFileOfNothingAreHiddenToo() {
        MediaFile transcript = library.storeChecked(
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n".getBytes(StandardCharsets.UTF_8), "draft.vtt", "text/vtt");
        MediaFile unattached = library.store(new ByteArrayInputStream(SampleAudio.opusLooking(1024)), "lost.opus", 1024,
                MediaTypes.AUDIO);
        Episode draft = withAudio(EpisodeStatus.DRAFT, null, null);
        draft.setTranscript(transcript);
        draft = fixtures.save(draft);
        try {
            assertHidden(get("media/" + transcript.getId()), "a draft's transcript");
            assertHidden(get("media/" + unattached.getId()), "a file of no episode");
            assertEquals(200, editor().fetch("media/" + transcript.getId()).statusCode());
            assertEquals(200, editor().fetch("media/" + unattached.getId()).statusCode());
        } finally {
            draft.setTranscript(null);
            fixtures.save(draft);
            library.delete(transcript);
            library.delete(unattached);
        }
    }

    @Test
    void aShowsArtworkIsForEveryone() {
        episode.setStatus(EpisodeStatus.DRAFT);
        episode = fixtures.save(episode);
        Show show = fixtures.show("Artwork");
        show.setArtwork(file);
        show = fixtures.save(show);
        try {
            assertEquals(200, get(path()).statusCode(), "artwork, although also a draft's audio");
        } finally {
            show.setArtwork(null);
            fixtures.save(show);
        }
    }

    @Test
    void unknownAddressesAreNotFound() {
        assertEquals(404, get("media/abc").statusCode());
        assertEquals(404, get("media/999999999").statusCode());
        assertEquals(404, get("media/").statusCode());
        assertEquals(404, get("media/0" + file.getId()).statusCode());
        assertEquals(404, get("media/99999999999999999999999").statusCode());
    }

    @Test
    void pathsNeverReachTheFileSystem() {
        HttpResponse<byte[]> response = get("media/..%2F..%2Fetc%2Fpasswd");

        // WildFly hands the encoded slashes to the servlet, which finds no id (404); Payara's
        // Grizzly may refuse them before any servlet runs (400). Never anything from the disk.
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, String.valueOf(response.statusCode()));
        assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains("root:"));
    }

    private String path() {
        return "media/" + file.getId();
    }

    private Episode withAudio(EpisodeStatus status, Instant publishedAt, MediaFile audio) {
        Show show = fixtures.show("Media serving");
        Episode created = fixtures.episode(show, "Audio", status, publishedAt);
        created.setAudioFile(audio);
        return fixtures.save(created);
    }

    /** Exactly what an unknown id gets, so that a guessed id tells nothing about what is stored. */
    private static void assertHidden(HttpResponse<byte[]> response, String who) {
        assertEquals(404, response.statusCode(), who);
        assertNull(header(response, "ETag"), who);
        assertNull(header(response, "Content-Range"), who);
    }

    private WebClient listener() {
        return WebClient.signIn(base, "listener", "listener-demo");
    }

    private WebClient editor() {
        return WebClient.signIn(base, "editor", "editor-demo");
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        return WebClient.anonymous(base).fetch(path, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
