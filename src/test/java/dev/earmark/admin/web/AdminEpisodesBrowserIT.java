package dev.earmark.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.EpisodeCuration;
import dev.earmark.catalogue.boundary.EpisodeDraft;
import dev.earmark.catalogue.boundary.EpisodeUploads;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.testing.Deployments;
import dev.earmark.testing.server.CatalogueFixtures;
import dev.earmark.testing.server.SampleAudio;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor curating episodes in Chromium, from the episode list of a show to what listeners see. Steps without
 * {@code @RunAsClient} run in the server between the browser's steps: they make the show, save over the browser's
 * edit, and count stored files. The browser's work is in {@link CurationPages}: Selenium is not in the server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminEpisodesBrowserIT {

    private static final String SHOW = "curated-in-the-browser";
    private static final String FIRST = "Editor's first episode";

    /** Client side: whether this run opened the browser (the in-server instance of the class never does). */
    private static boolean browserOpen;
    /** Server side: how many media files there were before the refused upload. */
    private static long mediaFilesBefore;

    @Deployment
    static WebArchive deployment() {
        return Deployments.earmarkWithTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    Catalogue catalogue;

    @Inject
    EpisodeCuration curation;

    @AfterAll
    static void closeBrowser() {
        if (browserOpen) {
            CurationPages.close();
        }
    }

    @Test
    @Order(1)
    void createShow() {
        if (fixtures.findShow(SHOW).isEmpty()) {
            fixtures.showWithSlug(SHOW);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void editorCreatesAndPublishesAnEpisodeThatListenersCanPlay() throws IOException {
        CurationPages.start();
        browserOpen = true;
        CurationPages.signIn(base, "editor", "editor-demo");
        CurationPages.open(base, "admin/episodes.xhtml?show=" + SHOW);
        CurationPages.click("new-episode");

        CurationPages.type("editor:title", FIRST);
        CurationPages.click("editor:description");
        CurationPages.waitForValue("editor:slug", "editor-s-first-episode");
        CurationPages.type("editor:description",
                "<p>Hello <strong>listeners</strong><script>window.earmarkXss = 1;</script></p>");
        CurationPages.waitForText("editor:preview", "Hello listeners");
        assertEquals(0, CurationPages.count("#editor\\:preview script"));
        assertEquals(1, CurationPages.count("#editor\\:preview strong"));

        CurationPages.parseChapters("Intro 0:06 Guest 1:14 Outro 2:30");
        assertEquals(List.of("0:06 Intro", "1:14 Guest", "2:30 Outro"), CurationPages.chapterRows());

        CurationPages.upload("editor:audio", sample(SampleAudio.OPUS));
        CurationPages.upload("editor:transcript",
                textFile("talk.srt", "1\n00:00:00,200 --> 00:00:02,000\nHello listeners.\n"));
        CurationPages.select("editor:status", "PUBLISHED");
        CurationPages.submit("editor:save");

        assertTrue(CurationPages.message().contains("Saved"), CurationPages.message());
        assertEquals("audio/ogg; codecs=opus · 0:03", CurationPages.text(".media-facts"));
        assertTrue(CurationPages.text("#history").contains("editor"), CurationPages.text("#history"));

        CurationPages.open(base, "shows/" + SHOW);
        CurationPages.clickLink(FIRST);
        assertEquals(3, CurationPages.count(".chapter-link"));
        assertEquals(1, CurationPages.count("#episode-audio track"));
        CurationPages.playsOnItsPage();
    }

    @Test
    @Order(3)
    @RunAsClient
    void aScheduledEpisodeAppearsWhenItsTimeComes() {
        Instant at = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        newEpisode("Scheduled in the browser");
        CurationPages.select("editor:status", "SCHEDULED");
        // The test servers show dates in UTC.
        CurationPages.setValue("editor:publishedAt", LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString());
        CurationPages.submit("editor:save");
        assertTrue(CurationPages.message().contains("Saved"), CurationPages.message());

        CurationPages.open(base, "shows/" + SHOW);
        assertFalse(CurationPages.hasLink("Scheduled in the browser"), "not before its time");
        CurationPages.waitUntilListed(base, SHOW, "Scheduled in the browser", Duration.ofSeconds(45));
        assertFalse(Instant.now().isBefore(at), "appeared at " + Instant.now() + ", due " + at);
    }

    @Test
    @Order(4)
    @RunAsClient
    void startEditing() {
        CurationPages.open(base, "admin/episodes.xhtml?show=" + SHOW);
        CurationPages.clickLink(FIRST);
        CurationPages.type("editor:title", "Mine");
    }

    @Test
    @Order(5)
    void someoneElseSavesMeanwhile() {
        Episode theirs = catalogue.findEpisode(SHOW, "editor-s-first-episode").orElseThrow();
        Episode loaded = curation.getEpisode(theirs.getId());
        curation.update(loaded.getId(), loaded.getVersion(), new EpisodeDraft("Theirs", loaded.getSlug(),
                loaded.getSeason(), loaded.getNumber(), loaded.getEpisodeType(), loaded.getStatus(),
                loaded.getPublishedAt(), loaded.getDescription(), null, List.of()), EpisodeUploads.NONE);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theSecondSaveIsRefusedAndKeepsWhatWasTyped() {
        CurationPages.submit("editor:save");

        assertTrue(CurationPages.message().contains("Someone else saved this episode"),
                CurationPages.message());
        assertEquals("Mine", CurationPages.value("editor:title"));
        assertEquals(3, CurationPages.chapterRows().size());

        CurationPages.submit("editor:saveAnyway");
        assertTrue(CurationPages.message().contains("Saved"), CurationPages.message());
        assertEquals("Mine", CurationPages.value("editor:title"));
    }

    @Test
    @Order(7)
    void countMediaFiles() {
        mediaFilesBefore = fixtures.mediaFileCount();
    }

    @Test
    @Order(8)
    @RunAsClient
    void aFakeAudioFileIsRefusedWithAMessage() throws IOException {
        newEpisode("Fake audio");
        CurationPages.upload("editor:audio", textFile("song.mp3", "Not audio at all."));
        CurationPages.submit("editor:save");

        assertEquals("This kind of file is not accepted here.", CurationPages.text("#editor\\:audioMessage"));
        assertEquals("Fake audio", CurationPages.value("editor:title"));
    }

    @Test
    @Order(9)
    void theRefusedFileLeftNothing() {
        assertEquals(mediaFilesBefore, fixtures.mediaFileCount());
    }

    @Test
    @Order(10)
    @RunAsClient
    void anEpisodeWithExternalAudioPlaysFromThere() {
        newEpisode("Elsewhere");
        CurationPages.type("editor:audioUrl", "https://media.example.org/elsewhere.mp3");
        CurationPages.select("editor:status", "PUBLISHED");
        CurationPages.submit("editor:save");
        assertTrue(CurationPages.message().contains("Saved"), CurationPages.message());

        CurationPages.open(base, "shows/" + SHOW);
        CurationPages.clickLink("Elsewhere");
        assertEquals("https://media.example.org/elsewhere.mp3", CurationPages.audioSource());
    }

    @Test
    @Order(11)
    @RunAsClient
    void deletingAsksFirst() {
        CurationPages.open(base, "admin/episodes.xhtml?show=" + SHOW + "&q=elsewhere");
        CurationPages.clickLink("Elsewhere");
        CurationPages.confirmDelete();

        assertTrue(CurationPages.message().contains("Deleted"), CurationPages.message());
        assertFalse(CurationPages.hasLink("Elsewhere"));
    }

    private void newEpisode(String title) {
        CurationPages.open(base, "admin/episode.xhtml?show=" + SHOW);
        CurationPages.type("editor:title", title);
    }

    private static Path sample(String name) throws IOException {
        try (InputStream in = SampleAudio.open(name)) {
            Path file = Files.createTempDirectory("earmark-upload").resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static Path textFile(String name, String text) throws IOException {
        return Files.writeString(Files.createTempDirectory("earmark-upload").resolve(name), text, StandardCharsets.UTF_8);
    }
}
