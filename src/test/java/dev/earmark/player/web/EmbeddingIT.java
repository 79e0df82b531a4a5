package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Embedding over HTTP: who may frame which page, CORS for the allowed portal only, and oEmbed per the spec. */
@RunAsClient
class EmbeddingIT extends ServerTest {

    private static final String PORTAL = "http://127.0.0.1:" + PortalServer.PORT;
    private static final String EPISODE_PAGE = DemoShow.ARCHIVE_PAGE;

    private long archiveId;

    @BeforeEach
    void archive() {
        archiveId = DemoShow.archiveId(base);
    }

    @Test
    void onlyEmbedPagesMayBeFramedAndOnlyByTheAllowList() {
        WebClient.Reply embed = get("embed/episodes/" + archiveId, null);
        assertEquals(200, embed.status());
        assertTrue(embed.header("Content-Security-Policy").endsWith("; frame-ancestors 'self' " + PORTAL),
                embed.header("Content-Security-Policy"));
        // Earmark sends none; Payara's listener adds SAMEORIGIN to every HTTP/1.1 answer, which browsers ignore
        // where a Content-Security-Policy names frame-ancestors (PlayerBrowserIT frames the page from a portal).
        assertTrue(embed.headers().allValues("X-Frame-Options").stream().allMatch("SAMEORIGIN"::equals),
                embed.headers().toString());
        assertEquals("nosniff", embed.header("X-Content-Type-Options"));
        assertTrue(embed.body().contains("<earmark-player episode=\"" + archiveId + "\" context=\"embed\">"), embed.body());
        assertEquals(200, get("embed/shows/meta-tech-podcast", null).status());

        for (String page : List.of("", EPISODE_PAGE, "api/shows", "widget.js")) {
            WebClient.Reply other = get(page, null);
            assertTrue(other.header("Content-Security-Policy").endsWith("; frame-ancestors 'none'"), page);
            assertEquals("DENY", other.header("X-Frame-Options"), page);
            assertEquals("strict-origin-when-cross-origin", other.header("Referrer-Policy"), page);
        }
    }

    @Test
    void unknownEmbedsAndTheViewItselfAreNotFound() {
        assertEquals(404, get("embed/episodes/987654321", null).status());
        assertEquals(404, get("embed/shows/no-such-show", null).status());
        assertEquals(404, get("embed/whatever", null).status());
        assertEquals(404, get("player/embed.xhtml?episode=" + archiveId, null).status());
    }

