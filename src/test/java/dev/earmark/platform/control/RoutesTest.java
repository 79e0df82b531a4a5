package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.platform.control.Routes.Match;
import dev.earmark.platform.control.Routes.Route;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutesTest {

    /** A route and its values in the template's order. */
    private record Example(Route route, Object... values) {
    }

    @Test
    void eachRouteIsBuiltAndReadBackWithItsValues() {
        for (Example example : List.of(new Example(Route.SHOW_PAGE, "meta-tech-podcast"),
                new Example(Route.EPISODE_PAGE, "meta-tech-podcast", "60-simplified-executable"),
                new Example(Route.SHOW_EMBED, "a1"), new Example(Route.EPISODE_EMBED, 42L),
                new Example(Route.EPISODE_EMBED, 999_999_999_999_999_999L),
                new Example(Route.MEDIA, 7L, "Episode 60 + Ö.opus"), new Example(Route.MEDIA, 8L, ""),
                new Example(Route.SNIPS_PAGE), new Example(Route.SNIP_PAGE, 12L))) {
            String path = example.route().path(example.values());
            // The container decodes the path before the filters and servlets see it.
            Match match = Routes.parse(URLDecoder.decode(path, StandardCharsets.UTF_8)).orElseThrow();
            assertEquals(example.route(), match.route(), path);
            assertEquals(Arrays.stream(example.values()).map(String::valueOf).toList(), List.copyOf(match.values().values()), path);
        }
    }

    @Test
    void pathsAreTheAddressesListenersKnow() {
        assertEquals("/shows/meta-tech-podcast", Route.SHOW_PAGE.path("meta-tech-podcast"));
        assertEquals("/shows/s/episodes/e", Route.EPISODE_PAGE.path("s", "e"));
        assertEquals("/embed/shows/s", Route.SHOW_EMBED.path("s"));
        assertEquals("/embed/episodes/42", Route.EPISODE_EMBED.path(42L));
        assertEquals("/media/7/Episode%2060%20%2B%20%C3%96.opus", Route.MEDIA.path(7L, "Episode 60 + Ö.opus"));
        assertEquals("/snips", Route.SNIPS_PAGE.path());
        assertEquals("/snips/12", Route.SNIP_PAGE.path(12L));
        assertEquals("/media/7", Route.MEDIA.path(7L, null));
        assertEquals("/media/7", Route.MEDIA.path(7L, ""));
        assertEquals("/oembed?url=https%3A%2F%2Fe.example%2Fearmark%2Fshows%2Fs&format=xml",
                Routes.oembed("https://e.example/earmark/shows/s", "xml"));
        assertEquals("/search?q=%22trains%22%20%26%20-stories%3F", Routes.search("\"trains\" & -stories?"));
    }

    @Test
    void pagesForwardToTheirViewsWithTheirValues() {
        assertEquals("/catalogue/show.xhtml?show=s", view("/shows/s"));
        assertEquals("/catalogue/episode.xhtml?show=s&episode=e", view("/shows/s/episodes/e"));
        assertEquals("/player/embed.xhtml?show=s", view("/embed/shows/s"));
        assertEquals("/player/embed.xhtml?episode=42", view("/embed/episodes/42"));
        assertTrue(Routes.parse("/embed/episodes/42").orElseThrow().isPage());
        assertFalse(Routes.parse("/media/42").orElseThrow().isPage(), "served by the media servlet");
        assertEquals("/snip.xhtml?snip=12", view("/snips/12"));
        assertEquals("/snip.xhtml", Routes.parse("/snips/12/").orElseThrow().viewId());
        assertEquals("/snips.xhtml", Routes.parse("/snips").orElseThrow().viewId());
    }

    @Test
    void personalPagesAreNoCataloguePages() {
        assertTrue(Routes.parse("/snips").orElseThrow().isPage());
        assertFalse(Routes.parse("/snips").orElseThrow().isCataloguePage(), "My snips depends on the listener's snips");
        assertFalse(Routes.parse("/snips/12").orElseThrow().isCataloguePage());
        assertTrue(Routes.parse("/shows/s/episodes/e").orElseThrow().isCataloguePage());
        assertTrue(Routes.parse("/search").orElseThrow().isCataloguePage());
        assertFalse(Routes.parse("/media/7").orElseThrow().isCataloguePage(), "no page");
        assertTrue(Route.SNIP_PAGE.isPersonal());
        assertTrue(Route.MOMENT_PAGE.isPersonal(), "who may see a moment depends on its sharing and the viewer");
        assertFalse(Routes.parse("/m/abcdefghij").orElseThrow().isCataloguePage());
        assertFalse(Route.EPISODE_PAGE.isPersonal());
    }

    @Test
    void aFeedsAddressEndsInItsFixedSuffix() {
        assertEquals("/feeds/weekly-news.xml", Route.FEED.path("weekly-news"));
        assertEquals(new Match(Route.FEED, Map.of("show", "weekly-news")), Routes.parse("/feeds/weekly-news.xml").orElseThrow());
        assertEquals("/feeds/s/42/chapters.json", Route.CHAPTERS.path("s", 42));
        assertEquals(42, Routes.parse("/feeds/s/42/chapters.json").orElseThrow().id("episode"));
        assertEquals(Route.OPML, Routes.parse("/feeds/shows.opml").orElseThrow().route());
        assertTrue(Routes.parse("/feeds/weekly-news").isEmpty(), "no suffix, no feed");
        assertTrue(Routes.parse("/feeds/weekly-news.xml/").isEmpty(), "a file's address, no final slash");
        assertTrue(Routes.parse("/feeds/Weekly.xml").isEmpty());
        assertTrue(Route.SUBSCRIBE_PAGE.isPersonal(), "personal feed addresses");
    }

    @Test
    void aPagesFinalSlashIsTheSamePageAndAMediaNameMayBeLeftOut() {
        assertEquals(view("/shows/s"), view("/shows/s/"));
        assertEquals(view("/shows/s/episodes/e"), view("/shows/s/episodes/e/"));
        assertEquals(view("/embed/shows/s"), view("/embed/shows/s/"));
        assertEquals(view("/embed/episodes/42"), view("/embed/episodes/42/"));
        assertEquals(new Match(Route.MEDIA, Map.of("file", "7", "name", "")), Routes.parse("/media/7").orElseThrow());
        assertEquals(new Match(Route.MEDIA, Map.of("file", "7", "name", "")), Routes.parse("/media/7/").orElseThrow());
        assertEquals(7, Routes.parse("/media/7/any name.mp3").orElseThrow().id("file"));
        assertEquals("any name.mp3", Routes.parse("/media/7/any name.mp3").orElseThrow().value("name"));
    }

    @Test
    void oddPathsAreNoRoute() {
        for (String odd : List.of("", "/", "/shows", "/shows/", "shows/s", "/shows//s", "//shows/s", "/shows/s//",
                "/shows/%2e%2e", "/shows/..", "/shows/s/..", "/shows/s/../../admin", "/shows/./s", "/shows/s/episodes",
                "/shows/s/episodes/", "/shows/s/episodes//e", "/shows/s/episodes/e/x", "/shows/s/x", "/shows/s;jsessionid=1",
                "/shows/s%20", "/shows/s\n", "/shows/S", "/shows/a--b", "/shows/-a", "/shows/a-", "/shows/ä", "/shows/s?page=2",
                "/embed/episodes/007", "/embed/episodes/0", "/embed/episodes/-1", "/embed/episodes/1234567890123456789",
                "/embed/episodes/42x", "/embed/episodes/42/x", "/embed/episodes/ 42", "/embed/shows/s/x", "/embed/whatever",
                "/embed/episodes/s", "/media", "/media/", "/media/0", "/media/07", "/media/abc",
                "/media/99999999999999999999999", "/media/7/a/b", "/media/7/a/", "/media/..%2F..%2Fetc%2Fpasswd", "/media//7",
                "/catalogue/show.xhtml", "/player/embed.xhtml", "/SHOWS/s", "/shows/s\\..\\x",
                "/snips/0", "/snips/012", "/snips/x", "/snips/12/x", "/snips//12", "/snip.xhtml", "/snips.xhtml")) {
            assertEquals(Optional.empty(), Routes.parse(odd), odd);
        }
        assertEquals(Optional.empty(), Routes.parse(null));
    }

    @Test
    void noRouteIsBuiltFromValuesItWouldNotReadBack() {
        assertThrows(IllegalArgumentException.class, () -> Route.SHOW_PAGE.path("../admin"));
        assertThrows(IllegalArgumentException.class, () -> Route.SHOW_PAGE.path((Object) null));
        assertThrows(IllegalArgumentException.class, () -> Route.EPISODE_PAGE.path("s", "E"));
        assertThrows(IllegalArgumentException.class, () -> Route.SHOW_EMBED.path("s/x"));
        assertThrows(IllegalArgumentException.class, () -> Route.EPISODE_EMBED.path(0L));
        assertThrows(IllegalArgumentException.class, () -> Route.EPISODE_EMBED.path(-5L));
        assertThrows(IllegalArgumentException.class, () -> Route.EPISODE_EMBED.path(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Route.MEDIA.path(0L, "x"));
        assertThrows(IllegalArgumentException.class, () -> Route.EPISODE_PAGE.path("s"), "one value short");
        assertThrows(IllegalArgumentException.class, () -> Route.SHOW_PAGE.path("s", "t"), "one value too many");
    }

    private static String view(String path) {
        return Routes.parse(path).orElseThrow().view();
    }
}
