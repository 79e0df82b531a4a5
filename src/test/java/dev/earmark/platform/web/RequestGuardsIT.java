package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The filters that guard every request decide on the path that is served, not on the address as typed, and
 * uploads reach the curation area only. Anonymous requests from outside, as an attacker would send them.
 */
@RunAsClient
class RequestGuardsIT extends ServerTest {

    private static final String BOUNDARY = "earmark-test-boundary";

    @Test
    void anonymousUploadToAPageIsRefusedWithAReason() {
        for (String page : new String[] {"index.xhtml", "admin/%2e%2e/index.xhtml"}) {
            WebClient.Reply response = postFile(page, 2 * 1024 * 1024);

            if (response.status() == 400 && page.contains("%2e")) {
                continue; // Payara's Grizzly may refuse an encoded dot segment itself; nothing is read then either.
            }
            assertEquals(415, response.status(), page);
            assertTrue(String.valueOf(response.contentType()).startsWith("application/json"), page);
            assertTrue(response.body().contains("curation area"), page + ": " + response.body());
        }
    }

    /**
     * WildFly decodes and normalises {@code /account/%2e%2e/…} to {@code /…} (and answers {@code /account/..;/…}
     * with the sign-in of /account/*): the raw URI looked like the open account pages, the served path is not.
     */
    @Test
    void aClosedCatalogueCannotBeReachedThroughAnOpenPath() {
        String artwork = WebClient.anonymous(base).get("api/shows").array().getValuesAs(JsonObject.class).stream()
                .filter(show -> show.get("artworkUrl") instanceof JsonString)
                .map(show -> URI.create(show.getString("artworkUrl")).getPath().replaceFirst("^.*/media/", "media/"))
                .findFirst().orElseThrow();
        TestSupport.setProperty(base, "earmark.anonymous-browsing", "false");
        try {
            assertEquals(401, get("api/shows").status());
            for (String detour : new String[] {"account/%2e%2e/", "account/..;/", "jakarta.faces.resource/%2e%2e/",
                    "health/%2e%2e/"}) {
                assertRefused(get(detour + "api/shows"), 401, detour + "api/shows");
                assertRefused(get(detour + "index.xhtml"), 302, detour + "index.xhtml");
                assertRefused(get(detour + artwork), 302, detour + artwork);
            }
            // A media link may end in any name; the sign-in's own address is no exception.
            String disguised = artwork.substring(0, artwork.lastIndexOf('/')) + "/j_security_check";
            WebClient.Reply file = get(disguised);
            assertTrue(file.status() != 200 || !String.valueOf(file.contentType()).startsWith("image/"),
                    disguised + " served the artwork");
            // 401 from the sign-in filter, or the container's own login handling of such an address: never the API.
            WebClient.Reply api = get("api/shows/j_security_check");
            assertTrue(api.status() == 401 || !String.valueOf(api.contentType()).contains("json"),
                    "api/shows/j_security_check answered " + api.status() + ": " + api.body());
        } finally {
            TestSupport.clearProperty(base, "earmark.anonymous-browsing");
        }
    }