    @Test
    void corsOnlyForAllowedOrigins() {
        WebClient.Reply allowed = get("api/episodes/" + archiveId, PORTAL);
        assertEquals(PORTAL, allowed.header("Access-Control-Allow-Origin"));
        assertTrue(allowed.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        WebClient.Reply other = get("api/episodes/" + archiveId, "http://localhost:" + PortalServer.PORT);
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(other.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")));

        WebClient.Reply texts = get("api/player/texts", PORTAL);
        assertEquals(PORTAL, texts.header("Access-Control-Allow-Origin"));
        assertEquals("Play", texts.object().getString("play"));
        String vary = String.join(",", texts.headers().allValues("Vary"));
        assertTrue(vary.contains("Origin") && vary.contains("Accept-Language"), vary);
    }

    /** A portal's player saves the listener's snips and positions with the session; nothing else goes with it. */
    @Test
    void corsWithCredentialsOnlyForTheListenersOwnDataAndOnlyForAllowedOrigins() {
        for (String path : List.of("api/positions/" + archiveId, "api/snips")) {
            WebClient.Reply read = get(path, PORTAL);
            assertEquals(401, read.status(), path + " is for signed-in listeners");
            assertEquals(PORTAL, read.header("Access-Control-Allow-Origin"), path);
            assertEquals("true", read.header("Access-Control-Allow-Credentials"), path);

            WebClient.Reply preflight = preflight(path, PORTAL);
            assertEquals(204, preflight.status(), path);
            assertEquals(PORTAL, preflight.header("Access-Control-Allow-Origin"), path);
            assertEquals("true", preflight.header("Access-Control-Allow-Credentials"), path);
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"), path);
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("X-Earmark-Request"), path);

            WebClient.Reply other = preflight(path, "http://localhost:" + PortalServer.PORT);
            assertEquals(403, other.status(), path);
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            assertTrue(other.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
        WebClient.Reply catalogue = preflight("api/episodes/" + archiveId, PORTAL);
        assertEquals(204, catalogue.status());
        assertTrue(catalogue.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertEquals("GET, HEAD", catalogue.header("Access-Control-Allow-Methods"));
    }

    @Test
    void episodeJsonHasWhatThePlayerShows() {
        JsonObject episode = get("api/episodes/" + archiveId, null).object();
        assertEquals("Meta Tech Podcast", episode.getString("showTitle"));
        assertTrue(episode.getString("artworkUrl").startsWith("http"));
        assertTrue(episode.getString("pageUrl").endsWith("/earmark/" + EPISODE_PAGE), episode.getString("pageUrl"));
        assertTrue(episode.getBoolean("downloadable"));
    }

    @Test
    void oembedAnswersJsonAndXmlSizedToTheConsumer() {
        String url = base + EPISODE_PAGE;
        WebClient.Reply reply = get("oembed?url=" + encode(url), null);
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
        JsonObject answer = reply.object();
        assertEquals("1.0", answer.getString("version"));
        assertEquals("rich", answer.getString("type"));
        assertEquals("Earmark", answer.getString("provider_name"));
        assertEquals(640, answer.getInt("width"));
        assertEquals(400, answer.getInt("height"));
        String html = answer.getString("html");
        assertTrue(html.startsWith("<iframe src=\"" + base + "embed/episodes/" + archiveId + "\"") && html.contains("loading=\"lazy\"")
                && html.contains("title=\"Earmark player: ARCHIVE"), html);

        JsonObject small = get("oembed?url=" + encode(url) + "&maxwidth=300&maxheight=200&format=json", null).object();
        assertEquals(300, small.getInt("width"));
        assertEquals(200, small.getInt("height"));
        assertTrue(small.getString("html").contains("width=\"300\" height=\"200\""));

        WebClient.Reply xml = get("oembed?url=" + encode(url) + "&format=xml", null);
        assertEquals(200, xml.status());
        assertTrue(xml.header("Content-Type").startsWith("text/xml"));
        assertTrue(xml.body().contains("<type>rich</type>") && xml.body().contains("<html>&lt;iframe src="), xml.body());

        JsonObject show = get("oembed?url=" + encode(base + "shows/meta-tech-podcast"), null).object();
        assertTrue(show.getString("html").contains("/embed/shows/meta-tech-podcast"));
    }

    @Test
    void oembedErrorsAsTheSpecSays() {
        String url = encode(base + EPISODE_PAGE);
        assertEquals(501, get("oembed?url=" + url + "&format=yaml", null).status());
        assertEquals(404, get("oembed?url=" + encode(base + "shows/meta-tech-podcast/episodes/nope"), null).status());
        assertEquals(404, get("oembed?url=" + encode("https://elsewhere.example/earmark/" + EPISODE_PAGE), null).status());
        assertEquals(400, get("oembed?url=" + url + "&maxwidth=wide", null).status());
        assertEquals(400, get("oembed", null).status());
    }

    @Test
    void episodePageAdvertisesOembed() {
        String page = get(EPISODE_PAGE, null).body();
        assertTrue(page.contains("type=\"application/json+oembed\""), page);
        assertTrue(page.contains("type=\"text/xml+oembed\""), page);
        assertFalse(page.contains("id=\"episode-audio\""), "the old player is gone");
        assertTrue(page.contains("<earmark-player"), page);
    }

    private WebClient.Reply get(String path, String origin) {
        WebClient anonymous = WebClient.anonymous(base);
        HttpRequest.Builder request = anonymous.request(path);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return anonymous.send(request);
    }

    private WebClient.Reply preflight(String path, String origin) {
        WebClient anonymous = WebClient.anonymous(base);
        return anonymous.send(anonymous.request(path).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key,x-earmark-request")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
