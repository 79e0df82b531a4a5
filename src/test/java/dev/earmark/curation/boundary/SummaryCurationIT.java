package dev.earmark.curation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.audit.boundary.AuditTrail;
import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeSummary;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.notes.control.ChapterMark;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.summaries.control.SuggestedChapter;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * What curators save of a summary and topics: a text saved exactly as the suggestion on their screen said keeps the
 * suggestion's source and is audited as taken; a changed one is the curator's; limits are refused at their field; the
 * API leaves both alone when it does not send them.
 */
class SummaryCurationIT extends ServerTest {

    private static final EpisodeSuggestion SUGGESTION = new EpisodeSuggestion(
            "Keys are published in a directory anyone can audit. Auditors check that it only grows.",
            List.of("key transparency", "auditors", "public keys"),
            List.of(new SuggestedChapter(0, "Key transparency"), new SuggestedChapter(125_340, "Auditors")),
            TextSource.MODEL, "fake-llm");

    @Inject
    EpisodeCuration curation;

    @Inject
    AuditTrail audit;

    @Test
    void textsSavedAsSuggestedKeepTheirSourceAndAreAuditedAsTaken() {
        Episode episode = episode("Taken");

        Episode saved = curation.update(episode.getId(), episode.getVersion(),
                draft(episode, "Taken", SUGGESTION.summary(), List.of("key transparency", "auditors", "public keys"),
                        new ChapterMark(0, "Key transparency"), new ChapterMark(125_340, "Auditors")),
                EpisodeUploads.NONE, Optional.of(SUGGESTION));

        EpisodeSummary summary = saved.getSummary();
        assertEquals(SUGGESTION.summary(), summary.getText());
        assertEquals(TextSource.MODEL, summary.getTextSource());
        assertEquals("fake-llm", summary.getTextModel());
        assertEquals(TextSource.MODEL, summary.getTopicsSource());
        List<AuditEntry> history = audit.history(AuditSubject.EPISODE, episode.getId());
        assertEquals(List.of(AuditAction.SUGGESTION_TAKEN, AuditAction.UPDATED),
                history.subList(0, 2).stream().map(AuditEntry::getAction).toList());
        assertEquals("summary MODEL fake-llm, topics MODEL fake-llm, chapters MODEL fake-llm", history.get(0).getDetails());
        assertEquals("summary, topics, chapters", history.get(1).getDetails());
    }

    @Test
    void aChangedSuggestionIsTheCuratorsAndAnUnchangedTextKeepsItsSource() {
        Episode episode = episode("Changed");
        Episode taken = curation.update(episode.getId(), episode.getVersion(),
                draft(episode, "Changed", SUGGESTION.summary(), List.of("Auditors", "key   transparency")),
                EpisodeUploads.NONE, Optional.of(SUGGESTION));

        assertEquals(TextSource.MODEL, taken.getSummary().getTextSource());
        assertEquals(TextSource.CURATOR, taken.getSummary().getTopicsSource(), "topics not as suggested");
        assertNull(taken.getSummary().getTopicsModel());
        assertEquals(List.of("Auditors", "key transparency"), taken.getSummary().getTopics(), "blanks collapsed");

        Episode retitled = curation.update(episode.getId(), taken.getVersion(),
                draft(episode, "Retitled", SUGGESTION.summary(), List.of("Auditors", "key transparency")), EpisodeUploads.NONE);

        assertEquals(TextSource.MODEL, retitled.getSummary().getTextSource(), "unchanged, so still the model's");
        assertEquals("fake-llm", retitled.getSummary().getTextModel());
        assertEquals("title", audit.history(AuditSubject.EPISODE, episode.getId()).get(0).getDetails());
    }

