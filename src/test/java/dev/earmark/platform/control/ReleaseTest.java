package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void readsWhatMavenWroteAtThisBuild() {
        Release release = new Release();
        release.read();

        assertFalse(release.version().contains("${"), release.version());
        assertTrue(release.version().matches("\\d+\\.\\d+\\.\\d+.*"), release.version());
        Instant now = Instant.now();
        assertTrue(release.builtAt().isBefore(now.plusSeconds(1)), "built " + release.builtAt());
        assertTrue(release.builtAt().isAfter(now.minus(Duration.ofDays(1))), "built " + release.builtAt());
    }
}
