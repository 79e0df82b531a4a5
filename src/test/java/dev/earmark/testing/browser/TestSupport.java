package dev.earmark.testing.browser;

import dev.earmark.testing.server.WebClient;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Calls the test deployment's /test-support endpoints (dev.earmark.testing.server.FixturesResource). */
public final class TestSupport {

    private TestSupport() {
    }

    /** The answer's body: what some fixtures answer, e.g. a show's id. */
    public static String post(URL base, String path) {
        return send(WebClient.anonymous(base), path, request -> request.POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The answer's body, e.g. of "media/count". */
    public static String get(URL base, String path) {
        return send(WebClient.anonymous(base), path, HttpRequest.Builder::GET);
    }

    public static void setProperty(URL base, String name, String value) {
        send(WebClient.anonymous(base), "system-properties/" + name, text("PUT", value));
    }

    /** Signs in first (as the demo listener), since the property may have closed the site to anonymous callers. */
    public static void clearProperty(URL base, String name) {
        send(WebClient.signIn(base, "listener", "listener-demo"), "system-properties/" + name,
                HttpRequest.Builder::DELETE);
    }

    /** Moves the server's clock forward (BrowserTest.advanceClock puts it back after the test). */
    public static void advanceClock(URL base, Duration by) {
        send(WebClient.anonymous(base), "clock/advance", text("POST", by.toString()));
    }

    public static void resetClock(URL base) {
        send(WebClient.anonymous(base), "clock", HttpRequest.Builder::DELETE);
    }

    private static UnaryOperator<HttpRequest.Builder> text(String method, String value) {
        return request -> request.header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString(value));
    }

    private static String send(WebClient client, String path, UnaryOperator<HttpRequest.Builder> method) {
        WebClient.Reply reply = client.send(method.apply(client.request("test-support/" + path)));
        if (reply.status() >= 300) {
            throw new IllegalStateException("test-support/" + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }
}
