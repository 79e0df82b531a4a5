package dev.earmark.platform.web;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text answers of every kind go gzipped to a client that asks for it and, once decompressed, are byte for byte
 * what a client that did not ask gets; audio, images, byte ranges and curation pages go as they are.
 */
class CompressionIT extends ServerTest {

    @Inject
    MediaLibrary library;

    private byte[] audio;
    private byte[] transcript;
    private byte[] artwork;
    private Show show;
    private Episode episode;
    private List<MediaFile> files;

    /** A published episode with audio and a transcript, of a show with artwork. */
    @BeforeEach
    void publishAnEpisode() {
        audio = readAll(SampleAudio.open(SampleAudio.MP3));
        transcript = webVtt();
        artwork = pngLookingBytes();
        MediaFile audioFile = store(audio, "episode.mp3", MediaTypes.AUDIO);
        MediaFile transcriptFile = library.storeChecked(transcript, "episode.vtt", "text/vtt");
        MediaFile artworkFile = store(artwork, "cover.png", MediaTypes.IMAGES);
        files = List.of(audioFile, transcriptFile, artworkFile);
        show = fixtures.show("Compression");
        show.setArtwork(artworkFile);
        show = fixtures.save(show);
        episode = fixtures.episode(show, "Small talk", EpisodeStatus.PUBLISHED, Instant.parse("2024-03-01T10:00:00Z"));
        episode.setAudioFile(audioFile);
        episode.setTranscript(transcriptFile);
        episode = fixtures.save(episode);
    }

    @AfterEach
    void deleteTheFiles() {
        episode.setAudioFile(null);
        episode.setTranscript(null);
        fixtures.save(episode);
        show.setArtwork(null);
        fixtures.save(show);
        files.forEach(library::delete);
    }

    @Test
    void pagesGoCompressed() {
        assertCompressed("", "text/html");
        assertCompressed(showPage(), "text/html");
        assertCompressed(episodePage(), "text/html");
        assertCompressed("embed/episodes/" + episode.getId(), "text/html");
    }

    @Test
    void apiAnswersGoCompressed() {
        assertCompressed("api/shows", "application/json");
        assertCompressed("api/shows/" + show.getSlug() + "/episodes", "application/json");
        assertCompressed("api/episodes/" + episode.getId(), "application/json");
        assertCompressed("api/player/texts", "application/json");
    }

    @Test
    void theWidgetGoesCompressed() {
        assertCompressed("widget.js", "javascript");
        assertCompressed("widget.css", "text/css");
    }

    @Test
    void oEmbedGoesCompressedInBothFormats() {
        String url = URLEncoder.encode(base.toExternalForm() + episodePage(), StandardCharsets.UTF_8);
        assertCompressed("oembed?url=" + url, "application/json");
        assertCompressed("oembed?url=" + url + "&format=xml", "text/xml");
    }

    @Test
    void theTranscriptGoesCompressedUnderAWeakTagThatStillRevalidates() {
        HttpResponse<byte[]> compressed = assertCompressed(transcriptPath(), "text/vtt");
        assertArrayEquals(transcript, gunzipped(compressed.body()));

        String weakTag = header(compressed, "ETag");
        assertTrue(weakTag.startsWith("W/\""), weakTag);
        assertEquals(weakTag.substring(2), header(get(transcriptPath()), "ETag"), "the stored file's own tag");
        assertEquals(304, get(transcriptPath(), "Accept-Encoding", "gzip", "If-None-Match", weakTag).statusCode());
    }

    @Test
    void errorsOfTheApiGoCompressedToo() {
        HttpResponse<byte[]> plain = get("api/shows/no-such-show");
        HttpResponse<byte[]> compressed = get("api/shows/no-such-show", "Accept-Encoding", "gzip");

        assertEquals(404, compressed.statusCode());
        assertEquals("gzip", header(compressed, "Content-Encoding"));
        assertArrayEquals(plain.body(), gunzipped(compressed.body()));
    }

