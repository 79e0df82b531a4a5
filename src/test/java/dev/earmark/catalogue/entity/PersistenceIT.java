package dev.earmark.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.server.PersistenceProbe;
import dev.earmark.testing.server.ServerTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EclipseLink on the server, against the schema the migrations made. */
class PersistenceIT extends ServerTest {

    @Inject
    PersistenceProbe probe;

    @Test
    void migrationsRanAtDeployment() {
        assertTrue(probe.appliedMigrations().contains("1"), "V1 recorded in flyway_schema_history");
    }

    @Test
    void episodeWithChaptersRoundTrips() {
        Show show = fixtures.show("Round Trip");
        Episode saved = fixtures.episode(show, "First", EpisodeStatus.PUBLISHED, Instant.parse("2024-02-16T10:00:00Z"),
                new Chapter(74_000, "Second chapter", null), new Chapter(6_500, "Intro", "https://example.org/intro"));

        Episode loaded = probe.loadWithChapters(saved.getId());

        assertEquals("First", loaded.getTitle());
        assertEquals(Instant.parse("2024-02-16T10:00:00Z"), loaded.getPublishedAt());
        assertEquals(List.of("Intro", "Second chapter"), loaded.getChapters().stream().map(Chapter::getTitle).toList());
        assertEquals(6.5, loaded.getChapters().get(0).getStartSeconds());
        assertEquals("https://example.org/intro", loaded.getChapters().get(0).getUrl());
    }

    @Test
    void manyToOneStaysLazyUntilRead() {
        Show show = fixtures.show("Lazy");
        Episode saved = fixtures.episode(show, "Lazy One", EpisodeStatus.PUBLISHED, Instant.now());

        PersistenceProbe.Loading loading = probe.showLoadingOf(saved.getId());

        assertFalse(loading.beforeAccess(), "show not loaded by find(Episode)");
        assertTrue(loading.afterAccess(), "show loaded once read");
    }

    @Test
    void secondSaveOfTheSameVersionFails() {
        Show show = fixtures.show("Conflicts");
        Episode saved = fixtures.episode(show, "Contended", EpisodeStatus.DRAFT, null);
        Episode first = fixtures.reload(saved);
        Episode second = fixtures.reload(saved);

        first.setTitle("Edited by Ada");
        Episode afterFirst = fixtures.save(first);
        second.setTitle("Edited by Bob");

        assertEquals(saved.getVersion() + 1, afterFirst.getVersion());
        RuntimeException failure = assertThrows(RuntimeException.class, () -> fixtures.save(second));
        assertTrue(causedBy(failure, OptimisticLockException.class), "optimistic lock, got " + failure);
        assertEquals("Edited by Ada", fixtures.reload(saved).getTitle());
    }

    @Test
    void invalidSlugIsRejectedBeforeTheDatabase() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> fixtures.showWithSlug("Not A Slug"));
        assertTrue(causedBy(failure, ConstraintViolationException.class), "bean validation, got " + failure);
    }

    @Test
    void episodeSlugIsUniquePerShow() {
        Show show = fixtures.show("Unique");
        fixtures.episode(show, "Same Title", EpisodeStatus.DRAFT, null);
        assertThrows(RuntimeException.class, () -> fixtures.episode(show, "Same Title", EpisodeStatus.DRAFT, null));

        Show other = fixtures.show("Other");
        Episode elsewhere = fixtures.episode(other, "Same Title", EpisodeStatus.DRAFT, null);
        assertEquals("same-title", elsewhere.getSlug());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