    /**
     * A form or an image of another site cannot add a header: a change to a listener's snips or position without
     * Earmark's is refused before anything reads it, even with the listener's session, and says why.
     */
    @Test
    void changesToAListenersOwnDataNeedEarmarksHeader() {
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        for (String path : new String[] {"api/positions/1", "api/snips", "api/snips/1", "account/%2e%2e/api/snips"}) {
            for (String method : new String[] {"POST", "PUT", "DELETE"}) {
                // Without a body for DELETE: Payara's Grizzly refuses a DELETE with one (400) before any filter runs.
                HttpRequest.BodyPublisher body = "DELETE".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"positionSeconds\": 12}");
                WebClient.Reply forged = listener.send(listener.request(path).header("Content-Type", "application/json")
                        .method(method, body));
                if (forged.status() == 400 && path.contains("%2e")) {
                    continue; // Payara's Grizzly may refuse an encoded dot segment itself.
                }
                assertEquals(403, forged.status(), method + " " + path);
                assertTrue(forged.object().getString("message").contains("X-Earmark-Request"), forged.body());
            }
        }
        assertEquals(200, listener.put("api/positions/" + DemoShow.archiveId(base), "{\"positionSeconds\": 12}").status(),
                "Earmark's scripts send it");
    }

    @Test
    void onlyTheRealEmbedPagesMayBeFramed() {
        WebClient.Reply response = get("embed/%2e%2e/index.xhtml");

        if (response.status() != 400) { // Payara's Grizzly may refuse the encoded dot segment itself.
            assertTrue(String.valueOf(response.header("Content-Security-Policy")).endsWith("; frame-ancestors 'none'"),
                    String.valueOf(response.header("Content-Security-Policy")));
            assertEquals("DENY", response.header("X-Frame-Options"));
        }
    }

    /** Listener pages and the API run no inline script; stored files run nothing at all; curation may be framed by no one. */
    @Test
    void everyAnswerCarriesItsContentSecurityPolicy() {
        String artwork = get("api/shows").array().getValuesAs(JsonObject.class).stream()
                .filter(show -> show.get("artworkUrl") instanceof JsonString)
                .map(show -> URI.create(show.getString("artworkUrl")).getPath().replaceFirst("^.*/media/", "media/"))
                .findFirst().orElseThrow();
        for (String listenerPath : new String[] {"", "shows/meta-tech-podcast", "api/shows"}) {
            String policy = policy(get(listenerPath));
            assertTrue(policy.contains("script-src 'self';") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'none'") && !policy.contains("unsafe"), listenerPath + ": " + policy);
        }
        assertTrue(policy(get(artwork)).startsWith("sandbox; default-src 'none'"), artwork);
        WebClient.Reply signInInstead = get("admin/shows.xhtml"); // the container forwards to its sign-in page
        assertTrue(policy(signInInstead).endsWith("frame-ancestors 'none'"), policy(signInInstead));
        assertEquals("DENY", signInInstead.header("X-Frame-Options"));
    }

    private static String policy(WebClient.Reply response) {
        return String.valueOf(response.header("Content-Security-Policy"));
    }

    /**
     * With {@code earmark.base-url} set, every absolute URL is built on it: the request names another host (the
     * test server's), which must show up nowhere.
     */
    @Test
    void aConfiguredBaseUrlWinsOverTheRequestsHost() {
        String canonical = "https://podcasts.example.com/earmark";
        JsonObject summary = get("api/shows/meta-tech-podcast/episodes?size=100").object()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("slug").startsWith("archive-")).findFirst().orElseThrow();
        String episodePage = "/shows/meta-tech-podcast/episodes/" + summary.getString("slug");
        TestSupport.setProperty(base, "earmark.base-url", canonical);
        try {
            JsonObject episode = get("api/episodes/" + summary.getJsonNumber("id")).object();
            assertEquals(canonical + episodePage, episode.getString("pageUrl"));
            assertTrue(episode.getString("artworkUrl").startsWith(canonical + "/media/"), episode.getString("artworkUrl"));
            assertTrue(episode.getJsonObject("audio").getString("url").startsWith(canonical + "/media/"), episode.toString());

            String page = get(episodePage.substring(1)).body();
            assertTrue(page.contains("<link rel=\"canonical\" href=\"" + canonical + episodePage + "\""), page);
            assertTrue(page.contains("<meta property=\"og:url\" content=\"" + canonical + episodePage + "\""), page);
            assertTrue(page.contains(canonical + "/embed/episodes/" + summary.getJsonNumber("id")), "the embed snippet");

            String oembed = "oembed?url=" + URLEncoder.encode(canonical + episodePage, StandardCharsets.UTF_8);
            JsonObject answer = get(oembed).object();
            assertEquals(canonical + "/", answer.getString("provider_url"));
            assertTrue(answer.getString("html").contains(canonical + "/embed/episodes/"), answer.getString("html"));
            assertEquals(404, get("oembed?url="
                    + URLEncoder.encode(base.toExternalForm() + episodePage.substring(1), StandardCharsets.UTF_8)).status(),
                    "the request's own host is not the configured one");
        } finally {
            TestSupport.clearProperty(base, "earmark.base-url");
        }
        assertEquals(base.toExternalForm() + episodePage.substring(1),
                get("api/episodes/" + summary.getJsonNumber("id")).object().getString("pageUrl"),
                "unset again: the request's own address");
    }

    /**
     * The sign-in filter's answer ({@code expected}), the container's sign-in page (it kept the path below
     * /account/) or the container's own refusal of the address (400): never what lies behind it.
     */
    private static void assertRefused(WebClient.Reply response, int expected, String detour) {
        boolean signInPage = response.status() == 200 && response.body().contains("j_security_check");
        assertTrue(response.status() == expected || response.status() == 400 || signInPage,
                detour + " answered " + response.status() + ": " + response.body());
        if (response.status() == 302) {
            assertTrue(String.valueOf(response.header("Location")).contains("/account/sign-in"), detour);
        }
    }

    private WebClient.Reply get(String path) {
        return WebClient.anonymous(base).get(path);
    }

    /** A form with one file part of {@code size} bytes, as a browser sends it. */
    private WebClient.Reply postFile(String path, int size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] body = new byte[head.length() + size + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + size, tail.length());
        WebClient client = WebClient.anonymous(base);
        return client.send(client.request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }
}
