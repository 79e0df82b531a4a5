package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** What a load balancer and an operator ask: is this server alive, and can it serve? */
@RunAsClient
class HealthIT extends ServerTest {

    private static final Set<String> CHECKS = Set.of("database", "migrations", "mediaDir", "jobs");

    @Test
    void aServerThatCanServeIsUpWithEachCheck() {
        for (String path : new String[] {"health", "health/ready"}) {
            WebClient.Reply ready = fresh(path, 200);
            JsonObject answer = ready.object();
            assertEquals("UP", answer.getString("status"), path);
            assertFalse(answer.getString("node").isBlank(), path);
            JsonObject checks = answer.getJsonObject("checks");
            assertEquals(CHECKS, checks.keySet(), path);
            CHECKS.forEach(check -> assertEquals("UP", checks.getJsonObject(check).getString("status"), path + " " + check));
            assertTrue(checks.getJsonObject("migrations").getString("version").matches("[0-9.]+"), ready.body());
        }
        JsonObject live = fresh("health/live", 200).object();
        assertEquals("UP", live.getString("status"));
        assertFalse(live.containsKey("checks"), "live asks nothing: " + live);
    }

    /** A media directory that cannot be made (its parent is a file) takes the server out of the balancer, not out of life. */
    @Test
    void aMediaDirectoryThatTakesNoFilesIsDown() throws IOException {
        Path notAFolder = Files.createTempFile("earmark-health", ".txt");
        String media = notAFolder.resolve("media").toAbsolutePath().toString();
        TestSupport.setProperty(base, "earmark.media-dir", media);
        try {
            WebClient.Reply ready = fresh("health/ready", 503);
            JsonObject answer = ready.object();
            assertEquals("DOWN", answer.getString("status"));
            assertEquals("DOWN", answer.getJsonObject("checks").getJsonObject("mediaDir").getString("status"));
            assertEquals("UP", answer.getJsonObject("checks").getJsonObject("database").getString("status"));
            assertFalse(ready.body().contains(notAFolder.getFileName().toString()), "no paths in the answer: " + ready.body());
            assertEquals(503, fresh("health", 503).status());
            assertEquals("UP", fresh("health/live", 200).object().getString("status"));
        } finally {
            TestSupport.clearProperty(base, "earmark.media-dir");
            Files.delete(notAFolder);
        }
        fresh("health/ready", 200);
    }

    @Test
    void aClosedCatalogueStillAnswersTheBalancer() {
        TestSupport.setProperty(base, "earmark.anonymous-browsing", "false");
        try {
            assertEquals(401, WebClient.anonymous(base).get("api/shows").status(), "the catalogue is closed");
            for (String path : new String[] {"health", "health/ready", "health/live"}) {
                assertEquals("UP", fresh(path, 200).object().getString("status"), path);
            }
        } finally {
            TestSupport.clearProperty(base, "earmark.anonymous-browsing");
        }
    }

    @Test
    void anUnknownProbeIsNotFound() {
        assertEquals(404, WebClient.anonymous(base).get("health/everything").status());
    }

    /** An anonymous GET answered with the status, as JSON that no cache keeps, without a session. */
    private WebClient.Reply fresh(String path, int status) {
        WebClient.Reply reply = WebClient.anonymous(base).get(path);
        assertEquals(status, reply.status(), path + ": " + reply.body());
        assertTrue(String.valueOf(reply.contentType()).startsWith("application/json"), path + ": " + reply.contentType());
        assertEquals("no-store", reply.header("Cache-Control"), path);
        assertNull(reply.header("Set-Cookie"), path + " made a session");
        return reply;
    }
}
