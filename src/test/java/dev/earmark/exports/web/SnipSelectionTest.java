package dev.earmark.exports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.snips.boundary.SnipFilter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnipSelectionTest {

    @Test
    void mySnipsFiltersComeAsTheQueryAndGoBackToMySnips() {
        SnipSelection selection = SnipSelection.of(Map.of("show", "12", "episode", " 34 ", "tag", "security", "q", "public keys"));

        assertEquals(new SnipFilter(12L, 34L, "security", "public keys"), selection.filter());
        assertEquals("/snips?show=12&episode=34&tag=security&q=public+keys", selection.snipsPath());
    }

    @Test
    void whatIsNoIdCountsAsNoneAndALongTextIsCut() {
        SnipSelection selection = SnipSelection.of(Map.of("show", "012", "episode", "x", "tag", " ", "q", "w".repeat(300)));

        assertEquals(new SnipFilter(null, null, null, "w".repeat(200)), selection.filter());
        assertEquals(SnipFilter.ALL, SnipSelection.of(Map.of()).filter());
        assertEquals("/snips", SnipSelection.of(Map.of()).snipsPath());
    }
}
