package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlTest {

    private static final String EPISODE = Routes.Route.EPISODE_PAGE.path("s", "e");

    @Test
    void derivedFromARequestWithAContextPath() {
        BaseUrl base = new BaseUrl("http", "localhost", 8080, "/earmark");

        assertEquals("http://localhost:8080", base.origin());
        assertEquals("/earmark/shows/s/episodes/e", base.path(EPISODE));
        assertEquals("http://localhost:8080/earmark/shows/s/episodes/e", base.absolute(EPISODE));
        assertEquals("http://localhost:8080/earmark/", base.absolute(Routes.HOME));
    }

    @Test
    void theSchemesDefaultPortIsLeftOut() {
        assertEquals("https://podcasts.example.com/earmark/embed/episodes/7",
                new BaseUrl("https", "podcasts.example.com", 443, "/earmark").absolute("/embed/episodes/7"));
        assertEquals("http://podcasts.example.com/x", new BaseUrl("HTTP", "podcasts.example.com", 80, "").absolute("/x"));
        assertEquals("https://podcasts.example.com:80/x", new BaseUrl("https", "podcasts.example.com", 80, "").absolute("/x"));
        assertEquals("http://podcasts.example.com:443/x", new BaseUrl("http", "podcasts.example.com", 443, "").absolute("/x"));
    }

    @Test
    void atTheServersRootLinksStartAtTheRoot() {
        BaseUrl base = new BaseUrl("https", "podcasts.example.com", 8443, "");

        assertEquals("/shows/s/episodes/e", base.path(EPISODE));
        assertEquals("https://podcasts.example.com:8443/shows/s/episodes/e", base.absolute(EPISODE));
        assertEquals("/", new BaseUrl("https", "podcasts.example.com", 443, "/").path(Routes.HOME));
    }

    @Test
    void anIpv6HostIsBracketed() {
        assertEquals("http://[::1]:8080/earmark/x", new BaseUrl("http", "::1", 8080, "/earmark").absolute("/x"));
        assertEquals("http://[::1]:8080/earmark/x", new BaseUrl("http", "[::1]", 8080, "/earmark").absolute("/x"));
    }

    @Test
    void aConfiguredBaseGivesEveryLinkWithOrWithoutAFinalSlash() {
        for (String configured : new String[] {"https://podcasts.example.com/earmark", "https://podcasts.example.com/earmark/"}) {
            BaseUrl base = BaseUrl.of(URI.create(configured));
            assertEquals("/earmark/shows/s/episodes/e", base.path(EPISODE), configured);
            assertEquals("https://podcasts.example.com/earmark/shows/s/episodes/e", base.absolute(EPISODE), configured);
        }
        BaseUrl root = BaseUrl.of(URI.create("http://intranet:9080"));
        assertEquals("http://intranet:9080/media/7/a.mp3", root.absolute("/media/7/a.mp3"));
        assertEquals("/media/7/a.mp3", root.path("/media/7/a.mp3"));
        assertEquals("https://podcasts.example.com/a/b/x",
                BaseUrl.of(URI.create("https://podcasts.example.com:443/a/b/")).absolute("/x"));
    }

    @Test
    void externalUrlsAndNothingPassUnchanged() {
        BaseUrl base = new BaseUrl("https", "podcasts.example.com", 443, "/earmark");

        assertEquals("https://cdn.example.com/a.mp3", base.absolute("https://cdn.example.com/a.mp3"));
        assertEquals("http://cdn.example.com/a.mp3", base.path("http://cdn.example.com/a.mp3"));
        assertNull(base.absolute(null));
        assertNull(base.path(null));
        assertEquals("", base.absolute(""));
    }

    @Test
    void aUrlIsOnThisSiteWhenItsHostAndPathAreThisBases() {
        BaseUrl base = new BaseUrl("https", "podcasts.example.com", 443, "/earmark");

        assertEquals(Optional.of("/shows/s"), base.appPathOf("https://podcasts.example.com/earmark/shows/s"));
        assertEquals(Optional.of("/shows/s"), base.appPathOf(" http://PODCASTS.example.com:8080/earmark/shows/s?page=2#top "));
        assertEquals(Optional.of("/shows/%2e%2e"), base.appPathOf("https://podcasts.example.com/earmark/shows/%2e%2e"),
                "as written, for the routes to refuse");
        assertEquals(Optional.empty(), base.appPathOf("https://elsewhere.example/earmark/shows/s"));
        assertEquals(Optional.empty(), base.appPathOf("https://podcasts.example.com/other/shows/s"));
        assertEquals(Optional.empty(), base.appPathOf("https://podcasts.example.com/earmarks/shows/s"));
        assertEquals(Optional.empty(), base.appPathOf("https://podcasts.example.com/earmark"));
        assertEquals(Optional.empty(), base.appPathOf("/earmark/shows/s"));
        assertEquals(Optional.empty(), base.appPathOf("https://podcasts.example.com/earmark/shows/s with space"));
        assertEquals(Optional.empty(), base.appPathOf("mailto:someone@podcasts.example.com"));

        BaseUrl root = new BaseUrl("http", "localhost", 8080, "");
        assertEquals(Optional.of("/embed/episodes/7"), root.appPathOf("http://localhost:8080/embed/episodes/7"));
    }
}
