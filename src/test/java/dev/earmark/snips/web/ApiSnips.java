package dev.earmark.snips.web;

import dev.earmark.testing.server.WebClient;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Snips saved and changed through the JSON API, as the widget and other clients do, for the pages' tests. */
final class ApiSnips {

    private ApiSnips() {
    }

    /** Saves the moment {@code lengthSeconds} back from {@code atSeconds} of the episode, with a new idempotency key. */
    static WebClient.Reply save(WebClient listener, long episodeId, int atSeconds, int lengthSeconds) {
        return listener.send(change(listener, "api/snips").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"episodeId\":\"" + episodeId + "\",\"atSeconds\":"
                        + atSeconds + ",\"lengthSeconds\":" + lengthSeconds + "}")));
    }

    /** Replaces the snip's title, note and tags over the version read. */
    static WebClient.Reply edit(WebClient listener, long id, String json) {
        return listener.send(change(listener, "api/snips/" + id).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A change through the API carries the header that makes a cross-origin request be preflighted. */
    private static HttpRequest.Builder change(WebClient listener, String path) {
        return listener.request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Earmark-Request", "1");
    }
}
