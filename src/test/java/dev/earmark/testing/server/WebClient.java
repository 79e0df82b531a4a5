package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.MalformedURLException;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The tests' one HTTP client of the Earmark under test, from outside the server or inside it: paths are
 * relative to the deployment's URL, answers keep their status, headers and body.
 * <ul>
 * <li>{@link #anonymous}: no cookies, and every answer as it comes, redirects included (the guards' tests
 * look at them);</li>
 * <li>{@link #signIn}: a demo account signed in through the container's FORM login, the way a browser
 * does it: ask for a protected page, post the credentials to j_security_check with that session's
 * cookie, follow the redirects, then keep the cookie for every call.</li>
 * </ul>
 * HTTP/1.1 throughout, so that no h2c upgrade stands between a request and the filters.
 *
 * <pre>
 * WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
 * WebClient.Reply reply = admin.post("api/admin/shows", "{\"title\":\"Tea\"}");
 * </pre>
 */
public final class WebClient {

    private static final HttpClient ANONYMOUS = http().build();
    /** What Earmark's own scripts send with every change through the API, as no form or plain link can. */
    public static final String CHANGE_HEADER = "X-Earmark-Request";

    private final URI base;
    private final HttpClient client;

    private WebClient(URL base, HttpClient client) {
        this.base = URI.create(base.toExternalForm());
        this.client = client;
    }

    public static WebClient anonymous(URL base) {
        return new WebClient(base, ANONYMOUS);
    }

    /** @throws IllegalStateException if the realm does not accept the user and password */
    public static WebClient signIn(URL base, String user, String password) {
        WebClient signedIn = new WebClient(base, http()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
        signedIn.send(signedIn.request("account/sign-in").GET());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = signedIn.exchange(signedIn.request("j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        // A successful login redirects to the page asked for; a failed one answers with the error page in place.
        if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("j_security_check")) {
            throw new IllegalStateException("Sign-in as " + user + " failed: " + answer.statusCode() + " at " + answer.uri());
        }
        return signedIn;
    }

    private static HttpClient.Builder http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    }

    public Reply get(String path) {
        return get(path, "application/json");
    }

    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).header("Accept", "application/json").header(CHANGE_HEADER, "1").DELETE());
    }

    /** The whole answer to a GET, e.g. of a media file, in bytes; {@code headers} as name, value, name, value … */
    public HttpResponse<byte[]> fetch(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The same client, with its cookies, answering redirects as they come: a form's post and where it leads (the JDK's
     * client would follow a post's redirect with a GET that still says the post's Content-Type).
     */
    public WebClient notFollowingRedirects() {
        HttpClient.Builder builder = http().followRedirects(HttpClient.Redirect.NEVER);
        client.cookieHandler().ifPresent(builder::cookieHandler);
        try {
            return new WebClient(base.toURL(), builder.build());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cookie this client keeps (a signed-in client keeps the session's), e.g. to read a cluster node's route. */
    public Optional<String> cookie(String name) {
        return client.cookieHandler().map(handler -> ((CookieManager) handler).getCookieStore().get(base).stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst())
                .flatMap(value -> value);
    }

    /** A request to a path, to be completed (method, headers) and sent with {@link #send}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    private HttpRequest.Builder json(String path) {
        return request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .header(CHANGE_HEADER, "1");
    }

    /** Turns the client's checked exceptions into failures of the test. */
    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, HttpHeaders headers, String body) {

        /** The header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }
    }
}
