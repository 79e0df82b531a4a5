package dev.earmark.testing.server;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * Test data and server switches (settings, the clock) for browser tests, which run outside the server.
 * Creating is idempotent (by slug), so a test can be run again against the same database.
 */
@Path("/")
@RequestScoped
public class FixturesResource {

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    Settings settings;

    @Inject
    MovableClock clock;

    /** A show with {@code count} published episodes, "Episode 1" … "Episode N", a day apart. */
    @POST
    @Path("shows/{slug}")
    public void showWithEpisodes(@PathParam("slug") String slug, @QueryParam("episodes") int count) {
        if (fixtures.findShow(slug).isEmpty()) {
            Show show = fixtures.showWithSlug(slug);
            fixtures.publishedEpisodes(show, count, Instant.parse("2022-01-01T10:00:00Z"));
        }
    }

    /**
     * A published episode "Hostile" whose notes try to run script in every way the sanitiser must stop;
     * it has chapters and no audio yet.
     */
    @POST
    @Path("shows/{slug}/hostile")
    public void showWithHostileNotes(@PathParam("slug") String slug) {
        if (fixtures.findShow(slug).isEmpty()) {
            Show show = fixtures.showWithSlug(slug);
            Episode episode = fixtures.episode(show, "Hostile", EpisodeStatus.PUBLISHED,
                    Instant.parse("2024-03-01T10:00:00Z"), new Chapter(6_000, "Intro", null), new Chapter(74_000, "Guest", null));
            episode.setDescription("<p>Before<script>window.earmarkXss = 'script';</script>"
                    + "<img src=\"x\" onerror=\"window.earmarkXss = 'onerror'\">"
                    + "<a href=\"javascript:window.earmarkXss='link'\">click</a> after https://example.org/notes.</p>");
            fixtures.save(episode);
            fixtures.withoutAudio(episode);
        }
    }

    /** Settings are system properties read at use, so a test can switch one in the running server. */
    @PUT
    @Path("system-properties/{name}")
    public void setProperty(@PathParam("name") String name, String value) {
        System.setProperty(name, value);
    }

    @DELETE
    @Path("system-properties/{name}")
    public void clearProperty(@PathParam("name") String name) {
        System.clearProperty(name);
    }

    /** Moves the server's clock forward by an ISO-8601 duration such as "PT1H". */
    @POST
    @Path("clock/advance")
    public void advanceClock(String duration) {
        clock.advance(Duration.parse(duration));
    }

    /** Puts the server's clock back to the system's time. */
    @DELETE
    @Path("clock")
    public void resetClock() {
        clock.reset();
    }

    /** A published episode "Plain" without audio whose transcript is plain text (no times) of two paragraphs. */
    @POST
    @Path("shows/{slug}/plain-transcript")
    public void showWithPlainTranscript(@PathParam("slug") String slug) {
        if (fixtures.findShow(slug).isEmpty()) {
            Episode episode = fixtures.episode(fixtures.showWithSlug(slug), "Plain", EpisodeStatus.PUBLISHED,
                    Instant.parse("2024-03-01T10:00:00Z"));
            fixtures.withoutAudio(episode);
            fixtures.transcript(episode, "notes.txt", "A first paragraph of plain text.\n\nAnd a second one.\n");
        }
    }

    /** Adds {@code count} published episodes to a show that exists (made in a browser, say). */
    @POST
    @Path("shows/{slug}/episodes")
    public void episodes(@PathParam("slug") String slug, @QueryParam("count") int count) {
        Show show = fixtures.findShow(slug).orElseThrow(() -> new NotFoundException(slug));
        fixtures.publishedEpisodes(show, count, Instant.parse("2024-05-01T08:00:00Z"));
    }

    /** "rows files": the media files recorded and those in the media directory, to show an upload left nothing. */
    @GET
    @Path("media/count")
    public String mediaCount() {
        try (var files = Files.walk(settings.mediaDirectory())) {
            return fixtures.count(MediaFile.class) + " " + files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
