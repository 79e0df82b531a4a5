package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.web.ListenerCaching.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListenerCachingTest {

    @Test
    void listenerPagesAreLocalisedAndPersonal() {
        for (String path : new String[] {"/", "/index.xhtml", "/shows/a-show", "/shows/a-show/episodes/one",
                "/embed/episodes/42", "/embed/shows/a-show"}) {
            assertEquals(Optional.of(Kind.PAGE), Kind.of(path), path);
        }
    }

    @Test
    void theReadApiAndOEmbedHaveKindsOfTheirOwn() {
        assertEquals(Optional.of(Kind.API), Kind.of("/api/shows"));
        assertEquals(Optional.of(Kind.API), Kind.of("/api/shows/a-show/episodes"));
        assertEquals(Optional.of(Kind.API), Kind.of("/api/episodes/42"));
        assertEquals(Optional.of(Kind.OEMBED), Kind.of("/oembed"));
    }

    @Test
    void everythingElseIsLeftAlone() {
        for (String path : new String[] {"/api/positions/42", "/api/admin/shows", "/api/showsX", "/admin/index.xhtml",
                "/media/7/a.mp3", "/widget.js", "/account/sign-in", "/shows/A-Show", "/catalogue/show.xhtml",
                "/snips", "/snips/12", "/api/snips"}) {
            assertEquals(Optional.empty(), Kind.of(path), path);
        }
    }
}
