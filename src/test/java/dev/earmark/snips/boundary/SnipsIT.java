package dev.earmark.snips.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.boundary.EpisodeNotFoundException;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.platform.control.ConcurrentChangeException;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.TooManyRequestsException;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.entity.Snip;
import dev.earmark.snips.entity.SummarySource;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.TranscriptionFixtures;
import dev.earmark.testing.server.WebClient;
import dev.earmark.transcripts.entity.TranscriptCue;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Snips through the boundary and the JSON API: the range a tap saves and its words, idempotent saving, the
 * listener's own snips only, edits, nudges, deletion with undo, completion when a transcript arrives, and the limits.
 */
class SnipsIT extends ServerTest {

    private static final String LISTENER = "listener";

    @Inject
    Snips snips;

    @Test
    void aTapSavesTheMinuteBeforeItInWholeSentencesWithTakeawaysAndCountsIt() {
        Episode episode = transcribed("A minute of words");

        Earmarked saved = snips.earmark("ada", tap(episode, 120_000));

        Snip snip = saved.snip();
        assertTrue(saved.created());
        // 1:00 falls in the sentence of 0:59.318–1:05.237, 2:00 in that of 1:55.965–1:58.843 … (see the demo's cues)
        assertEquals(59_318, snip.getStartMillis());
        assertTrue(snip.getEndMillis() >= 120_000 && snip.getEndMillis() < 126_000, () -> "end " + snip.getEndMillis());
        List<TranscriptCue> excerpt = snip.getExcerpt();
        assertEquals(59_318, excerpt.get(0).getStartMillis());
        assertTrue(excerpt.stream().allMatch(cue -> cue.getSpeaker() != null), "speakers kept");
        assertEquals(SummarySource.EXTRACT, snip.getSummarySource());
        assertEquals(3, snip.getTakeaways().size(), () -> snip.getTakeaways().toString());
        assertFalse(snip.getTitle().isBlank());
        assertTrue(snip.getTitle().length() <= Snip.TITLE_MAX);
        assertEquals(1, fixtures.reload(episode).getSnipCount());
    }

