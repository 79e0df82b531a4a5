package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.insights.entity.ListeningContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementTest {

    private static final Set<String> OWN = Set.of("https://podcasts.example.com", "http://localhost:8080");
    private static final Set<String> ALLOWED = Set.of("https://portal.example.com", "https://wiki.example.com");

    @Test
    void aReportFromAnotherOriginIsAnEmbedThere() {
        assertEquals(new Placement(ListeningContext.EMBED, "https://portal.example.com"),
                Placement.of("https://portal.example.com", OWN, report(ListeningContext.EARMARK, ""), ALLOWED));
        assertEquals(new Placement(ListeningContext.EMBED, "https://portal.example.com"),
                Placement.of("https://portal.example.com", OWN, report(ListeningContext.EMBED, "https://wiki.example.com"),
                        ALLOWED), "the request's origin, not the player's word");
    }

    @Test
    void anEmbedOnAnOriginNotAllowedKeepsNoOrigin() {
        assertEquals(new Placement(ListeningContext.EMBED, ""),
                Placement.of("https://elsewhere.example.org", OWN, report(ListeningContext.MOMENT, ""), ALLOWED));
        assertEquals(new Placement(ListeningContext.EMBED, ""),
                Placement.of("null", OWN, report(ListeningContext.EARMARK, ""), ALLOWED), "a sandboxed frame's");
    }

    @Test
    void fromEarmarksOwnPagesThePlayerSaysWhere() {
        assertEquals(new Placement(ListeningContext.EARMARK, ""),
                Placement.of("https://podcasts.example.com", OWN, report(ListeningContext.EARMARK, ""), ALLOWED));
        assertEquals(new Placement(ListeningContext.MOMENT, ""),
                Placement.of("http://localhost:8080", OWN, report(ListeningContext.MOMENT, ""), ALLOWED));
        assertEquals(new Placement(ListeningContext.EARMARK, ""),
                Placement.of(null, OWN, report(ListeningContext.EARMARK, ""), ALLOWED));
    }

    @Test
    void theEmbedPageInAPortalsFrameNamesThePortal() {
        assertEquals(new Placement(ListeningContext.EMBED, "https://wiki.example.com"),
                Placement.of("https://podcasts.example.com", OWN, report(ListeningContext.EMBED, "https://wiki.example.com"),
                        ALLOWED));
        assertEquals(new Placement(ListeningContext.EMBED, ""),
                Placement.of(null, OWN, report(ListeningContext.EMBED, "https://elsewhere.example.org"), ALLOWED));
        assertEquals(new Placement(ListeningContext.EMBED, ""),
                Placement.of(null, OWN, report(ListeningContext.EMBED, ""), Set.of()));
    }

    private static ListeningReport report(ListeningContext context, String origin) {
        return new ListeningReport(1, "k3Jf_9-aQ2xZ7pLm", context, origin, List.of(new ListeningReport.PlayedRange(0, 1)));
    }
}
