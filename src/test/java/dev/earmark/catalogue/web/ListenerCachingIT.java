package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditional GETs of listeners' answers: validators from what each depends on, 304s without a body, and how long
 * each kind of answer may be kept.
 */
class ListenerCachingIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-05-01T10:00:00Z");
    private static final Pattern VERSIONED_WIDGET = Pattern.compile("src=\"[^\"]*/(widget\\.js\\?v=([^\"]+))\"");

    private WebClient anonymous;
    private Show show;
    private Episode episode;

    @BeforeEach
    void publishAnEpisode() {
        anonymous = WebClient.anonymous(base);
        show = fixtures.show("Cached");
        episode = fixtures.episode(show, "Kept for a while", EpisodeStatus.PUBLISHED, DAY_ONE);
    }

    @Test
    void listenersAnswersCarryValidatorsAndACurrentCopyGetsA304WithoutBody() {
        for (String path : listenerPaths()) {
            HttpResponse<byte[]> full = anonymous.fetch(path);
            assertEquals(200, full.statusCode(), path);
            String tag = header(full, "ETag");
            String lastModified = header(full, "Last-Modified");
            assertTrue(tag.startsWith("W/\""), path + ": " + tag);
            assertEquals("public, no-cache", header(full, "Cache-Control"), path);
            assertFalse(new String(full.body(), StandardCharsets.UTF_8).contains("ViewState"),
                    path + " holds per-session state, which a 304 would confirm to someone else");
            assertEquals(Optional.empty(), full.headers().firstValue("Set-Cookie"),
                    path + " starts a session: a shared cache would hand its cookie to everyone");

            HttpResponse<byte[]> byTag = anonymous.fetch(path, "If-None-Match", tag);
            assertEquals(304, byTag.statusCode(), path);
            assertEquals(0, byTag.body().length, path);
            assertEquals(tag, header(byTag, "ETag"), path);
            assertEquals(304, anonymous.fetch(path, "If-Modified-Since", lastModified).statusCode(), path);
            assertEquals(200, anonymous.fetch(path, "If-None-Match", "W/\"another\"").statusCode(), path);
        }
    }

    @Test
    void aCurationSaveChangesTheTags() {
        String page = showPage();
        String before = header(anonymous.fetch(page), "ETag");
        String apiBefore = header(anonymous.fetch("api/shows"), "ETag");

        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        assertEquals(201, admin.post("api/admin/shows", "{\"title\":\"Saved meanwhile\"}").status());

        HttpResponse<byte[]> after = anonymous.fetch(page, "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertNotEquals(before, header(after, "ETag"));
        assertEquals(200, anonymous.fetch("api/shows", "If-None-Match", apiBefore).statusCode());
    }

    @Test
    void aScheduledEpisodeFallingDueChangesTheTagWithoutASave() {
        fixtures.episode(show, "Comes later", EpisodeStatus.SCHEDULED, now().plus(Duration.ofHours(1)));
        String page = showPage();
        String scheduled = header(anonymous.fetch(page), "ETag");
        assertEquals(304, anonymous.fetch(page, "If-None-Match", scheduled).statusCode());

        advanceClock(Duration.ofHours(2));

        HttpResponse<byte[]> due = anonymous.fetch(page, "If-None-Match", scheduled);
        assertEquals(200, due.statusCode());
        assertTrue(new String(due.body(), StandardCharsets.UTF_8).contains("Comes later"));
        assertNotEquals(scheduled, header(due, "ETag"));
    }

    @Test
    void theLanguageAndWhoIsSignedInChangeAPagesTagButNotTheApis() {
        String page = episodePage();
        String english = header(anonymous.fetch(page, "Accept-Language", "en"), "ETag");
        assertNotEquals(english, header(anonymous.fetch(page, "Accept-Language", "de"), "ETag"));
        assertEquals(english, header(anonymous.fetch(page, "Accept-Language", "en"), "ETag"));
        assertTrue(header(anonymous.fetch(page), "Vary").contains("Accept-Language"));

        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        HttpResponse<byte[]> signedIn = listener.fetch(page, "Accept-Language", "en");
        assertFalse(new String(signedIn.body(), StandardCharsets.UTF_8).contains("ViewState"));
        assertNotEquals(english, header(signedIn, "ETag"));
        assertEquals(200, listener.fetch(page, "Accept-Language", "en", "If-None-Match", english).statusCode());

        String api = "api/episodes/" + episode.getId();
        assertEquals(header(anonymous.fetch(api, "Accept-Language", "en"), "ETag"),
                header(anonymous.fetch(api, "Accept-Language", "de"), "ETag"));
    }

    @Test
    void settingsThatChangeTheOutputChangeTheTag() {
        String page = episodePage();
        String before = header(anonymous.fetch(page), "ETag");
        System.setProperty("earmark.display-zone", "Europe/Berlin");
        try {
            assertEquals(200, anonymous.fetch(page, "If-None-Match", before).statusCode());
        } finally {
            System.clearProperty("earmark.display-zone");
        }
        assertEquals(304, anonymous.fetch(page, "If-None-Match", before).statusCode());
    }

    @Test
    void signedInAndClosedCatalogueAnswersAreKeptPrivately() {
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        assertEquals("private, no-cache", header(listener.fetch(episodePage()), "Cache-Control"));
        assertEquals("private, no-cache", header(listener.fetch("api/shows"), "Cache-Control"));

        System.setProperty("earmark.anonymous-browsing", "false");
        try {
            assertEquals(302, anonymous.fetch(episodePage()).statusCode(), "no 304 nor page for a visitor");
            HttpResponse<byte[]> closed = listener.fetch(showPage());
            assertEquals(200, closed.statusCode());
            assertEquals("private, no-cache", header(closed, "Cache-Control"));
            assertEquals(304, listener.fetch(showPage(), "If-None-Match", header(closed, "ETag")).statusCode());
        } finally {
            System.clearProperty("earmark.anonymous-browsing");
        }
    }

    @Test
    void positionsAccountAndCurationAreNeverStored() {
        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        assertEquals("no-store", header(listener.fetch("api/positions/" + episode.getId()), "Cache-Control"));
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        for (String path : List.of("admin/shows.xhtml", "api/admin/shows", "admin/episodes.xhtml?show=" + show.getSlug())) {
            HttpResponse<byte[]> curation = admin.fetch(path);
            assertEquals(200, curation.statusCode(), path);
            assertEquals("no-store", header(curation, "Cache-Control"), path);
            assertEquals(null, curation.headers().firstValue("ETag").orElse(null), path);
        }
    }

    @Test
    void theWidgetAtThisReleasesVersionIsKeptForGoodAnyOtherAddressIsRevalidated() {
        Matcher script = VERSIONED_WIDGET.matcher(new String(anonymous.fetch(episodePage()).body(), StandardCharsets.UTF_8));
        assertTrue(script.find(), "the episode page loads the versioned widget");
        String version = script.group(2);
        assertEquals("public, max-age=31536000, immutable", header(anonymous.fetch(script.group(1)), "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable",
                header(anonymous.fetch("widget.css?v=" + version), "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable",
                header(anonymous.fetch("widget-transcript.js?v=" + version), "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable",
                header(anonymous.fetch("widget-snips.js?v=" + version), "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable",
                header(anonymous.fetch("widget-share.js?v=" + version), "Cache-Control"));
        assertEquals("public, max-age=31536000, immutable",
                header(anonymous.fetch("widget-insights.js?v=" + version), "Cache-Control"));

        for (String path : List.of("widget.js", "widget.css", "widget-transcript.js", "widget-snips.js",
                "widget-share.js", "widget-insights.js", "widget.js?v=an-old-release")) {
            HttpResponse<byte[]> revalidated = anonymous.fetch(path);
            assertEquals(200, revalidated.statusCode(), path);
            assertEquals("public, no-cache", header(revalidated, "Cache-Control"), path);
            String lastModified = header(revalidated, "Last-Modified");
            assertEquals(304, anonymous.fetch(path, "If-Modified-Since", lastModified).statusCode(), path);
        }
        String embed = new String(anonymous.fetch(episodePage()).body(), StandardCharsets.UTF_8);
        assertTrue(embed.contains("/earmark/widget.js?v=" + version + "\" async"), "the script snippet names the version");
    }

    @Test
    void aCompressedAnswerRevalidatesByItsWeakTag() {
        for (String path : List.of(episodePage(), "api/episodes/" + episode.getId())) {
            HttpResponse<byte[]> compressed = anonymous.fetch(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", header(compressed, "Content-Encoding"), path);
            String tag = header(compressed, "ETag");
            assertEquals(tag, header(anonymous.fetch(path), "ETag"), "one tag, compressed or not: " + path);

            HttpResponse<byte[]> notModified = anonymous.fetch(path, "Accept-Encoding", "gzip", "If-None-Match", tag);
            assertEquals(304, notModified.statusCode(), path);
            assertEquals(0, notModified.body().length, path);
            assertTrue(header(notModified, "Vary").contains("Accept-Encoding"), path);
        }
    }

    private List<String> listenerPaths() {
        String pageUrl = URLEncoder.encode(base.toExternalForm() + episodePage(), StandardCharsets.UTF_8);
        return List.of("", showPage(), episodePage(), "embed/episodes/" + episode.getId(),
                "embed/shows/" + show.getSlug(), "api/shows", "api/shows/" + show.getSlug(),
                "api/shows/" + show.getSlug() + "/episodes", "api/episodes/" + episode.getId(),
                "oembed?url=" + pageUrl, "oembed?url=" + pageUrl + "&format=xml");
    }

    private String showPage() {
        return "shows/" + show.getSlug();
    }

    private String episodePage() {
        return showPage() + "/episodes/" + episode.getSlug();
    }

    private static String header(HttpResponse<?> response, String name) {
        String value = response.headers().firstValue(name).orElse(null);
        assertNotNull(value, name + " of " + response.uri());
        return value;
    }
}