    @Test
    void theSameRequestKeySavesOnce() {
        Episode episode = transcribed("Sent twice");
        NewSnip tap = new NewSnip(episode.getId(), 90_000, 30_000, "the-same-key");

        Earmarked first = snips.earmark("ada", tap);
        Earmarked again = snips.earmark("ada", tap);

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.snip().getId(), again.snip().getId());
        assertEquals(1, fixtures.reload(episode).getSnipCount());
        assertTrue(snips.earmark("grace", tap).created(), "keys are per listener");
    }

    @Test
    void withoutATranscriptTheTitleComesFromChapterAndEpisodeAndTheWordsFollowWhenOneArrives() {
        Show show = fixtures.show("Snips awaiting words");
        Episode episode = fixtures.episode(show, "Silent for now", EpisodeStatus.PUBLISHED, now().minusSeconds(60),
                new Chapter(0, "Opening", null), new Chapter(100_000, "Why transparency", null));

        Snip snip = snips.earmark("ada", tap(episode, 180_000)).snip();

        assertEquals(SummarySource.NO_TRANSCRIPT, snip.getSummarySource());
        assertEquals("Why transparency · Silent for now", snip.getTitle());
        assertTrue(snip.getTakeaways().isEmpty());
        assertEquals(120_000, snip.getStartMillis());

        fixtures.transcript(episode, "later.vtt", demoTranscript());

        Snip completed = snips.getOwn("ada", snip.getId());
        assertEquals(SummarySource.EXTRACT, completed.getSummarySource());
        assertFalse(completed.getExcerpt().isEmpty());
        assertFalse(completed.getTakeaways().isEmpty());
        assertTrue(completed.getStartMillis() <= 120_000);
    }

    @Test
    void aListenerSeesOnlyTheirOwn() {
        Episode episode = transcribed("Private snips");
        Snip adas = snips.earmark("ada", tap(episode, 100_000)).snip();

        assertTrue(snips.findOwn("grace", adas.getId()).isEmpty());
        assertThrows(SnipNotFoundException.class, () -> snips.getOwn("grace", adas.getId()));
        assertThrows(SnipNotFoundException.class, () -> snips.delete("grace", adas.getId()));
        assertEquals(0, snips.own("grace", new SnipFilter(null, episode.getId(), null, null), new PageRequest(1, 20))
                .totalItems());
        assertEquals(1, snips.own("ada", new SnipFilter(null, episode.getId(), null, null), new PageRequest(1, 20))
                .totalItems());
    }

    /** Who may open a snip's moment page is no change of what the snip says: the snip is not marked edited. */
    @Test
    void changingOnlyTheSharingDoesNotMarkASnipEdited() {
        Episode episode = transcribed("Shared, not edited");
        Snip snip = snips.earmark("ada", tap(episode, 120_000)).snip();
        advanceClock(Duration.ofMinutes(5));

        Snip shared = snips.share("ada", snip.getId(), snip.getVersion(), Sharing.ANYONE, true);
        assertFalse(shared.isEdited());
        assertEquals(Sharing.ANYONE, shared.getSharing());
        Snip sharedByEdit = snips.edit("ada", snip.getId(), shared.getVersion(), new SnipEdit(shared.getTitle(),
                shared.getNote(), shared.getTags(), Sharing.NOBODY, false));
        assertFalse(sharedByEdit.isEdited(), "the same title, note and tags with another sharing");
        assertEquals(Sharing.NOBODY, sharedByEdit.getSharing());

        Snip noted = snips.edit("ada", snip.getId(), sharedByEdit.getVersion(),
                new SnipEdit(shared.getTitle(), "A note", shared.getTags()));
        assertTrue(noted.isEdited());
    }

    @Test
    void editsNudgesDeletesAndRestores() {
        Episode episode = transcribed("Edited snips");
        Snip snip = snips.earmark("ada", tap(episode, 120_000)).snip();

        Snip edited = snips.edit("ada", snip.getId(), snip.getVersion(),
                new SnipEdit("  My own title ", "**Read** <script>x</script> [more](https://example.org)",
                        List.of("#Security", "key  Transparency", "security")));
        assertEquals("My own title", edited.getTitle());
        assertTrue(edited.isTitleEdited());
        assertEquals(List.of("key-transparency", "security"), edited.getTags());
        assertTrue(edited.getNoteHtml().contains("<strong>Read</strong>"), edited.getNoteHtml());
        assertFalse(edited.getNoteHtml().contains("<script"), edited.getNoteHtml());
        assertTrue(edited.getNoteHtml().contains("href=\"https://example.org\""), edited.getNoteHtml());
        assertThrows(ConcurrentChangeException.class, () -> snips.edit("ada", snip.getId(), snip.getVersion(),
                new SnipEdit("Stale", "", List.of())));

        Snip nudged = snips.nudge("ada", snip.getId(), edited.getVersion(), -5_000, 5_000);
        assertEquals(edited.getStartMillis() - 5_000, nudged.getStartMillis());
        assertEquals(edited.getEndMillis() + 5_000, nudged.getEndMillis());
        assertEquals("My own title", nudged.getTitle(), "the listener's title stays");
        assertEquals(52_346, nudged.getExcerpt().get(0).getStartMillis(), "the sentence mostly after the new start");
        assertThrows(InvalidParameterException.class,
                () -> snips.nudge("ada", snip.getId(), nudged.getVersion(), -6_000, 0));

        Snip retitled = snips.edit("ada", snip.getId(), nudged.getVersion(), new SnipEdit("", "", List.of()));
        assertFalse(retitled.isTitleEdited());
        assertFalse(retitled.getTitle().isBlank());

        Snip noted = snips.edit("ada", snip.getId(), retitled.getVersion(),
                new SnipEdit(retitled.getTitle(), "\"".repeat(Snip.NOTE_MAX), List.of()));
        assertFalse(noted.isTitleEdited(), "the title sent back as shown stays the summary's");
        assertTrue(noted.getNoteHtml().length() > Snip.NOTE_MAX, "escaped, yet saved");
        assertThrows(InvalidParameterException.class, () -> snips.edit("ada", snip.getId(), noted.getVersion(),
                new SnipEdit(null, "x".repeat(Snip.NOTE_MAX + 1), List.of())));

        snips.delete("ada", snip.getId());
        assertTrue(snips.findOwn("ada", snip.getId()).isEmpty());
        assertEquals(0, fixtures.reload(episode).getSnipCount());
        snips.restore("ada", snip.getId());
        assertTrue(snips.findOwn("ada", snip.getId()).isPresent());
        assertEquals(1, fixtures.reload(episode).getSnipCount());

        snips.delete("ada", snip.getId());
        advanceClock(Snips.UNDO_WINDOW.plusMinutes(1));
        assertThrows(SnipNotFoundException.class, () -> snips.restore("ada", snip.getId()), "too late to undo");
    }

    @Test
    void filtersByShowEpisodeTagAndWords() {
        Episode episode = transcribed("Filtered snips");
        Snip first = snips.earmark("filter-listener", tap(episode, 70_000)).snip();
        Snip second = snips.earmark("filter-listener", tap(episode, 150_000)).snip();
        snips.edit("filter-listener", second.getId(), second.getVersion(),
                new SnipEdit(null, "Ask Zebediah about this", List.of("follow-up")));

        assertEquals(List.of(second.getId(), first.getId()), ids(SnipFilter.ALL));
        assertEquals(List.of(second.getId()), ids(new SnipFilter(null, null, "follow-up", null)));
        assertEquals(List.of(second.getId()), ids(new SnipFilter(null, null, null, "zebediah ASK")));
        assertEquals(List.of(), ids(new SnipFilter(null, null, null, "zebediah 100%")));
        assertEquals(2, ids(new SnipFilter(episode.getShow().getId(), episode.getId(), null, null)).size());
        assertEquals(List.of("follow-up"), snips.ownTags("filter-listener"));
        assertEquals(List.of(new ShowChoice(episode.getShow().getId(), episode.getShow().getTitle())),
                snips.ownShows("filter-listener"));
        assertEquals(List.of(first.getId(), second.getId()), snips.allOwn("filter-listener", SnipFilter.ALL).stream()
                .map(Snip::getId).toList(), "an export's order: an episode's snips by their times");
        assertEquals(List.of(second.getId()), snips.allOwn("filter-listener",
                new SnipFilter(null, null, "follow-up", null)).stream().map(Snip::getId).toList());
        assertEquals(List.of(), snips.allOwn("another-listener", SnipFilter.ALL));
    }

    @Test
    void refusesTapsOutsideTheEpisodeOnHiddenEpisodesAndTooFast() {
        Episode episode = transcribed("Limited snips");
        long end = episode.getDurationSeconds() * 1000L;
        assertEquals(end, snips.earmark("ada", tap(episode, end + 900)).snip().getEndMillis(),
                "a tap just after the stored end (whole seconds) saves the end");
        InvalidParameterException beyond = assertThrows(InvalidParameterException.class,
                () -> snips.earmark("ada", tap(episode, end + Snips.END_TOLERANCE_MILLIS + 1)));
        assertEquals("snips.error.outsideEpisode", beyond.messageKey());
        assertThrows(InvalidParameterException.class,
                () -> snips.earmark("ada", new NewSnip(episode.getId(), 100_000, 10_000, key())));

        Episode draft = fixtures.episode(episode.getShow(), "Draft", EpisodeStatus.DRAFT, now().minusSeconds(60));
        assertThrows(EpisodeNotFoundException.class, () -> snips.earmark("ada", tap(draft, 60_000)));

        for (int i = 0; i < Snips.MAX_PER_MINUTE; i++) {
            snips.earmark("hasty", tap(episode, 60_000 + i * 1_000L));
        }
        TooManyRequestsException tooFast = assertThrows(TooManyRequestsException.class,
                () -> snips.earmark("hasty", tap(episode, 60_000)));
        assertTrue(tooFast.retryAfterSeconds() >= 1 && tooFast.retryAfterSeconds() <= 61);
        advanceClock(Duration.ofSeconds(61));
        assertNotNull(snips.earmark("hasty", tap(episode, 60_000)).snip());
    }

    @Test
    void theApiSavesOnceListsAndAnswersOthersWith404() {
        Episode episode = transcribed("Snips through the API");
        WebClient listener = WebClient.signIn(base, LISTENER, "listener-demo");
        String body = "{\"episodeId\": " + episode.getId() + ", \"atSeconds\": 120, \"lengthSeconds\": 60}";
        String requestKey = key();

        WebClient.Reply created = listener.send(post(listener, "api/snips", body).header("Idempotency-Key", requestKey));
        assertEquals(201, created.status(), created.body());
        JsonObject snip = created.object();
        assertTrue(created.header("Location").endsWith("/api/snips/" + snip.getJsonNumber("id").longValue()));
        assertEquals(3, snip.getJsonArray("takeaways").size());
        assertEquals("EXTRACT", snip.getString("summary"));
        assertTrue(snip.getString("episodeUrl").contains("#t=59.318"), snip.getString("episodeUrl"));
        assertEquals("Clara", snip.getJsonArray("excerpt").getJsonObject(0).getString("speaker"));

        WebClient.Reply again = listener.send(post(listener, "api/snips", body).header("Idempotency-Key", requestKey));
        assertEquals(200, again.status());
        assertEquals(snip.getJsonNumber("id").longValue(), again.object().getJsonNumber("id").longValue());

        JsonObject page = listener.get("api/snips?episode=" + episode.getId()).object();
        assertEquals(1, page.getInt("totalItems"));
        assertEquals(snip.getJsonNumber("id").longValue(),
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

        long id = snip.getJsonNumber("id").longValue();
        Snip others = snips.earmark("someone-else", tap(episode, 100_000)).snip();
        assertEquals(404, listener.get("api/snips/" + others.getId()).status());
        assertEquals(404, listener.delete("api/snips/" + others.getId()).status());

        WebClient.Reply edited = listener.put("api/snips/" + id,
                "{\"version\": " + snip.getJsonNumber("version") + ", \"title\": \"Mine\", \"tags\": [\"a\"]}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Mine", edited.object().getString("title"));
        assertEquals(409, listener.put("api/snips/" + id, "{\"version\": " + snip.getJsonNumber("version") + "}")
                .status());
        WebClient.Reply nudged = listener.post("api/snips/" + id + "/nudge",
                "{\"version\": " + edited.object().getJsonNumber("version") + ", \"startSeconds\": -5}");
        assertEquals(200, nudged.status(), nudged.body());
        assertEquals(54.318, nudged.object().getJsonNumber("startSeconds").doubleValue(), 0.001);

        assertEquals(200, listener.delete("api/snips/" + id).status());
        assertEquals(404, listener.get("api/snips/" + id).status());
        assertEquals(200, listener.post("api/snips/" + id + "/restore", "").status());
        assertEquals(200, listener.get("api/snips/" + id).status());
    }

    @Test
    void theApiGivesReasonsFor4xx() {
        Episode episode = transcribed("Refused through the API");
        WebClient listener = WebClient.signIn(base, LISTENER, "listener-demo");
        String beyond = "{\"episodeId\": " + episode.getId() + ", \"atSeconds\": 99999}";

        WebClient.Reply outside = listener.send(post(listener, "api/snips", beyond).header("Idempotency-Key", key()));
        assertEquals(400, outside.status());
        assertTrue(outside.object().getString("message").contains("99999"), outside.body());
        WebClient.Reply keyless = listener.post("api/snips", "{\"episodeId\": " + episode.getId()
                + ", \"atSeconds\": 60}");
        assertEquals(400, keyless.status());
        assertTrue(keyless.object().getString("message").contains("Idempotency-Key"), keyless.body());
        String longNote = "x".repeat(Snip.NOTE_MAX + 1);
        Snip snip = snips.earmark(LISTENER, tap(episode, 100_000)).snip();
        WebClient.Reply noted = listener.put("api/snips/" + snip.getId(),
                "{\"version\": " + snip.getVersion() + ", \"note\": \"" + longNote + "\"}");
        assertEquals(400, noted.status());
        assertEquals(401, WebClient.anonymous(base).get("api/snips").status());
    }

    @Test
    void theApiAnswers429WithRetryAfter() {
        Episode episode = transcribed("Too fast through the API");
        WebClient listener = WebClient.signIn(base, "editor", "editor-demo");
        for (int i = 0; i < Snips.MAX_PER_MINUTE; i++) {
            snips.earmark("editor", tap(episode, 60_000));
        }
        WebClient.Reply refused = listener.send(post(listener, "api/snips",
                "{\"episodeId\": " + episode.getId() + ", \"atSeconds\": 60}").header("Idempotency-Key", key()));
        assertEquals(429, refused.status(), refused.body());
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
    }

    private List<Long> ids(SnipFilter filter) {
        return snips.own("filter-listener", filter, new PageRequest(1, 20)).items().stream().map(Snip::getId).toList();
    }

    private Episode transcribed(String title) {
        Show show = fixtures.show(title);
        Episode episode = fixtures.episode(show, title, EpisodeStatus.PUBLISHED, now().minusSeconds(60));
        return fixtures.transcript(episode, "demo.vtt", demoTranscript());
    }

    private static NewSnip tap(Episode episode, long atMillis) {
        return new NewSnip(episode.getId(), atMillis, NewSnip.DEFAULT_LENGTH_MILLIS, key());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static HttpRequest.Builder post(WebClient client, String path, String json) {
        return client.request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .header(WebClient.CHANGE_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String demoTranscript() {
        try (InputStream in = SnipsIT.class.getResourceAsStream(TranscriptionFixtures.DEMO_AUDIO + ".vtt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
