package dev.earmark.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.control.MediaTypes;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Settings;
import dev.earmark.snips.entity.Snip;
import dev.earmark.transcripts.entity.EpisodeTranscript;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient.Reply;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Curating shows through the admin API as the demo accounts (signed in with the FORM login, so the
 * boundary's role checks are the real ones). Tests that check what the API did call it from inside the
 * server, where they look at the database, the files and the audit trail too.
 */
class ShowCurationIT extends ServerTest {

    private static final String SHOWS = "api/admin/shows";
    private static final String CASCADE_SHOW = "curation-cascade";

    @Inject
    MediaLibrary media;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    UserTransaction transaction;

    @Test
    @RunAsClient
    void createMakesTheSlugFromTheTitleAndKeepsItUnique() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");

        Reply first = admin.post(SHOWS, "{\"title\":\"Curation Tea Talks\",\"categories\":[\"Food\"]}");
        assertEquals(201, first.status(), first.body());
        assertEquals("curation-tea-talks", first.object().getString("slug"));
        assertEquals(0, first.object().getInt("episodeCount"));
        assertEquals("en", first.object().getString("language"));

        Reply second = admin.post(SHOWS, "{\"title\":\"Curation Tea Talks\"}");
        assertEquals(201, second.status(), second.body());
        assertEquals("curation-tea-talks-2", second.object().getString("slug"));

        Reply cyrillic = admin.post(SHOWS, "{\"title\":\"Подкаст\"}");
        assertEquals(201, cyrillic.status(), cyrillic.body());
        assertTrue(cyrillic.object().getString("slug").matches("show(-[0-9]+)?"), cyrillic.body());

        Reply taken = admin.post(SHOWS, "{\"title\":\"Other\",\"slug\":\"curation-tea-talks\"}");
        assertEquals(409, taken.status(), taken.body());
        assertEquals("Another show already has the address 'curation-tea-talks'.", taken.object().getString("message"));
    }

    @Test
    @RunAsClient
    void invalidShowsAreRefusedFieldByFieldWithTheBundlesWords() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");

        Reply invalid = admin.post(SHOWS, "{\"title\":\" \",\"slug\":\"Not A Slug\",\"ownerEmail\":\"nobody\","
                + "\"language\":\"english!\",\"author\":\"" + "a".repeat(Show.AUTHOR_MAX + 1) + "\"}");

        assertEquals(400, invalid.status(), invalid.body());
        Map<String, String> violations = invalid.object().getJsonArray("violations").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("message")));
        assertEquals(Map.of(
                "title", "Please fill this in.",
                "slug", "Use lowercase letters, digits and single hyphens only, e.g. 'my-show-2'.",
                "ownerEmail", "This is not an e-mail address.",
                "language", "Use a language code such as 'en' or 'de-CH'.",
                "author", "At most 200 characters."), violations);
        assertEquals(0, admin.get(SHOWS).array().stream()
                .filter(show -> show.asJsonObject().getString("slug").equals("not-a-slug")).count());
    }

    /** In the server, which then finds both saves in the show's history. */
    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsAConflictAndTheFirstIsInTheHistory() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        JsonObject created = admin.post(SHOWS, "{\"title\":\"Curation Conflicts\"}").object();
        String url = SHOWS + "/" + created.getInt("id");
        long loaded = created.getJsonNumber("version").longValue();

        Reply firstSave = admin.put(url, "{\"title\":\"Curation Conflicts\",\"slug\":\"curation-conflicts\","
                + "\"author\":\"First\",\"version\":" + loaded + "}");
        assertEquals(200, firstSave.status(), firstSave.body());
        assertTrue(firstSave.object().getJsonNumber("version").longValue() > loaded);

        Reply secondSave = admin.put(url, "{\"title\":\"Curation Conflicts\",\"slug\":\"curation-conflicts\","
                + "\"author\":\"Second\",\"version\":" + loaded + "}");
        assertEquals(409, secondSave.status(), secondSave.body());
        assertTrue(secondSave.object().getString("message").startsWith("Someone else saved 'Curation Conflicts'"),
                secondSave.body());
        assertEquals("First", admin.get(url).object().getString("author"));

        assertEquals(400, admin.put(url, "{\"title\":\"No version\"}").status());
        assertEquals(404, admin.get(SHOWS + "/987654321").status());

        Show show = fixtures.findShow("curation-conflicts").orElseThrow();
        List<AuditEntry> history = audit.history(AuditSubject.SHOW, show.getId());
        assertEquals(List.of(AuditAction.UPDATED, AuditAction.CREATED), history.stream().map(AuditEntry::getAction).toList());
        assertEquals(Set.of("admin"), history.stream().map(AuditEntry::getActor).collect(Collectors.toSet()));
        assertEquals("author", history.get(0).getDetails());
    }

    /** A show with episodes, chapters, snips and files made in the server, deleted through the API. */
    @Test
    void onlyAdminsDeleteAShowAndItTakesItsEpisodesChaptersSnipsAndFiles() {
        Show created = fixtures.showWithSlug(CASCADE_SHOW);
        created.setArtwork(store("/dev/earmark/demo/meta-tech-podcast.png", "cover.png", MediaTypes.IMAGES));
        fixtures.save(created);
        List<Episode> episodes = new ArrayList<>();
        List<MediaFile> files = new ArrayList<>(List.of(created.getArtwork()));
        for (String title : List.of("First", "Second")) {
            Episode episode = fixtures.episode(created, title, EpisodeStatus.PUBLISHED,
                    Instant.parse("2024-01-01T10:00:00Z"), new Chapter(0, "Intro", null), new Chapter(60_000, "Main", null));
            episode.setAudioFile(store("/dev/earmark/demo/audio/52-the-success-story-behind-pytorch.opus", "a.opus",
                    MediaTypes.AUDIO));
            fixtures.save(episode);
            MediaFile transcript = fixtures.transcript(episode, "a.vtt", resourceText(
                    "/dev/earmark/demo/audio/52-the-success-story-behind-pytorch.vtt")).getTranscript();
            fixtures.snips(episode, 3);
            episodes.add(episode);
            files.addAll(List.of(episode.getAudioFile(), transcript));
        }
        List<Long> episodeIds = episodes.stream().map(Episode::getId).toList();
        assertEquals(4, fixtures.countOfEpisodes(Chapter.class, episodeIds));
        assertEquals(2, fixtures.countOfEpisodes(EpisodeTranscript.class, episodeIds));
        assertEquals(6, fixtures.countOfEpisodes(Snip.class, episodeIds));

        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        JsonObject show = editor.get(SHOWS).array().stream().map(JsonObject.class::cast)
                .filter(listed -> listed.getString("slug").equals(CASCADE_SHOW)).findFirst().orElseThrow();
        assertEquals(2, show.getInt("episodeCount"));
        String url = SHOWS + "/" + show.getInt("id");
        String version = "?version=" + show.getJsonNumber("version").longValue();

        Reply refused = editor.delete(url + version);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("Only admins can create, change or delete shows.", refused.object().getString("message"));

        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        assertEquals(400, admin.delete(url).status(), "the version is required");
        assertEquals(409, admin.delete(url + "?version=" + (show.getJsonNumber("version").longValue() + 5)).status());
        assertEquals(204, admin.delete(url + version).status());
        assertEquals(404, admin.get(url).status());

        assertTrue(fixtures.findShow(CASCADE_SHOW).isEmpty());
        episodes.forEach(episode -> assertNull(fixtures.reload(episode)));
        assertEquals(0, fixtures.countOfEpisodes(Chapter.class, episodeIds));
        assertEquals(0, fixtures.countOfEpisodes(Snip.class, episodeIds));
        assertEquals(0, fixtures.countOfEpisodes(EpisodeTranscript.class, episodeIds));
        for (MediaFile file : files) {
            assertTrue(media.findFile(file.getId()).isEmpty(), file.getFileName());
            assertFalse(Files.exists(settings.mediaDirectory().resolve(file.getStorageKey())), file.getStorageKey());
        }
        AuditEntry deletion = audit.history(AuditSubject.SHOW, created.getId()).get(0);
        assertEquals(List.of(AuditAction.DELETED, "admin"), List.of(deletion.getAction(), deletion.getActor()));
        for (Episode episode : episodes) {
            assertEquals(AuditAction.DELETED, audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getAction());
        }
    }

    /** In the server, which then finds the change in the show's history. */
    @Test
    void downloadsAreOfferedAndSummariesReviewedUnlessTheShowSaysOtherwise() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        Reply created = admin.post(SHOWS, "{\"title\":\"Curation Streams Only\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.object().getBoolean("downloadsAllowed"), "the default");
        assertFalse(created.object().getBoolean("acceptSummaries"), "the default: a curator reviews them");

        JsonObject show = created.object();
        Reply changed = admin.put(SHOWS + "/" + show.getInt("id"), "{\"title\":\"Curation Streams Only\",\"slug\":\""
                + show.getString("slug") + "\",\"downloadsAllowed\":false,\"acceptSummaries\":true,\"version\":"
                + show.getJsonNumber("version") + "}");
        assertEquals(200, changed.status(), changed.body());
        assertFalse(changed.object().getBoolean("downloadsAllowed"));
        assertTrue(changed.object().getBoolean("acceptSummaries"));
        assertTrue(fixtures.findShow(show.getString("slug")).orElseThrow().isAcceptSummaries());
        AuditEntry change = audit.history(AuditSubject.SHOW, show.getInt("id")).get(0);
        assertEquals(AuditAction.UPDATED, change.getAction());
        assertEquals("downloadsAllowed, acceptSummaries", change.getDetails());
    }

    @Test
    @RunAsClient
    void editorsReadButDoNotChangeShowsAndListenersGetNothing() {
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        assertEquals(200, editor.get(SHOWS).status());
        JsonObject any = editor.get(SHOWS).array().getJsonObject(0);
        String url = SHOWS + "/" + any.getInt("id");
        assertEquals(403, editor.post(SHOWS, "{\"title\":\"Editors' own\"}").status());
        assertEquals(403, editor.put(url, "{\"title\":\"Renamed\",\"version\":" + any.getJsonNumber("version") + "}").status());

        WebClient listener = WebClient.signIn(base, "listener", "listener-demo");
        assertEquals(403, listener.get(SHOWS).status());
        assertEquals(403, listener.get(url).status());
        assertEquals(403, listener.post(SHOWS, "{\"title\":\"Listeners' own\"}").status());
        assertEquals(403, listener.put(url, "{\"title\":\"Renamed\",\"version\":0}").status());
        assertEquals(403, listener.delete(url + "?version=0").status());
    }

    /**
     * Two admins create a show under the same address at once: both checks find it free, and the
     * database's unique constraint refuses the second insert. That admin is told the address is
     * taken, as when the first show was there before.
     */
    @Test
    void aShowCreatedMeanwhileUnderTheSameAddressIsAConflictNotAFailure() throws Exception {
        String slug = "curation-race";
        transaction.begin();
        try {
            fixtures.showWithSlug(slug);
            CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> WebClient
                    .signIn(base, "admin", "admin-demo").post(SHOWS, "{\"title\":\"Race\",\"slug\":\"" + slug + "\"}"));
            awaitLockWait(second);
            transaction.commit();

            Reply reply = second.get(30, TimeUnit.SECONDS);
            assertEquals(409, reply.status(), reply.body());
            assertEquals("Another show already has the address 'curation-race'.", reply.object().getString("message"));
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.rollback();
            }
        }
    }

    /**
     * Until the other request's insert waits for our uncommitted row: its slug check has passed by then.
     * Between two looks at the database, the wait is for the request, which must not end meanwhile.
     */
    private void awaitLockWait(CompletableFuture<Reply> request) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (fixtures.otherSessionsExecuting("INSERT INTO PODCAST_SHOW") == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the request never reached the insert");
            try {
                Reply early = request.get(10, TimeUnit.MILLISECONDS);
                fail("the request ended without waiting: " + early.body());
            } catch (TimeoutException stillRunning) {
                // it is on its way
            }
        }
    }

    private MediaFile store(String resource, String name, Set<String> types) {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return media.store(in, name, Long.MAX_VALUE, types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String resourceText(String resource) {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
