package dev.earmark.testing;

import dev.earmark.testing.server.JsonHttp;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An HTTP client signed in as a demo account through the container's FORM login, the way a browser
 * does it: ask for a protected page, post the credentials to j_security_check with that session's
 * cookie, then keep the cookie for every call. {@link #anonymous} is the same client without signing in.
 *
 * <pre>
 * SignedInClient admin = SignedInClient.signIn(base, "admin", "admin-demo");
 * JsonHttp.Reply reply = admin.post("api/admin/shows", "{\"title\":\"Tea\"}");
 * </pre>
 */
public final class SignedInClient {

    private final URI base;
    private final HttpClient client;

    private SignedInClient(URL base) {
        this.base = URI.create(base.toExternalForm());
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static SignedInClient anonymous(URL base) {
        return new SignedInClient(base);
    }

    /** @throws IllegalStateException if the realm does not accept the user and password */
    public static SignedInClient signIn(URL base, String user, String password) {
        SignedInClient signedIn = new SignedInClient(base);
        signedIn.send(signedIn.request("account/sign-in").GET());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = signedIn.send(signedIn.request("j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        // A successful login redirects to the page asked for; a failed one answers with the error page in place.
        if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("j_security_check")) {
            throw new IllegalStateException("Sign-in as " + user + " failed: " + answer.statusCode() + " at " + answer.uri());
        }
        return signedIn;
    }

    public JsonHttp.Reply get(String path) {
        return reply(request(path).GET());
    }

    /** The whole answer, headers and bytes, e.g. of a media file; {@code headers} as name, value, name, value … */
    public HttpResponse<byte[]> fetch(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return JsonHttp.send(client, request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public JsonHttp.Reply post(String path, String json) {
        return reply(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public JsonHttp.Reply put(String path, String json) {
        return reply(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public JsonHttp.Reply delete(String path) {
        return reply(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").timeout(Duration.ofSeconds(30));
    }

    private JsonHttp.Reply reply(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request);
        return new JsonHttp.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return JsonHttp.send(client, request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
