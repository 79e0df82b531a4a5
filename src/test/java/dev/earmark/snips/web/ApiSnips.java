package dev.earmark.snips.web;

import dev.earmark.testing.server.WebClient;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Snips saved through the JSON API, as the widget and other clients save them, for the pages' tests. */
public final class ApiSnips {

    private ApiSnips() {
    }

    /** Saves the moment {@code lengthSeconds} back from {@code atSeconds} of the episode, with a new idempotency key. */
    public static WebClient.Reply save(WebClient listener, long episodeId, int atSeconds, int lengthSeconds) {
        return listener.send(listener.request("api/snips").header("Content-Type", "application/json")
                .header("Accept", "application/json").header(WebClient.CHANGE_HEADER, "1")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"episodeId\":" + episodeId + ",\"atSeconds\":" + atSeconds
                        + ",\"lengthSeconds\":" + lengthSeconds + "}")));
    }
}
