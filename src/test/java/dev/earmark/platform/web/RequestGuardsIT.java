package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.Deployments;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.JsonHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filters that guard every request decide on the path that is served, not on the address as typed, and
 * uploads reach the curation area only. Anonymous requests from outside, as an attacker would send them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestGuardsIT {

    private static final String BOUNDARY = "earmark-test-boundary";

    // One protocol version, so that no h2c upgrade stands between the request and the filters.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.earmarkWithTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousUploadToAPageIsRefusedWithAReason() {
        for (String page : new String[] {"index.xhtml", "admin/%2e%2e/index.xhtml"}) {
            HttpResponse<String> response = send(multipart(page, 2 * 1024 * 1024));

            if (response.statusCode() == 400 && page.contains("%2e")) {
                continue; // Payara's Grizzly may refuse an encoded dot segment itself; nothing is read then either.
            }
            assertEquals(415, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), page);
            assertTrue(response.body().contains("curation area"), page + ": " + response.body());
        }
    }

    /**
     * WildFly decodes and normalises {@code /account/%2e%2e/…} to {@code /…} (and answers {@code /account/..;/…}
     * with the sign-in of /account/*): the raw URI looked like the open account pages, the served path is not.
     */
    @Test
    void aClosedCatalogueCannotBeReachedThroughAnOpenPath() {
        String artwork = new JsonHttp(base).get("api/shows").array().getValuesAs(JsonObject.class).stream()
                .filter(show -> show.get("artworkUrl") instanceof JsonString)
                .map(show -> URI.create(show.getString("artworkUrl")).getPath().replaceFirst("^.*/media/", "media/"))
                .findFirst().orElseThrow();
        TestSupport.setProperty(base, "earmark.anonymous-browsing", "false");
        try {
            assertEquals(401, send(get("api/shows")).statusCode());
            for (String detour : new String[] {"account/%2e%2e/", "account/..;/", "jakarta.faces.resource/%2e%2e/"}) {
                assertRefused(send(get(detour + "api/shows")), 401, detour + "api/shows");
                assertRefused(send(get(detour + "index.xhtml")), 302, detour + "index.xhtml");
                assertRefused(send(get(detour + artwork)), 302, detour + artwork);
            }
            // A media link may end in any name; the sign-in's own address is no exception.
            String disguised = artwork.substring(0, artwork.lastIndexOf('/')) + "/j_security_check";
            HttpResponse<String> file = send(get(disguised));
            assertTrue(file.statusCode() != 200 || !file.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                    disguised + " served the artwork");
            // 401 from the sign-in filter, or the container's own login handling of such an address: never the API.
            HttpResponse<String> api = send(get("api/shows/j_security_check"));
            assertTrue(api.statusCode() == 401 || !api.headers().firstValue("Content-Type").orElse("").contains("json"),
                    "api/shows/j_security_check answered " + api.statusCode() + ": " + api.body());
        } finally {
            TestSupport.clearProperty(base, "earmark.anonymous-browsing");
        }
    }

    @Test
    void onlyTheRealEmbedPagesMayBeFramed() {
        HttpResponse<String> response = send(get("embed/%2e%2e/index.xhtml"));

        if (response.statusCode() != 400) { // Payara's Grizzly may refuse the encoded dot segment itself.
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").endsWith("; frame-ancestors 'none'"),
                    response.headers().toString());
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        }
    }

    /** Listener pages and the API run no inline script; stored files run nothing at all; curation may be framed by no one. */
    @Test
    void everyAnswerCarriesItsContentSecurityPolicy() {
        String artwork = new JsonHttp(base).get("api/shows").array().getValuesAs(JsonObject.class).stream()
                .filter(show -> show.get("artworkUrl") instanceof JsonString)
                .map(show -> URI.create(show.getString("artworkUrl")).getPath().replaceFirst("^.*/media/", "media/"))
                .findFirst().orElseThrow();
        for (String listenerPath : new String[] {"", "shows/meta-tech-podcast", "api/shows"}) {
            String policy = policy(send(get(listenerPath)));
            assertTrue(policy.contains("script-src 'self';") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'none'") && !policy.contains("unsafe"), listenerPath + ": " + policy);
        }
        assertTrue(policy(send(get(artwork))).startsWith("sandbox; default-src 'none'"), artwork);
        HttpResponse<String> signInInstead = send(get("admin/shows.xhtml")); // the container forwards to its sign-in page
        assertTrue(policy(signInInstead).endsWith("frame-ancestors 'none'"), signInInstead.headers().toString());
        assertEquals("DENY", signInInstead.headers().firstValue("X-Frame-Options").orElse(null));
    }

    private static String policy(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    /**
     * The sign-in filter's answer ({@code expected}), the container's sign-in page (it kept the path below
     * /account/) or the container's own refusal of the address (400): never what lies behind it.
     */
    private static void assertRefused(HttpResponse<String> response, int expected, String detour) {
        boolean signInPage = response.statusCode() == 200 && response.body().contains("j_security_check");
        assertTrue(response.statusCode() == expected || response.statusCode() == 400 || signInPage,
                detour + " answered " + response.statusCode() + ": " + response.body());
        if (response.statusCode() == 302) {
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/account/sign-in"), detour);
        }
    }

    private HttpRequest.Builder get(String path) {
        return request(path).header("Accept", "application/json").GET();
    }

    /** A form with one file part of {@code size} bytes, as a browser sends it. */
    private HttpRequest.Builder multipart(String path, int size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] body = new byte[head.length() + size + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + size, tail.length());
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return JsonHttp.send(CLIENT, request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
