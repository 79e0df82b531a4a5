package dev.earmark.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.Deployments;
import dev.earmark.testing.browser.PortalServer;
import dev.earmark.testing.server.JsonHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Embedding over HTTP: who may frame which page, CORS for the allowed portal only, and oEmbed per the spec. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddingIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PORTAL = "http://127.0.0.1:" + PortalServer.PORT;
    private static final String EPISODE_PAGE = "shows/meta-tech-podcast/episodes/archive-from-facebook-home-to-instagram-stories";

    @Deployment
    static WebArchive deployment() {
        return Deployments.earmark();
    }

    @ArquillianResource
    URL base;

    private long archiveId;

    @BeforeEach
    void archive() {
        archiveId = new JsonHttp(base).get("api/shows/meta-tech-podcast/episodes?size=100").object()
                .getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> item.getString("slug").startsWith("archive-")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void onlyEmbedPagesMayBeFramedAndOnlyByTheAllowList() {
        HttpResponse<String> embed = get("embed/episodes/" + archiveId, null);
        assertEquals(200, embed.statusCode());
        assertTrue(header(embed, "Content-Security-Policy").endsWith("; frame-ancestors 'self' " + PORTAL),
                header(embed, "Content-Security-Policy"));
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty());
        assertEquals("nosniff", header(embed, "X-Content-Type-Options"));
        assertTrue(embed.body().contains("<earmark-player episode=\"" + archiveId + "\">"), embed.body());
        assertEquals(200, get("embed/shows/meta-tech-podcast", null).statusCode());

        for (String page : List.of("", EPISODE_PAGE, "api/shows", "widget.js")) {
            HttpResponse<String> other = get(page, null);
            assertTrue(header(other, "Content-Security-Policy").endsWith("; frame-ancestors 'none'"), page);
            assertEquals("DENY", header(other, "X-Frame-Options"), page);
            assertEquals("strict-origin-when-cross-origin", header(other, "Referrer-Policy"), page);
        }
    }

    @Test
    void unknownEmbedsAndTheViewItselfAreNotFound() {
        assertEquals(404, get("embed/episodes/987654321", null).statusCode());
        assertEquals(404, get("embed/shows/no-such-show", null).statusCode());
        assertEquals(404, get("embed/whatever", null).statusCode());
        assertEquals(404, get("player/embed.xhtml?episode=" + archiveId, null).statusCode());
    }

    @Test
    void corsOnlyForAllowedOrigins() {
        HttpResponse<String> allowed = get("api/episodes/" + archiveId, PORTAL);
        assertEquals(PORTAL, header(allowed, "Access-Control-Allow-Origin"));
        assertTrue(allowed.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> other = get("api/episodes/" + archiveId, "http://localhost:" + PortalServer.PORT);
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(other.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")));

        HttpResponse<String> texts = get("api/player/texts", PORTAL);
        assertEquals(PORTAL, header(texts, "Access-Control-Allow-Origin"));
        assertEquals("Play", json(texts.body()).getString("play"));
        String vary = String.join(",", texts.headers().allValues("Vary"));
        assertTrue(vary.contains("Origin") && vary.contains("Accept-Language"), vary);
    }

    @Test
    void episodeJsonHasWhatThePlayerShows() {
        JsonObject episode = json(get("api/episodes/" + archiveId, null).body());
        assertEquals("Meta Tech Podcast", episode.getString("showTitle"));
        assertTrue(episode.getString("artworkUrl").startsWith("http"));
        assertTrue(episode.getString("pageUrl").endsWith("/earmark/" + EPISODE_PAGE), episode.getString("pageUrl"));
        assertTrue(episode.getBoolean("downloadable"));
    }

    @Test
    void oembedAnswersJsonAndXmlSizedToTheConsumer() {
        String url = base + EPISODE_PAGE;
        HttpResponse<String> reply = get("oembed?url=" + encode(url), null);
        assertEquals(200, reply.statusCode());
        assertTrue(header(reply, "Content-Type").startsWith("application/json"));
        JsonObject answer = json(reply.body());
        assertEquals("1.0", answer.getString("version"));
        assertEquals("rich", answer.getString("type"));
        assertEquals("Earmark", answer.getString("provider_name"));
        assertEquals(640, answer.getInt("width"));
        assertEquals(400, answer.getInt("height"));
        String html = answer.getString("html");
        assertTrue(html.startsWith("<iframe src=\"" + base + "embed/episodes/" + archiveId + "\"") && html.contains("loading=\"lazy\"")
                && html.contains("title=\"Earmark player: ARCHIVE"), html);

        JsonObject small = json(get("oembed?url=" + encode(url) + "&maxwidth=300&maxheight=200&format=json", null).body());
        assertEquals(300, small.getInt("width"));
        assertEquals(200, small.getInt("height"));
        assertTrue(small.getString("html").contains("width=\"300\" height=\"200\""));

        HttpResponse<String> xml = get("oembed?url=" + encode(url) + "&format=xml", null);
        assertEquals(200, xml.statusCode());
        assertTrue(header(xml, "Content-Type").startsWith("text/xml"));
        assertTrue(xml.body().contains("<type>rich</type>") && xml.body().contains("<html>&lt;iframe src="), xml.body());

        JsonObject show = json(get("oembed?url=" + encode(base + "shows/meta-tech-podcast"), null).body());
        assertTrue(show.getString("html").contains("/embed/shows/meta-tech-podcast"));
    }

    @Test
    void oembedErrorsAsTheSpecSays() {
        String url = encode(base + EPISODE_PAGE);
        assertEquals(501, get("oembed?url=" + url + "&format=yaml", null).statusCode());
        assertEquals(404, get("oembed?url=" + encode(base + "shows/meta-tech-podcast/episodes/nope"), null).statusCode());
        assertEquals(404, get("oembed?url=" + encode("https://elsewhere.example/earmark/" + EPISODE_PAGE), null).statusCode());
        assertEquals(400, get("oembed?url=" + url + "&maxwidth=wide", null).statusCode());
        assertEquals(400, get("oembed", null).statusCode());
    }

    @Test
    void episodePageAdvertisesOembed() {
        String page = get(EPISODE_PAGE, null).body();
        assertTrue(page.contains("type=\"application/json+oembed\""), page);
        assertTrue(page.contains("type=\"text/xml+oembed\""), page);
        assertFalse(page.contains("id=\"episode-audio\""), "the old player is gone");
        assertTrue(page.contains("<earmark-player"), page);
    }

    private HttpResponse<String> get(String path, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return JsonHttp.send(CLIENT, request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
