package dev.earmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void embedPagesMayBeFramedByEarmarkAndTheAllowedPortals() {
        assertEquals("frame-ancestors 'self'", SecurityHeaders.frameAncestors(Set.of()));
        assertEquals("frame-ancestors 'self' https://a.example https://b.example",
                SecurityHeaders.frameAncestors(Set.of("https://b.example", "https://a.example")));
        assertTrue(SecurityHeaders.policy("/embed/episodes/7", Set.of("https://a.example"))
                .endsWith("; frame-ancestors 'self' https://a.example"));
    }

    @Test
    void listenerPagesRunNoInlineScriptAndCannotBeFramed() {
        String policy = SecurityHeaders.policy("/shows/x", Set.of("https://a.example"));

        for (String directive : new String[] {"default-src 'self'", "script-src 'self'", "object-src 'none'",
                "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"}) {
            assertTrue(directives(policy).contains(directive), directive + " in " + policy);
        }
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void curationPagesAllowOnlyTheInlineScriptsFacesWrites() {
        String policy = SecurityHeaders.policy("/admin/episode.xhtml", Set.of());

        assertTrue(directives(policy).contains("script-src 'self' 'unsafe-inline'"), policy);
        assertTrue(directives(policy).contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
    }

    @Test
    void storedMediaAreSandboxed() {
        String policy = SecurityHeaders.policy("/media/12/notes.html", Set.of());

        assertTrue(directives(policy).contains("sandbox"), policy);
        assertTrue(directives(policy).contains("default-src 'none'"), policy);
    }

    private static Set<String> directives(String policy) {
        return Set.of(policy.split("; "));
    }
}
