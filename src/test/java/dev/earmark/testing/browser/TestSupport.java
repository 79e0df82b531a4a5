package dev.earmark.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the test deployment's /test-support endpoints (dev.earmark.testing.server.FixturesResource). */
public final class TestSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private TestSupport() {
    }

    public static void post(URL base, String path) {
        send(base, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The answer's body, e.g. of "media/count". */
    public static String get(URL base, String path) {
        return send(base, path, HttpRequest.newBuilder().GET());
    }

    public static void setProperty(URL base, String name, String value) {
        send(base, "system-properties/" + name, HttpRequest.newBuilder().PUT(HttpRequest.BodyPublishers.ofString(value))
                .header("Content-Type", "text/plain"));
    }

    /** Signs in first (as the demo listener), since the property may have closed the site to anonymous callers. */
    public static void clearProperty(URL base, String name) {
        signIn(base);
        send(base, "system-properties/" + name, HttpRequest.newBuilder().DELETE());
    }

    /** The container's FORM login: ask for a protected page, then post the form it shows. */
    private static void signIn(URL base) {
        URI app = URI.create(base.toExternalForm());
        try {
            CLIENT.send(HttpRequest.newBuilder(app.resolve("account/sign-in")).build(),
                    HttpResponse.BodyHandlers.discarding());
            CLIENT.send(HttpRequest.newBuilder(app.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=listener&j_password=listener-demo"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String send(URL base, String path, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    request.uri(URI.create(base.toExternalForm()).resolve("test-support/" + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("test-support/" + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
