package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void embedPagesMayBeFramedByEarmarkAndTheAllowedPortals() {
        assertEquals("frame-ancestors 'self'", SecurityHeaders.frameAncestors(Set.of()));
        assertEquals("frame-ancestors 'self' https://a.example https://b.example",
                SecurityHeaders.frameAncestors(Set.of("https://b.example", "https://a.example")));
    }
}
