package dev.earmark.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.DerivedNotes;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.curation.boundary.EpisodeCuration;
import dev.earmark.curation.boundary.EpisodeDraft;
import dev.earmark.curation.boundary.EpisodeUploads;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.SqlRows;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Show notes are derived once, when they are saved, and pages and the API show what is stored; a deployment derives
 * again what an older derivation stored, leaving the rows' versions alone.
 */
class DerivedNotesIT extends ServerTest {

    private static final String NOTES = "<p>Hello <script>alert('x')</script><b>world</b>.</p>"
            + "<p><strong>Timestamps:</strong><br>(0:00) Intro<br>(1:00) Outro</p><p>Thanks for listening!</p>";
    private static final String DESCRIPTION = "Talks about <em>software</em>.\n\nEvery week.";
    private static final String EPISODE_ROW = "SELECT notes_html, notes_html_without_timestamps, notes_teaser, "
            + "notes_summary, notes_derivation, version FROM episode WHERE id = ?";
    private static final String SHOW_ROW = "SELECT description_summary, summary_derivation, version FROM podcast_show WHERE id = ?";
    private static final CatalogueLinks LINKS = new CatalogueLinks();

    @Inject
    EpisodeCuration curation;

    @Inject
    OutdatedNotes outdatedNotes;

    @Inject
    SqlRows rows;

    private WebClient web;
    private Show show;

    @BeforeEach
    void showWithDescription() {
        web = WebClient.anonymous(base);
        show = fixtures.show("Derived notes");
        show.setDescription(DESCRIPTION);
        show = fixtures.save(show);
    }

    @Test
    void savingThroughCurationStoresWhatPagesAndTheApiShow() {
        Episode episode = savedThroughCuration("Derived at saving");
        DerivedNotes expected = DerivedNotes.of(NOTES);

        assertEquals(List.of(expected.getHtml(), expected.getHtmlWithoutTimestamps(), expected.getTeaser(),
                expected.getSummary(), DerivedNotes.VERSION), storedNotes(episode));
        assertFalse(expected.getHtml().contains("script"), expected.getHtml());
        assertEquals(List.of("Talks about software. Every week.", DerivedNotes.VERSION), storedSummary(show));
        String episodePage = page(LINKS.episode(episode));
        assertTrue(episodePage.contains(expected.getHtmlWithoutTimestamps()), episodePage);
        assertFalse(episodePage.contains("(1:00) Outro"), "the chapters are listed instead");
        assertTrue(episodePage.contains(metaDescription(expected.getSummary())), episodePage);
        String showPage = page(LINKS.show(show));
        assertTrue(showPage.contains(expected.getTeaser()), showPage);
        assertTrue(showPage.contains(metaDescription("Talks about software. Every week.")), showPage);
        assertEquals(expected.getHtml(), web.get("api/episodes/" + episode.getId()).object().getString("description"));
    }

    @Test
    void pagesAndTheApiShowTheStoredNotesWithoutDerivingThemAgain() {
        Episode episode = savedThroughCuration("Shown as stored");
        rows.update("UPDATE episode SET notes_html = ?, notes_html_without_timestamps = ?, notes_teaser = ?, "
                + "notes_summary = ? WHERE id = ?", "<p>Stored HTML</p>", "<p>Stored without timestamps</p>",
                "Stored teaser", "Stored summary", episode.getId());
        rows.update("UPDATE podcast_show SET description_summary = ? WHERE id = ?", "Stored show summary", show.getId());

        String episodePage = page(LINKS.episode(episode));
        assertTrue(episodePage.contains("<p>Stored without timestamps</p>"), episodePage);
        assertTrue(episodePage.contains(metaDescription("Stored summary")), episodePage);
        String showPage = page(LINKS.show(show));
        assertTrue(showPage.contains("Stored teaser"), showPage);
        assertTrue(showPage.contains(metaDescription("Stored show summary")), showPage);
        assertEquals("<p>Stored HTML</p>", web.get("api/episodes/" + episode.getId()).object().getString("description"));
    }

    @Test
    void deploymentDerivesOutdatedNotesAgainLeavingTheVersionAlone() {
        Episode episode = savedThroughCuration("Derived again");
        long episodeVersion = ((Number) rows.row(EPISODE_ROW, episode.getId())[5]).longValue();
        long showVersion = ((Number) rows.row(SHOW_ROW, show.getId())[2]).longValue();
        int older = DerivedNotes.VERSION - 1;
        rows.update("UPDATE episode SET notes_html = 'stale', notes_html_without_timestamps = 'stale', "
                + "notes_teaser = 'stale', notes_summary = 'stale', notes_derivation = ? WHERE id = ?", older, episode.getId());
        rows.update("UPDATE podcast_show SET description_summary = 'stale', summary_derivation = ? WHERE id = ?",
                older, show.getId());

        OutdatedNotes.Derived derived = outdatedNotes.deriveAgain();

        assertEquals(new OutdatedNotes.Derived(1, 1), derived);
        DerivedNotes expected = DerivedNotes.of(NOTES);
        assertEquals(List.of(expected.getHtml(), expected.getHtmlWithoutTimestamps(), expected.getTeaser(),
                expected.getSummary(), DerivedNotes.VERSION), storedNotes(episode));
        assertEquals(episodeVersion, ((Number) rows.row(EPISODE_ROW, episode.getId())[5]).longValue());
        assertEquals(List.of("Talks about software. Every week.", DerivedNotes.VERSION), storedSummary(show));
        assertEquals(showVersion, ((Number) rows.row(SHOW_ROW, show.getId())[2]).longValue());
        assertTrue(page(LINKS.show(show)).contains(expected.getTeaser()));
        assertEquals(new OutdatedNotes.Derived(0, 0), outdatedNotes.deriveAgain(), "another server finds nothing left");
        Episode saved = curation.update(episode.getId(), episodeVersion, draft("Saved from the form opened before"),
                EpisodeUploads.NONE);
        assertEquals(episodeVersion + 1, saved.getVersion(), "the form opened before the deployment still saves");
    }

    private Episode savedThroughCuration(String title) {
        return curation.create(show.getSlug(), draft(title), EpisodeUploads.NONE);
    }

    private static EpisodeDraft draft(String title) {
        return new EpisodeDraft(title, null, null, null, null, EpisodeStatus.PUBLISHED,
                Instant.parse("2024-03-01T10:00:00Z"), NOTES, null, null, "https://media.example/derived.mp3",
                List.of(new ChapterMark(0, "Intro"), new ChapterMark(60_000, "Outro")));
    }

    /** The derived columns, the derivation as a number. */
    private List<Object> storedNotes(Episode episode) {
        Object[] row = rows.row(EPISODE_ROW, episode.getId());
        return List.of(row[0], row[1], row[2], row[3], ((Number) row[4]).intValue());
    }

    private List<Object> storedSummary(Show stored) {
        Object[] row = rows.row(SHOW_ROW, stored.getId());
        return List.of(row[0], ((Number) row[1]).intValue());
    }

    private String page(String path) {
        WebClient.Reply reply = web.get(path.substring(1));
        assertEquals(200, reply.status(), path);
        return reply.body();
    }

    private static String metaDescription(String text) {
        return "<meta name=\"description\" content=\"" + text + "\"";
    }
}