    @Test
    void summaryAndTopicsOverTheirLimitsAreRefusedAtTheirFields() {
        Episode episode = episode("Limits");

        InvalidFieldException longSummary = assertThrows(InvalidFieldException.class, () -> curation.update(
                episode.getId(), episode.getVersion(), draft(episode, "Limits", "a".repeat(401), List.of()), EpisodeUploads.NONE));
        InvalidFieldException manyTopics = assertThrows(InvalidFieldException.class, () -> curation.update(
                episode.getId(), episode.getVersion(), draft(episode, "Limits", "", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")),
                EpisodeUploads.NONE));
        InvalidFieldException longTopic = assertThrows(InvalidFieldException.class, () -> curation.update(
                episode.getId(), episode.getVersion(), draft(episode, "Limits", "", List.of("t".repeat(61))), EpisodeUploads.NONE));

        assertEquals("summary", longSummary.field());
        assertEquals("topics", manyTopics.field());
        assertEquals("topics", longTopic.field());
        assertEquals(episode.getVersion(), fixtures.reload(episode).getVersion(), "nothing saved");
    }

    @Test
    @RunAsClient
    void theApiLeavesSummaryAndTopicsAloneUnlessItSendsThem() {
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        WebClient.Reply created = admin.post("api/admin/episodes", "{\"showSlug\":\"meta-tech-podcast\","
                + "\"title\":\"Summarised by the API\",\"summary\":\"  Two <b>sentences</b>.\\nAt most four. \","
                + "\"topics\":[\"api\",\" API \",\"feeds\"]}");
        assertEquals(201, created.status(), created.body());
        JsonObject episode = created.object();
        String path = "api/admin/episodes/" + episode.getJsonNumber("id").longValue();
        assertEquals("Two <b>sentences</b>. At most four.", episode.getString("summary"), "plain text, one paragraph");
        assertEquals("CURATOR", episode.getString("summarySource"));
        assertEquals(List.of("api", "feeds"), episode.getJsonArray("topics").getValuesAs(
                JsonString::getString), "repeats left out whatever their case");

        WebClient.Reply renamed = admin.put(path, "{\"version\":" + episode.getJsonNumber("version") + ","
                + "\"title\":\"Renamed\",\"status\":\"DRAFT\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Two <b>sentences</b>. At most four.", renamed.object().getString("summary"));
        assertEquals(2, renamed.object().getJsonArray("topics").size());

        WebClient.Reply cleared = admin.put(path, "{\"version\":" + renamed.object().getJsonNumber("version") + ","
                + "\"title\":\"Renamed\",\"status\":\"DRAFT\",\"summary\":\"\",\"topics\":[]}");
        WebClient.Reply tooLong = admin.put(path, "{\"version\":" + cleared.object().getJsonNumber("version") + ","
                + "\"title\":\"Renamed\",\"summary\":\"" + "a".repeat(401) + "\"}");
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(JsonValue.NULL, cleared.object().getOrDefault("summary", JsonValue.NULL));
        assertEquals(0, cleared.object().getJsonArray("topics").size());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.object().getString("message").contains("400"), tooLong.body());
        admin.delete(path + "?version=" + cleared.object().getJsonNumber("version"));
    }

    @Test
    void theApiSuggestsFromTheTranscriptAndSavesNothing() {
        Episode episode = fixtures.demoTranscript(episode("Asked by the API"));
        Episode silent = episode("Silent for the API");
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");

        WebClient.Reply suggested = admin.post("api/admin/episodes/" + episode.getId() + "/suggestion", "{}");
        WebClient.Reply nothing = admin.post("api/admin/episodes/" + silent.getId() + "/suggestion", "{}");
        WebClient.Reply missing = admin.post("api/admin/episodes/987654321/suggestion", "{}");

        assertEquals(200, suggested.status(), suggested.body());
        JsonObject suggestion = suggested.object();
        assertEquals("EXTRACT", suggestion.getString("source"));
        assertTrue(suggestion.getString("summary").length() <= EpisodeSuggestion.SUMMARY_MAX, suggested.body());
        assertTrue(!suggestion.getJsonArray("topics").isEmpty(), suggested.body());
        assertTrue(suggestion.getJsonArray("chapters").getValuesAs(JsonObject.class).stream()
                .allMatch(chapter -> chapter.getJsonNumber("start").doubleValue() >= 0), suggested.body());
        assertEquals(episode.getVersion(), fixtures.reload(episode).getVersion(), "nothing saved");
        assertEquals(400, nothing.status(), nothing.body());
        assertTrue(nothing.object().getString("message").contains("no transcript"), nothing.body());
        assertEquals(404, missing.status(), missing.body());
    }

    private Episode episode(String title) {
        return fixtures.episode(fixtures.show(title), title, EpisodeStatus.DRAFT, null);
    }

    /** The episode as the fixtures made it, with another title, summary, topics and chapters. */
    private static EpisodeDraft draft(Episode episode, String title, String summary, List<String> topics,
            ChapterMark... chapters) {
        return new EpisodeDraft(title, episode.getSlug(), null, null, EpisodeType.FULL, EpisodeStatus.DRAFT, null,
                episode.getDescription(), summary, topics, episode.getAudio() == null ? null : episode.getAudio().getUrl(),
                List.of(chapters));
    }
}
