package dev.earmark.sharing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.platform.control.ShareCodes;
import dev.earmark.snips.boundary.NewSnip;
import dev.earmark.snips.boundary.SnipShareCodes;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.web.ApiSnips;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.browser.TestSupport;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A shared moment's page ({@code /m/{code}}) as link previews, viewers and the oEmbed endpoint meet it: who may see it
 * (the listener, a signed-in colleague, a visitor; each sharing choice; the catalogue open or closed), what it shows
 * (never the listener's name, the note only when included) and its previews' tags with absolute addresses.
 */
class MomentPagesIT extends ServerTest {

    /** The snips' owner: a name the pages never print for others (no "Admin" link for them either). */
    private static final String OWNER = "admin";
    /** A colleague: a plain listener, who curates nothing (server-config's demo users). */
    private static final String COLLEAGUE = "listener";
    private static final String NOTE = "Ask Zebediah about the rollout";
    private static final Pattern META = Pattern.compile("<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\"");
    private static final Pattern OEMBED_LINK =
            Pattern.compile("<link rel=\"alternate\" type=\"([^\"]+\\+oembed)\" href=\"([^\"]+)\"");

    @Inject
    Snips snips;

    @Inject
    SnipShareCodes shareCodes;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    @RunAsClient
    void theMomentPageCarriesOpenGraphAndTwitterTagsWithAbsoluteAddresses() {
        JsonObject snip = shared("ANYONE", false);
        WebClient.Reply page = WebClient.anonymous(base).get(path(snip), "text/html");
        assertEquals(200, page.status(), page.body());
        assertEquals("no-store", page.header("Cache-Control"), "kept by no cache: its listener may stop sharing it");
        assertNull(page.header("ETag"));

        String head = page.body().substring(0, page.body().indexOf("</head>"));
        Map<String, String> meta = meta(head);
        String shareUrl = snip.getString("shareUrl");
        assertEquals(shareUrl, meta.get("og:url"), "the canonical address");
        assertTrue(meta.get("og:title").startsWith(snip.getString("title")), meta.get("og:title"));
        assertTrue(meta.get("og:title").endsWith(snip.getString("episodeTitle")), meta.get("og:title"));
        assertFalse(meta.get("og:description").isBlank());
        assertEquals("article", meta.get("og:type"));
        assertEquals("Earmark", meta.get("og:site_name"));
        assertAbsolute(meta.get("og:image"));
        assertAbsolute(meta.get("og:audio"));
        assertEquals("summary", meta.get("twitter:card"));
        assertEquals(meta.get("og:title"), meta.get("twitter:title"));
        assertEquals(meta.get("og:image"), meta.get("twitter:image"));
        assertTrue(head.contains("<link rel=\"canonical\" href=\"" + shareUrl + "\""), "canonical link");

        Map<String, String> oembed = new HashMap<>();
        Matcher link = OEMBED_LINK.matcher(head);
        while (link.find()) {
            oembed.put(link.group(1), link.group(2).replace("&amp;", "&"));
        }
        String expected = "/oembed?url=" + URLEncoder.encode(shareUrl, StandardCharsets.UTF_8).replace("+", "%20");
        assertTrue(oembed.get("application/json+oembed").endsWith(expected + "&format=json"), oembed.toString());
        assertTrue(oembed.get("text/xml+oembed").endsWith(expected + "&format=xml"), oembed.toString());
        assertAbsolute(oembed.get("application/json+oembed"));

        String body = page.body();
        assertTrue(body.contains("data-moment=\"#t="), "the player plays the moment");
        assertTrue(body.contains("class=\"share-menu\""), "the share menu");
        assertTrue(body.contains("https://teams.microsoft.com/share?href=" + URLEncoder.encode(shareUrl,
                StandardCharsets.UTF_8)), "a plain Teams link with the moment's address");
        assertFalse(body.contains(OWNER), "the listener is never named");
        assertFalse(body.contains(NOTE), "the note stays theirs unless included");
    }

    @Test
    @RunAsClient
    void theNoteShowsOnlyWhenItsListenerIncludesIt() {
        JsonObject snip = shared("ANYONE", true);
        WebClient.Reply page = WebClient.anonymous(base).get(path(snip), "text/html");
        assertTrue(page.body().contains(NOTE), page.body());
        assertFalse(page.body().contains(OWNER));
    }

    /**
     * Owner, signed-in colleague (a plain listener) and visitor, for each sharing choice, with the catalogue open and
     * closed: a visitor who may not see a moment goes to the sign-in, which brings them back to it.
     */
    @Test
    @RunAsClient
    void whoMaySeeAMomentFollowsItsSharingAndTheCatalogue() {
        WebClient owner = WebClient.signIn(base, OWNER, "admin-demo");
        WebClient colleague = WebClient.signIn(base, COLLEAGUE, COLLEAGUE + "-demo");
        WebClient visitor = WebClient.anonymous(base);
        Map<String, JsonObject> byChoice = Map.of("NOBODY", shared("NOBODY", false),
                "SIGNED_IN", shared("SIGNED_IN", false), "ANYONE", shared("ANYONE", false));
        Map<String, int[]> open = Map.of("NOBODY", new int[] {200, 404, 302},
                "SIGNED_IN", new int[] {200, 200, 302}, "ANYONE", new int[] {200, 200, 200});
        byChoice.forEach((choice, snip) -> assertStatuses(open.get(choice), choice + " in an open catalogue",
                path(snip), owner, colleague, visitor));
        assertSignInThenBack(visitor, path(byChoice.get("SIGNED_IN")));
        assertTrue(snipPage(owner, byChoice.get("NOBODY")).contains("class=\"snip-share-private\""),
                "the snip page says that a link not shared opens for its listener alone");
        assertFalse(snipPage(owner, byChoice.get("SIGNED_IN")).contains("class=\"snip-share-private\""));

        TestSupport.setProperty(base, "earmark.anonymous-browsing", "false");
        try {
            Map<String, int[]> closed = Map.of("NOBODY", new int[] {200, 404, 302},
                    "SIGNED_IN", new int[] {200, 200, 302}, "ANYONE", new int[] {200, 200, 302});
            byChoice.forEach((choice, snip) -> assertStatuses(closed.get(choice), choice + " in a closed catalogue",
                    path(snip), owner, colleague, visitor));
            assertSignInThenBack(visitor, path(byChoice.get("ANYONE")));
            assertTrue(colleague.get(path(byChoice.get("ANYONE")), "text/html").body()
                    .contains("class=\"moment-sign-in\""), "the page says its links need signing in");
            assertEquals(302, visitor.get("m/abcdefghij", "text/html").status(), "unknown codes alike: no hint");
        } finally {
            TestSupport.clearProperty(base, "earmark.anonymous-browsing");
        }
    }

    private static String snipPage(WebClient owner, JsonObject snip) {
        return owner.get("snips/" + snip.getJsonNumber("id").longValue(), "text/html").body();
    }

    /** The visitor goes to the sign-in, which says why, and comes back to the moment once signed in. */
    private static void assertSignInThenBack(WebClient visitor, String moment) {
        WebClient.Reply toSignIn = visitor.get(moment, "text/html");
        assertEquals(302, toSignIn.status(), moment);
        String next = URI.create(toSignIn.header("Location")).getRawQuery();
        assertEquals("next=" + URLEncoder.encode("/" + moment, StandardCharsets.UTF_8), next,
                "signed in, the visitor comes back to the moment");
        WebClient.Reply signIn = visitor.get("account/sign-in?" + next, "text/html");
        assertTrue(signIn.body().contains("class=\"sign-in-moment\""), signIn.body());
    }

    @Test
    @RunAsClient
    void aCodeThatNamesNothingIsNotFound() {
        WebClient colleague = WebClient.signIn(base, COLLEAGUE, COLLEAGUE + "-demo");
        WebClient visitor = WebClient.anonymous(base);
        WebClient.Reply unknown = colleague.get("m/abcdefghij", "text/html");
        assertEquals(404, unknown.status());
        assertEquals(404, visitor.get("m/ABCDEFGHIJ", "text/html").status(), "not a code");
        assertEquals(404, visitor.get("sharing/moment.xhtml?moment=abcdefghij", "text/html").status(),
                "the view is not reachable by its name");
        String notShared = path(shared("NOBODY", false));
        String code = notShared.substring(2);
        assertEquals(unknown.body().replace("abcdefghij", ""), colleague.get(notShared, "text/html").body()
                .replace(code, ""), "a moment not shared reads exactly as one that never was");
        assertEquals(visitor.get("m/abcdefghij", "text/html").header("Location").replace("abcdefghij", ""),
                visitor.get(notShared, "text/html").header("Location").replace(code, ""),
                "to a visitor too: both lead to the sign-in");
    }

    @Test
    @RunAsClient
    void oEmbedOfAMomentPlaysItsRangeInJsonAndXml() {
        JsonObject snip = shared("ANYONE", false);
        WebClient visitor = WebClient.anonymous(base);
        String url = URLEncoder.encode(snip.getString("shareUrl"), StandardCharsets.UTF_8);
        WebClient.Reply json = visitor.get("oembed?url=" + url + "&format=json");
        assertEquals(200, json.status(), json.body());
        assertEquals("no-store", json.header("Cache-Control"));
        JsonObject answer = json.object();
        assertEquals(snip.getString("title"), answer.getString("title"));
        String embed = "/embed/episodes/" + snip.getJsonNumber("episodeId").longValue() + "#t="
                + number(snip.getJsonNumber("startSeconds").doubleValue()) + ","
                + number(snip.getJsonNumber("endSeconds").doubleValue());
        assertTrue(answer.getString("html").contains(embed + "\""), answer.getString("html"));

        WebClient.Reply xml = visitor.get("oembed?url=" + url + "&format=xml", "text/xml");
        assertEquals(200, xml.status(), xml.body());
        assertTrue(xml.body().contains("<type>rich</type>"), xml.body());
        assertTrue(xml.body().contains(embed), xml.body());

        String notShared = URLEncoder.encode(shared("NOBODY", false).getString("shareUrl"), StandardCharsets.UTF_8);
        assertEquals(404, visitor.get("oembed?url=" + notShared + "&format=json").status());
    }

    @Test
    @RunAsClient
    void theSnipsApiGivesAndTakesTheSharingAndRefusesWhatIsNone() {
        WebClient owner = WebClient.signIn(base, OWNER, "admin-demo");
        JsonObject saved = ApiSnips.save(owner, DemoShow.archiveId(base), 400, 30).object();
        assertEquals("SIGNED_IN", saved.getString("sharing"), "private by default: colleagues signed in");
        assertFalse(saved.getBoolean("includeNote"));
        assertTrue(saved.getString("shareUrl").matches("https?://.+/earmark/m/[a-z2-7]{10}"), saved.toString());

        long id = saved.getJsonNumber("id").longValue();
        WebClient.Reply refused = owner.put("api/snips/" + id, edit(saved, "EVERYONE", null));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.object().getString("message").contains("EVERYONE"), refused.body());
        assertTrue(refused.object().getString("message").contains("NOBODY, SIGNED_IN, ANYONE"), refused.body());

        JsonObject changed = owner.put("api/snips/" + id, edit(saved, "NOBODY", true)).object();
        assertEquals("NOBODY", changed.getString("sharing"));
        assertTrue(changed.getBoolean("includeNote"));
        assertEquals(saved.getString("shareUrl"), changed.getString("shareUrl"), "a link stays the same");
        JsonObject untouched = owner.put("api/snips/" + id, edit(changed, null, null)).object();
        assertEquals("NOBODY", untouched.getString("sharing"), "left out, the sharing stays");
        assertTrue(untouched.getBoolean("includeNote"));
    }

    /** In the server: a moment of an episode that is no longer published is not found, whatever its sharing. */
    @Test
    void aMomentOfAnEpisodeNoLongerVisibleIsNotFound() {
        Episode episode = published("Shared episode");
        Snip shared = sharedInServer(episode);
        String page = "m/" + shared.getShareCode();
        assertEquals(200, WebClient.anonymous(base).get(page, "text/html").status());

        Episode reloaded = fixtures.reload(episode);
        reloaded.setStatus(EpisodeStatus.DRAFT);
        fixtures.save(reloaded);
        assertEquals(302, WebClient.anonymous(base).get(page, "text/html").status(), "to the sign-in, as if unknown");
        assertEquals(404, WebClient.signIn(base, "listener", "listener-demo").get(page, "text/html").status());
    }

    /** In the server: a deleted snip's moment is not found, and found again once its listener restores the snip. */
    @Test
    void aDeletedSnipsMomentIsNotFoundUntilRestored() {
        Snip snip = sharedInServer(published("Deleted moments"));
        String page = "m/" + snip.getShareCode();
        WebClient colleague = WebClient.signIn(base, COLLEAGUE, COLLEAGUE + "-demo");
        assertEquals(200, colleague.get(page, "text/html").status());
        snips.delete("ada", snip.getId());
        assertEquals(404, colleague.get(page, "text/html").status());
        snips.restore("ada", snip.getId());
        assertEquals(200, colleague.get(page, "text/html").status());
    }

    /** In the server: the moment of an episode scheduled for later is not found until the episode's time. */
    @Test
    void aScheduledEpisodesMomentIsNotFoundUntilItsTime() {
        Episode episode = published("Scheduled moments");
        Snip snip = sharedInServer(episode);
        Episode later = fixtures.reload(episode);
        later.setStatus(EpisodeStatus.SCHEDULED);
        later.setPublishedAt(now().plus(Duration.ofHours(2)));
        fixtures.save(later);
        String page = "m/" + snip.getShareCode();
        WebClient colleague = WebClient.signIn(base, COLLEAGUE, COLLEAGUE + "-demo");
        assertEquals(404, colleague.get(page, "text/html").status());
        assertEquals(302, WebClient.anonymous(base).get(page, "text/html").status(), "to the sign-in, as if unknown");

        advanceClock(Duration.ofHours(3));
        assertEquals(200, colleague.get(page, "text/html").status());
        assertEquals(200, WebClient.anonymous(base).get(page, "text/html").status());
    }

    /**
     * In the server: snips saved before snips had codes (V16) get theirs from what the deployment starts, batch after
     * batch (here of two), their versions unchanged; run again, it gives none and changes no code.
     */
    @Test
    void snipsSavedBeforeSnipsHadCodesGetThemInBatchesWithoutAChangeOfVersion() throws Exception {
        Episode episode = fixtures.episode(fixtures.show("Codes show"), "Coded episode", EpisodeStatus.PUBLISHED,
                now().minus(Duration.ofDays(1)));
        List<Snip> old = IntStream.range(0, 3).mapToObj(i -> snips.earmark("grace",
                new NewSnip(episode.getId(), 120_000 + i * 60_000L, 60_000, UUID.randomUUID().toString())).snip())
                .toList();
        transaction.begin();
        old.forEach(snip -> em.createNativeQuery("UPDATE snip SET share_code = NULL WHERE id = ?")
                .setParameter(1, snip.getId()).executeUpdate());
        transaction.commit();

        assertEquals(old.size(), shareCodes.give(2));
        Set<String> codes = new HashSet<>();
        for (Snip snip : old) {
            Snip given = snips.getOwn("grace", snip.getId());
            assertTrue(ShareCodes.isValid(given.getShareCode()), given.getShareCode());
            assertEquals(snip.getVersion(), given.getVersion(), "a form its listener opened still saves");
            codes.add(given.getShareCode());
        }
        assertEquals(old.size(), codes.size(), "a code each");
        assertEquals(0, shareCodes.give(2));
        assertEquals(codes, old.stream().map(snip -> snips.getOwn("grace", snip.getId()).getShareCode())
                .collect(Collectors.toSet()), "a code stays");
    }

    private Episode published(String title) {
        return fixtures.episode(fixtures.show(title), title, EpisodeStatus.PUBLISHED, now().minus(Duration.ofDays(1)));
    }

    /** A snip of a listener's (not of the realm: in the server) on the episode, shared with anyone. */
    private Snip sharedInServer(Episode episode) {
        Snip snip = snips.earmark("ada", new NewSnip(episode.getId(), 120_000, 60_000, UUID.randomUUID().toString()))
                .snip();
        return snips.share("ada", snip.getId(), snip.getVersion(), Sharing.ANYONE, false);
    }

    /** A snip of the admin's on the demo's ARCHIVE episode, with a note, shared as asked. */
    private JsonObject shared(String sharing, boolean includeNote) {
        WebClient owner = WebClient.signIn(base, OWNER, "admin-demo");
        WebClient.Reply saved = ApiSnips.save(owner, DemoShow.archiveId(base), 300, 30);
        assertEquals(201, saved.status(), saved.body());
        JsonObject snip = saved.object();
        String edit = Json.createObjectBuilder().add("version", snip.getJsonNumber("version").longValue())
                .add("title", snip.getString("title")).add("note", NOTE).add("tags", Json.createArrayBuilder())
                .add("sharing", sharing).add("includeNote", includeNote).build().toString();
        WebClient.Reply changed = owner.put("api/snips/" + snip.getJsonNumber("id").longValue(), edit);
        assertEquals(200, changed.status(), changed.body());
        assertNotNull(changed.object().getString("shareUrl"));
        return changed.object();
    }

    private static String edit(JsonObject snip, String sharing, Boolean includeNote) {
        return "{\"version\":" + snip.getJsonNumber("version").longValue() + ",\"title\":" + Json.createValue(
                snip.getString("title")) + ",\"note\":\"\",\"tags\":[],\"sharing\":"
                + (sharing == null ? "null" : "\"" + sharing + "\"") + ",\"includeNote\":" + includeNote + "}";
    }

    private static void assertStatuses(int[] expected, String what, String page, WebClient... viewers) {
        String[] who = {"its listener", "a signed-in colleague", "a visitor"};
        for (int i = 0; i < viewers.length; i++) {
            WebClient.Reply reply = viewers[i].get(page, "text/html");
            assertEquals(expected[i], reply.status(), what + ", for " + who[i]);
        }
    }

    /** A moment's page's app path from the snip's absolute shareUrl, relative to the base ("m/…"). */
    private static String path(JsonObject snip) {
        String url = snip.getString("shareUrl");
        return url.substring(url.indexOf("/m/") + 1);
    }

    private static Map<String, String> meta(String head) {
        Map<String, String> meta = new HashMap<>();
        Matcher tag = META.matcher(head);
        while (tag.find()) {
            meta.put(tag.group(1), tag.group(2).replace("&amp;", "&"));
        }
        return meta;
    }

    private static void assertAbsolute(String url) {
        assertNotNull(url);
        URI uri = URI.create(url);
        assertTrue(uri.isAbsolute() && uri.getHost() != null, url + " is absolute");
    }

    private static String number(double seconds) {
        return java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
