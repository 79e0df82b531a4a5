package dev.earmark.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.cluster.Cluster;
import dev.earmark.testing.cluster.ClusterTest;
import dev.earmark.testing.cluster.EpisodeEditorForm;
import dev.earmark.testing.server.SampleAudio;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A curator's node dies while their audio upload arrives: the upload fails cleanly, and listeners never see half a
 * file, neither through the API and the media addresses nor as a stored file in the shared media folder; the curator,
 * moved to the other node, uploads it again, whole.
 */
@ClusterTest
class UploadClusterIT {

    private static final int AUDIO_BYTES = 8 * 1024 * 1024;
    private static final String STORAGE_KEY = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Cluster cluster;

    UploadClusterIT(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void anUploadWhoseNodeDiesFailsCleanlyAndSucceedsOnTheOtherNode() {
        byte[] audio = SampleAudio.opusLooking(AUDIO_BYTES);
        String title = "Upload through a dying node " + Instant.now().toEpochMilli();
        Instant before = Instant.now().minusSeconds(1);
        WebClient curator = cluster.signIn("admin", "admin-demo");
        String receiving = Cluster.servingNode(curator);

        Optional<Integer> status = send(EpisodeEditorForm.newEpisode(curator, DemoShow.SLUG, title, "dying.opus",
                audio.length, () -> new KillingHalfWay(new ByteArrayInputStream(audio), AUDIO_BYTES / 2, () -> cluster.kill(receiving))),
                curator);

        Optional<JsonObject> episode = episodeTitled(title);
        if (episode.isPresent()) {
            assertArrayEquals(audio, audioOf(episode.get()), "saved despite the crash (answer " + status + "): all of it");
        }
        assertStoredFilesWhole(before, audio);

        assertEquals(Optional.of(302), send(EpisodeEditorForm.newEpisode(curator, DemoShow.SLUG, title + " again",
                "again.opus", audio.length, () -> new ByteArrayInputStream(audio)), curator),
                "the upload again, on the other node, saved and on to the saved episode's editor");
        assertEquals(Cluster.otherThan(receiving), Cluster.servingNode(curator));
        assertArrayEquals(audio, audioOf(episodeTitled(title + " again").orElseThrow()));
        assertStoredFilesWhole(before, audio);

        cluster.restart(receiving);
    }

    /** The answer's status, or none when the connection broke while the request was sent. */
    private static Optional<Integer> send(HttpRequest.Builder request, WebClient client) {
        try {
            return Optional.of(client.notFollowingRedirects().send(request).status());
        } catch (UncheckedIOException broken) {
            return Optional.empty();
        }
    }

    private Optional<JsonObject> episodeTitled(String title) {
        return WebClient.anonymous(cluster.balancer()).get("api/shows/" + DemoShow.SLUG + "/episodes?size=100")
                .object().getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> title.equals(item.getString("title"))).findFirst();
    }

    private byte[] audioOf(JsonObject episode) {
        String url = episode.getJsonObject("audio").getString("url");
        HttpResponse<byte[]> answer = WebClient.anonymous(cluster.balancer()).fetch(url);
        assertEquals(200, answer.statusCode(), url);
        return answer.body();
    }

    /** Every file stored since the test began under a key (what listeners can be served) is the whole upload. */
    private void assertStoredFilesWhole(Instant since, byte[] audio) {
        try (Stream<Path> files = Files.list(cluster.mediaDirectory())) {
            List<Path> stored = files.filter(file -> file.getFileName().toString().matches(STORAGE_KEY))
                    .filter(file -> modified(file).isAfter(since)).toList();
            for (Path file : stored) {
                assertTrue(Files.size(file) == audio.length && Arrays.equals(audio, Files.readAllBytes(file)),
                        "a stored file that is not the whole upload: " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audio that kills the node receiving it when half of it is sent, then goes on. */
    private static final class KillingHalfWay extends FilterInputStream {

        private long beforeKill;
        private final Runnable kill;

        KillingHalfWay(InputStream in, long beforeKill, Runnable kill) {
            super(in);
            this.beforeKill = beforeKill;
            this.kill = kill;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (beforeKill == 0) {
                beforeKill = -1;
                kill.run();
            }
            int read = super.read(buffer, offset, beforeKill > 0 ? (int) Math.min(length, beforeKill) : length);
            if (read > 0 && beforeKill > 0) {
                beforeKill -= read;
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }
    }
}