    @Test
    void audioGoesAsStoredWholeOrInRanges() {
        HttpResponse<byte[]> whole = get(audioPath(), "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> range = get(audioPath(), "Accept-Encoding", "gzip", "Range", "bytes=1000-4999");

        assertEquals(200, whole.statusCode());
        assertNull(header(whole, "Content-Encoding"));
        assertFalse(variesByAcceptEncoding(whole));
        assertEquals(String.valueOf(audio.length), header(whole, "Content-Length"));
        assertEquals("\"" + files.get(0).getSha256() + "\"", header(whole, "ETag"), "the strong tag, for If-Range");
        assertArrayEquals(audio, whole.body());
        assertEquals(206, range.statusCode());
        assertNull(header(range, "Content-Encoding"));
        assertEquals("bytes 1000-4999/" + audio.length, header(range, "Content-Range"));
        assertEquals("4000", header(range, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(audio, 1000, 5000), range.body());
    }

    @Test
    void aTranscriptsByteRangeGoesAsStored() {
        HttpResponse<byte[]> range = get(transcriptPath(), "Accept-Encoding", "gzip", "Range", "bytes=0-99");

        assertEquals(206, range.statusCode());
        assertNull(header(range, "Content-Encoding"));
        assertArrayEquals(Arrays.copyOf(transcript, 100), range.body());
    }

    @Test
    void imagesGoAsStored() {
        HttpResponse<byte[]> response = get("media/" + files.get(2).getId(), "Accept-Encoding", "gzip");

        assertEquals(200, response.statusCode());
        assertEquals("image/png", header(response, "Content-Type"));
        assertNull(header(response, "Content-Encoding"));
        assertArrayEquals(artwork, response.body());
    }

    @Test
    void nothingIsCompressedForAClientThatRefusesGzip() {
        for (String refusal : new String[] {"identity", "gzip;q=0", "br, deflate"}) {
            HttpResponse<byte[]> response = get("api/shows", "Accept-Encoding", refusal);

            assertEquals(200, response.statusCode(), refusal);
            assertNull(header(response, "Content-Encoding"), refusal);
            assertTrue(variesByAcceptEncoding(response), refusal);
        }
    }

    @Test
    void curationPagesGoAsTheyAre() {
        HttpResponse<byte[]> page = WebClient.signIn(base, "admin", "admin-demo")
                .fetch("admin/episodes.xhtml?show=" + show.getSlug(), "Accept-Encoding", "gzip");

        assertEquals(200, page.statusCode());
        assertNull(header(page, "Content-Encoding"));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("jakarta.faces.ViewState"));
    }

    /**
     * The answer with gzip asked for is compressed, and decompressed it is the answer without: the same type, the
     * same bytes; both say that they vary by Accept-Encoding.
     */
    private HttpResponse<byte[]> assertCompressed(String path, String type) {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> compressed = get(path, "Accept-Encoding", "gzip, deflate, br");

        assertEquals(200, plain.statusCode(), path);
        assertEquals(200, compressed.statusCode(), path);
        assertTrue(header(compressed, "Content-Type").contains(type), path + ": " + header(compressed, "Content-Type"));
        assertEquals(header(plain, "Content-Type"), header(compressed, "Content-Type"), path);
        assertNull(header(plain, "Content-Encoding"), path);
        assertEquals("gzip", header(compressed, "Content-Encoding"), path);
        assertTrue(variesByAcceptEncoding(plain), path);
        assertTrue(variesByAcceptEncoding(compressed), path);
        assertArrayEquals(plain.body(), gunzipped(compressed.body()), path);
        assertTrue(compressed.body().length < plain.body().length, path);
        return compressed;
    }

    private static boolean variesByAcceptEncoding(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(vary -> Arrays.stream(vary.split(",")))
                .anyMatch(field -> field.strip().equalsIgnoreCase("Accept-Encoding"));
    }

    private String showPage() {
        return "shows/" + show.getSlug();
    }

    private String episodePage() {
        return showPage() + "/episodes/" + episode.getSlug();
    }

    private String audioPath() {
        return "media/" + files.get(0).getId();
    }

    private String transcriptPath() {
        return "media/" + files.get(1).getId();
    }

    private MediaFile store(byte[] content, String name, Set<String> types) {
        return library.store(new ByteArrayInputStream(content), name, content.length, types);
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        return WebClient.anonymous(base).fetch(path, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] gunzipped(byte[] body) {
        return readAll(gunzipping(body));
    }

    private static InputStream gunzipping(byte[] body) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] webVtt() {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int second = 0; second < 120; second++) {
            vtt.append(String.format("00:%02d:%02d.000 --> 00:%02d:%02d.900\nWe talk about compression, minute %d.\n\n",
                    second / 60, second % 60, second / 60, second % 60, second / 60));
        }
        return vtt.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pngLookingBytes() {
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
