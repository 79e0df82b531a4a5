package dev.earmark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.cluster.Cluster;
import dev.earmark.testing.cluster.ClusterTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A listener's node dies ({@code kill -9}) under them: the balancer moves them to the other node, where their session
 * (the sign-in) goes on, replicated by WildFly's distributed web cache, and what they saved is there, as both nodes
 * share the database; then the node comes back and takes requests again.
 */
@ClusterTest
class FailoverClusterIT {

    private final Cluster cluster;

    FailoverClusterIT(Cluster cluster) {
        this.cluster = cluster;
    }

    @Test
    void aListenerWhoseNodeDiesStaysSignedInWithTheirPositionAndSnips() {
        long episode = DemoShow.archiveId(cluster.balancer());
        WebClient listener = cluster.signIn("listener", "listener-demo");
        assertEquals(200, listener.put("api/positions/" + episode, "{\"positionSeconds\": 751}").status());
        WebClient.Reply snip = tap(listener, episode, 1200);
        assertEquals(201, snip.status(), snip.body());
        long snipId = snip.object().getJsonNumber("id").longValue();
        String served = Cluster.servingNode(listener);

        cluster.kill(served);

        WebClient.Reply position = listener.get("api/positions/" + episode);
        assertEquals(200, position.status(), "still signed in after " + served + " died: " + position.body());
        assertEquals(751, position.object().getJsonNumber("positionSeconds").intValue());
        assertTrue(snipIds(listener, episode).contains(snipId), "the snip saved on " + served);
        assertEquals(200, listener.put("api/positions/" + episode, "{\"positionSeconds\": 900}").status());
        WebClient.Reply afterwards = tap(listener, episode, 1500);
        assertEquals(201, afterwards.status(), afterwards.body());
        String survivor = Cluster.otherThan(served);
        assertEquals(survivor, Cluster.servingNode(listener), "the session moved to the node that lives");

        cluster.restart(served);

        assertTrue(cluster.balancerRoutesTo(served), "the balancer sends " + served + " its sessions again");
        WebClient direct = WebClient.signIn(cluster.node(served), "listener", "listener-demo");
        JsonObject rejoined = direct.get("api/positions/" + episode).object();
        assertEquals(900, rejoined.getJsonNumber("positionSeconds").intValue(), "saved while " + served + " was dead");
        assertTrue(snipIds(direct, episode).contains(afterwards.object().getJsonNumber("id").longValue()));
        assertEquals(200, listener.get("api/positions/" + episode).status(), "the moved session goes on");
    }

    private static WebClient.Reply tap(WebClient listener, long episode, int atSeconds) {
        return listener.send(listener.request("api/snips").header("Accept", "application/json")
                .header("Content-Type", "application/json").header(WebClient.CHANGE_HEADER, "1")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"episodeId\": " + episode + ", \"atSeconds\": " + atSeconds + "}")));
    }

    private static Set<Long> snipIds(WebClient listener, long episode) {
        WebClient.Reply snips = listener.get("api/snips?episode=" + episode + "&size=100");
        assertEquals(200, snips.status(), snips.body());
        return snips.object().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
