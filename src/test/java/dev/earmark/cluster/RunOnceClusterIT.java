package dev.earmark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.cluster.Cluster;
import dev.earmark.testing.cluster.ClusterTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both nodes deployed at once into the fresh cluster's empty database (cluster.sh starts them together): one of them
 * migrated it and loaded the demo under the job lease, the other found it done. Each node's health answer names the
 * same last holder of that lease, given back (a node that started again since took it, found the show and gave it
 * back: the holder need not be the loader); the logs of both say one load; the catalogue has the demo show once.
 */
@ClusterTest
class RunOnceClusterIT {

    private static final String DEMO_JOB = "demo-content";
    private static final String LOADED = "Loaded the demo show into the empty database";

    private final Cluster cluster;

    RunOnceClusterIT(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void theDemoWasLoadedOnceByOneOfTwoNodesStartedTogether() {
        Map<String, JsonObject> jobs = Cluster.NODES.stream().collect(Collectors.toMap(node -> node, this::jobsOf));
        String holder = jobs.get("node1").getString(DEMO_JOB);
        assertTrue(holder.matches("node[12]/[0-9a-f]{8}"), "a node's name: " + jobs);
        assertEquals(holder, jobs.get("node2").getString(DEMO_JOB), "every node reads the same leases: " + jobs);
        assertFalse(jobs.get("node2").containsKey(DEMO_JOB + ".until"), "given back after the load: " + jobs);

        Map<String, Long> loads = Cluster.NODES.stream().collect(Collectors.toMap(node -> node, this::loadsLogged));
        assertEquals(1, loads.values().stream().mapToLong(Long::longValue).sum(), "loads logged: " + loads);

        for (String node : Cluster.NODES) {
            List<String> slugs = WebClient.anonymous(cluster.node(node)).get("api/shows").array()
                    .getValuesAs(JsonObject.class).stream().map(show -> show.getString("slug")).toList();
            assertEquals(1, slugs.stream().filter(DemoShow.SLUG::equals).count(), node + ": " + slugs);
        }
    }

    private JsonObject jobsOf(String node) {
        WebClient.Reply health = WebClient.anonymous(cluster.node(node)).get("health/ready");
        assertEquals(200, health.status(), node + ": " + health.body());
        return health.object().getJsonObject("checks").getJsonObject("jobs");
    }

    private long loadsLogged(String node) {
        try (var lines = Files.lines(cluster.serverLog(node), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(LOADED)).count();
        } catch (IOException e) {
            throw new AssertionError("no log of " + node, e);
        }
    }
}
