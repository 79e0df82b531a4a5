package dev.earmark.feeds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.opml.io.impl.OPML20Parser;
import dev.earmark.feeds.boundary.FeedTokens;
import dev.earmark.feeds.boundary.IssuedToken;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feeds for podcast apps: the OPML file of every show, and in a closed catalogue the listener's token, which opens
 * the feeds and the files they name without a session, and nothing else; renewed or revoked, it opens nothing. In the
 * server, so the catalogue is closed by its setting directly and tokens are made by the boundary.
 */
class FeedTokensIT extends ServerTest {

    private static final String CLOSED = "earmark.anonymous-browsing";
    private static final String OPML = "feeds/shows.opml";
    private static final String HOLDER = "feeds-it-listener";
    /** testing.DemoShow's, which the deployment that runs these tests does not hold. */
    private static final String DEMO = "meta-tech-podcast";
    /** A demo episode with audio and a transcript. */
    private static final String ARCHIVE = "archive-from-facebook-home-to-instagram-stories";

    @Inject
    FeedTokens tokens;

    private WebClient anonymous;
    private String audio;
    private String transcript;
    private long episodeId;

    @BeforeEach
    void findTheDemoFiles() {
        anonymous = WebClient.anonymous(base);
        episodeId = anonymous.get("api/shows/" + DEMO + "/episodes?size=100").object().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(item -> ARCHIVE.equals(item.getString("slug")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String audioUrl = anonymous.get("api/episodes/" + episodeId).object().getJsonObject("audio").getString("url");
        audio = audioUrl.substring(audioUrl.indexOf("/media/") + 1);
        transcript = "api/transcripts/" + episodeId + ".vtt";
    }

    @AfterEach
    void openAgain() {
        System.clearProperty(CLOSED);
        tokens.revoke(HOLDER);
    }

    @Test
    void anOpenCataloguesOpmlListsTheDemoShowsFeed() throws Exception {
        HttpResponse<byte[]> file = anonymous.fetch(OPML);

        assertEquals(200, file.statusCode());
        assertEquals("text/x-opml;charset=UTF-8", header(file, "Content-Type").replace(" ", ""));
        assertTrue(header(file, "Content-Disposition").startsWith("attachment; filename=\"earmark-shows.opml\""));
        Outline demo = demoOutline(file.body());
        assertEquals("rss", demo.getType());
        assertFalse(demo.getText().isBlank(), "OPML 2.0 requires text");
        assertEquals(demo.getTitle(), demo.getText());
        assertTrue(demo.getXmlUrl().startsWith("http"), demo.getXmlUrl());
        assertTrue(demo.getXmlUrl().endsWith("/feeds/" + DEMO + ".xml"), demo.getXmlUrl());
        assertTrue(demo.getHtmlUrl().endsWith("/shows/" + DEMO), demo.getHtmlUrl());
        assertEquals("public, no-cache", header(file, "Cache-Control"));
        String tag = header(file, "ETag");
        assertEquals(304, anonymous.fetch(OPML, "If-None-Match", tag).statusCode());
    }

    @Test
    void aClosedCataloguesFeedFilesOpenWithAListenersTokenOnly() throws Exception {
        IssuedToken token = tokens.issue(HOLDER);
        System.setProperty(CLOSED, "false");

        for (String path : new String[] {OPML, audio, "feeds/" + DEMO + ".xml"}) {
            HttpResponse<byte[]> refused = anonymous.fetch(path);
            assertEquals(302, refused.statusCode(), path);
            assertTrue(header(refused, "Location").contains("/account/sign-in"), path);
        }
        assertEquals(401, anonymous.fetch(transcript).statusCode(), "the API asks for a sign-in as it does");
        for (String path : new String[] {OPML, audio, transcript, "feeds/" + DEMO + ".xml"}) {
            HttpResponse<byte[]> admitted = anonymous.fetch(withToken(path, token.secret()), "Accept", "*/*");
            assertEquals(200, admitted.statusCode(), () -> path + ": " + new String(admitted.body()));
            assertTrue(header(admitted, "Cache-Control").startsWith("private"), path);
            assertEquals("no-referrer", header(admitted, "Referrer-Policy"), path);
            assertTrue(admitted.headers().firstValue("Set-Cookie").isEmpty(), "no session: " + path);
        }
        assertEquals(206, anonymous.fetch(withToken(audio, token.secret()), "Range", "bytes=0-99").statusCode());
        Outline demo = demoOutline(anonymous.fetch(withToken(OPML, token.secret())).body());
        assertTrue(demo.getXmlUrl().endsWith("/feeds/" + DEMO + ".xml?token=" + token.secret()),
                "personal feed addresses: " + demo.getXmlUrl());
        String feed = new String(anonymous.fetch(withToken("feeds/" + DEMO + ".xml", token.secret()), "Accept-Encoding",
                "identity").body(), StandardCharsets.UTF_8);
        Matcher enclosure = Pattern.compile("<enclosure url=\"([^\"]+)\"").matcher(feed);
        assertTrue(enclosure.find(), feed);
        String personalAudio = enclosure.group(1).replace("&amp;", "&");
        assertTrue(personalAudio.endsWith("token=" + token.secret()), "the feed's files carry the token: " + personalAudio);
        assertEquals(200, anonymous.fetch(personalAudio).statusCode(), "a podcast app plays what the feed names");
    }

    @Test
    void theTokenOpensNothingElse() {
        IssuedToken token = tokens.issue(HOLDER);
        System.setProperty(CLOSED, "false");

        for (String api : new String[] {"api/shows", "api/shows/" + DEMO + "/episodes", "api/snips",
                "api/transcripts/" + episodeId}) {
            assertEquals(401, anonymous.get(withToken(api, token.secret())).status(), api);
        }
        for (String page : new String[] {"", "shows/" + DEMO, "shows/" + DEMO + "/episodes/" + ARCHIVE, "subscribe", "search",
                "highlights"}) {
            HttpResponse<byte[]> refused = anonymous.fetch(withToken(page, token.secret()));
            assertEquals(302, refused.statusCode(), page);
            assertTrue(header(refused, "Location").contains("/account/sign-in"), page);
        }
        // Only reading: a change is no feed app's.
        WebClient.Reply posted = anonymous.send(anonymous.request(withToken(OPML, token.secret()))
                .header(WebClient.CHANGE_HEADER, "1").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, posted.status());
    }

    @Test
    void aRevokedTokenOpensNothing() {
        IssuedToken token = tokens.issue(HOLDER);
        System.setProperty(CLOSED, "false");
        assertEquals(200, anonymous.fetch(withToken(OPML, token.secret())).statusCode());

        tokens.revoke(HOLDER);

        assertTrue(tokens.find(HOLDER).isEmpty());
        assertEquals(Optional.empty(), tokens.holderOf(token.secret()));
        for (String path : new String[] {OPML, audio, transcript}) {
            assertRefusedAsNoLongerValid(anonymous.fetch(withToken(path, token.secret())), path);
        }
    }

    @Test
    void aRenewedTokenReplacesTheOldOneAtOnce() {
        IssuedToken old = tokens.issue(HOLDER);
        IssuedToken renewed = tokens.issue(HOLDER);
        System.setProperty(CLOSED, "false");

        assertNotEquals(old.secret(), renewed.secret());
        assertEquals(Optional.of(HOLDER), tokens.holderOf(renewed.secret()));
        assertEquals(renewed.createdAt(), tokens.find(HOLDER).orElseThrow().getCreatedAt());
        assertRefusedAsNoLongerValid(anonymous.fetch(withToken(audio, old.secret())), audio);
        assertEquals(200, anonymous.fetch(withToken(audio, renewed.secret())).statusCode());
    }

    @Test
    void onlyTheSecretsHashIsStored() {
        IssuedToken token = tokens.issue(HOLDER);

        String stored = tokens.find(HOLDER).orElseThrow().getTokenHash();
        assertTrue(stored.matches("[0-9a-f]{64}"), stored);
        assertFalse(stored.contains(token.secret()));
        assertFalse(token.toString().contains(token.secret()), "no secret in what logs print");
    }

    @Test
    void anUnknownTokenIsRefusedAlikeForAShowThatExistsAndOneThatDoesNot() {
        System.setProperty(CLOSED, "false");
        String unknown = "A".repeat(43);

        HttpResponse<byte[]> existing = anonymous.fetch(withToken("feeds/" + DEMO + ".xml", unknown));
        HttpResponse<byte[]> missing = anonymous.fetch(withToken("feeds/no-such-show.xml", unknown));

        assertRefusedAsNoLongerValid(existing, "existing show");
        assertRefusedAsNoLongerValid(missing, "missing show");
        assertEquals(new String(existing.body()), new String(missing.body()));
        assertRefusedAsNoLongerValid(anonymous.fetch(withToken(OPML, "not-a-token")), "malformed");
    }

    private static void assertRefusedAsNoLongerValid(HttpResponse<byte[]> answer, String what) {
        assertEquals(401, answer.statusCode(), what);
        assertEquals("no-store", header(answer, "Cache-Control"), what);
        assertEquals("no-referrer", header(answer, "Referrer-Policy"), what);
        assertTrue(new String(answer.body()).contains("no longer works"), what);
    }

    private static Outline demoOutline(byte[] file) throws Exception {
        Opml opml = (Opml) new OPML20Parser().parse(new SAXBuilder().build(new ByteArrayInputStream(file)), true,
                Locale.ROOT);
        assertEquals("opml_2.0", opml.getFeedType());
        Outline demo = opml.getOutlines().stream().filter(outline -> outline.getHtmlUrl().endsWith(DEMO))
                .findFirst().orElse(null);
        assertNotNull(demo, "the demo show is listed");
        return demo;
    }

    private static String withToken(String path, String token) {
        return path + (path.contains("?") ? "&" : "?") + "token=" + token;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
