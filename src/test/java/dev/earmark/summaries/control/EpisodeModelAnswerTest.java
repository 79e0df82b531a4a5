package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.transcripts.control.Cue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which answers become an episode's suggestion, what is put right in them, and what is refused whole. */
class EpisodeModelAnswerTest {

    /** Ten minutes of cues of ten seconds each, starting half a second after each tenth second. */
    static final EpisodeToSummarise TEN_MINUTES = episode(tenMinutes());
    private static final EpisodeToSummarise UNTIMED = episode(List.of(new Cue(0, 0, null, "First paragraph."),
            new Cue(0, 0, null, "Second paragraph.")));
    private static final List<String> TOPICS = List.of("Key transparency", "Auditable directories", "Signal");

    @Test
    void aGoodAnswerIsTrimmedAndItsChaptersPlacedAtTheirCues() throws SummaryFailure {
        EpisodeSuggestion suggestion = read(answer(content(" Nora explains key transparency. Anyone can check. ",
                List.of(" Key transparency ", "Auditable directories", "Signal"),
                chapter("0:00", " Welcome "), chapter("2:30", "Publishing keys"), chapter("6:10", "Audits"))));

        assertEquals("Nora explains key transparency. Anyone can check.", suggestion.summary());
        assertEquals(TOPICS, suggestion.topics());
        assertEquals(List.of(new SuggestedChapter(0, "Welcome"), new SuggestedChapter(150_500, "Publishing keys"),
                new SuggestedChapter(370_500, "Audits")), suggestion.chapters());
        assertEquals(TextSource.MODEL, suggestion.source());
        assertEquals("test-model", suggestion.model());
    }

    @Test
    void oneCodeFenceAroundTheObjectIsAllowedAndOtherKeysAreIgnored() throws SummaryFailure {
        EpisodeSuggestion suggestion = read(answer("```json\n{\"summary\": \"S.\", \"topics\": [\"A\", \"B\", \"C\"], "
                + "\"chapters\": [{\"start\": \"0:00\", \"title\": \"T\", \"mood\": \"calm\"}], \"tone\": \"dry\"}\n```"));

        assertEquals("S.", suggestion.summary());
        assertEquals(List.of(new SuggestedChapter(0, "T")), suggestion.chapters());
    }

    @Test
    void textsAtTheLimitsPass() throws SummaryFailure {
        String summary = "s".repeat(400);
        String topic = "t".repeat(60);

        EpisodeSuggestion suggestion = read(answer(content(summary, List.of(topic, "b", "c"), chapter("0:00", "c".repeat(80)))));

        assertEquals(summary, suggestion.summary());
        assertEquals(topic, suggestion.topics().get(0));
        assertEquals(80, suggestion.chapters().get(0).title().length());
    }

    @Test
    void anAnswerOfTheWrongShapeIsRefused() {
        assertRefused("<html>Bad gateway</html>", "The service's answer is not JSON");
        assertRefused("{\"choices\": []}", "The service's answer has no message");
        assertRefused(answer("Here you go: {\"summary\": \"S.\"}"), "The model's answer is not a JSON object");
        assertRefused(answer("{\"topics\": [\"A\"], \"chapters\": []}"), "The answer's summary is no text");
        assertRefused(answer("{\"summary\": [\"S.\"], \"topics\": [\"A\"], \"chapters\": []}"), "The answer's summary is no text");
        assertRefused(answer("{\"summary\": \"S.\", \"chapters\": []}"), "The answer has no list of topics");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": \"A, B\", \"chapters\": []}"), "The answer has no list of topics");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": [\"A\"]}"), "The answer has no list of chapters");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": [\"A\", 2], \"chapters\": []}"), "The answer's topic is no text");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": [\"A\"], \"chapters\": [\"0:00 Intro\"]}"),
                "The answer's chapter is no object: \"0:00 Intro\"");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": [\"A\"], \"chapters\": [{\"start\": \"0:00\"}]}"),
                "The answer's chapter title is no text");
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "A"), chapter("about 3:00", "B"))),
                "The answer's chapter start is no time: \"about 3:00\"");
        assertRefused(answer("{\"summary\": \"S.\", \"topics\": [\"A\"], \"chapters\": [{\"start\": 180, \"title\": \"B\"}]}"),
                "The answer's chapter start is no time: 180");
    }

    @Test
    void markupAndLineBreaksAreRefusedNotStripped() {
        assertRefused(answer(content("<b>Keys</b> are public.", TOPICS)), "The answer's summary has markup");
        assertRefused(answer(content("Keys &amp; directories.", TOPICS)), "The answer's summary has markup");
        assertRefused(answer(content("S.", List.of("**Keys**", "B", "C"))), "The answer's topic has markup");
        assertRefused(answer(content("S.", List.of("- Keys", "B", "C"))), "The answer's topic has markup");
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "[Intro](https://example.com)"))),
                "The answer's chapter title has markup");
        assertRefused(answer(content("One.\nTwo.", TOPICS)), "The answer's summary has a line break");
    }

    @Test
    void emptyOrTooLongTextsAreRefused() {
        assertRefused(answer(content(" ", TOPICS)), "The answer's summary is empty");
        assertRefused(answer(content("s".repeat(401), TOPICS)), "The answer's summary has 401 characters, more than 400");
        assertRefused(answer(content("S.", List.of("t".repeat(61), "B", "C"))), "The answer's topic has 61 characters, more than 60");
        assertRefused(answer(content("S.", List.of("A", "", "C"))), "The answer's topic is empty");
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "c".repeat(81)))),
                "The answer's chapter title has 81 characters, more than 80");
    }

    @Test
    void topicsNamedTwiceAreKeptOnceAndBeyondEightTheLastAreLeftOut() throws SummaryFailure {
        assertEquals(List.of("Key transparency", "Signal", "WhatsApp"),
                read(answer(content("S.", List.of("Key transparency", "Signal", "key Transparency", "WhatsApp", "SIGNAL"))))
                        .topics());
        List<String> ten = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10");
        assertEquals(ten.subList(0, 8), read(answer(content("S.", ten))).topics());
    }

    @Test
    void fewerThanThreeTopicsAreKeptButNoneIsRefused() throws SummaryFailure {
        assertEquals(List.of("Keys", "Audits"), read(answer(content("S.", List.of("Keys", "Audits", "keys")))).topics());
        assertRefused(answer(content("S.", List.of())), "The answer has no topics");
    }

    @Test
    void aChapterAtOrAfterTheTranscriptsEndIsRefused() {
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "A"), chapter("10:00", "B"))),
                "The answer's chapter start 10:00 is not before the transcript's end at 10:00");
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "A"), chapter("1:02:00", "B"))),
                "The answer's chapter start 1:02:00 is not before the transcript's end at 10:00");
        assertRefused(answer(content("S.", TOPICS, chapter("0:00", "A"), chapter("12:61", "B"))),
                "The answer's chapter start is no time: \"12:61\"");
    }

    @Test
    void chaptersAreSortedAndTheFirstStartsAtZero() throws SummaryFailure {
        List<SuggestedChapter> chapters = read(answer(content("S.", TOPICS,
                chapter("7:00", "Last"), chapter("0:40", "First"), chapter("[4:00]", "Middle")))).chapters();

        assertEquals(List.of(new SuggestedChapter(0, "First"), new SuggestedChapter(240_500, "Middle"),
                new SuggestedChapter(420_500, "Last")), chapters);
    }

    @Test
    void aChapterStartIsMovedToTheCueSaidAtThatSecond() throws SummaryFailure {
        List<SuggestedChapter> chapters = read(answer(content("S.", TOPICS,
                chapter("0:00", "Intro"), chapter("3:00", "On the second a cue starts in"),
                chapter("5:17", "Within a cue"), chapter("9:59", "In the last cue")))).chapters();

        assertEquals(List.of(0L, 180_500L, 310_500L, 590_500L), chapters.stream().map(SuggestedChapter::startMillis).toList());
    }

    @Test
    void aChapterLessThanTwoMinutesAfterTheOneBeforeIsLeftOut() throws SummaryFailure {
        List<SuggestedChapter> chapters = read(answer(content("S.", TOPICS, chapter("0:00", "Intro"),
                chapter("1:30", "Too soon"), chapter("2:00", "Two minutes on"), chapter("3:59", "Not quite two more"),
                chapter("4:05", "Two minutes on again"), chapter("4:05", "The same time")))).chapters();

        assertEquals(List.of("Intro", "Two minutes on", "Two minutes on again"),
                chapters.stream().map(SuggestedChapter::title).toList());
        assertEquals(List.of(0L, 120_500L, 240_500L), chapters.stream().map(SuggestedChapter::startMillis).toList());
    }

    @Test
    void aTimedTranscriptMayGetNoChapters() throws SummaryFailure {
        assertEquals(List.of(), read(answer(content("S.", TOPICS))).chapters());
    }

    @Test
    void anUntimedTranscriptGetsNoChaptersWhateverTheModelSays() throws SummaryFailure {
        assertEquals(List.of(), EpisodeModelAnswer.read(answer(content("S.", TOPICS, chapter("0:00", "Intro"),
                chapter("5:00", "Later"))), UNTIMED, "test-model").chapters());
        assertEquals(List.of(), EpisodeModelAnswer.read(answer("{\"summary\": \"S.\", \"topics\": [\"A\"], \"chapters\": "
                + "[{\"start\": \"when\", \"title\": \"<b>\"}]}"), UNTIMED, "test-model").chapters());
        assertEquals(TOPICS, EpisodeModelAnswer.read(answer("{\"summary\": \"S.\", \"topics\": [\"Key transparency\", "
                + "\"Auditable directories\", \"Signal\"]}"), UNTIMED, "test-model").topics());
    }

    private static EpisodeSuggestion read(String body) throws SummaryFailure {
        return EpisodeModelAnswer.read(body, TEN_MINUTES, "test-model");
    }

    private static void assertRefused(String body, String reasonStart) {
        SummaryFailure refused = assertThrows(SummaryFailure.class, () -> read(body), body);
        assertTrue(refused.getMessage().startsWith(reasonStart), refused.getMessage());
    }

    /** A chat completion whose message says {@code content}, as OpenAI answers. */
    static String answer(String content) {
        return ModelAnswerTest.answer(content);
    }

    static String content(String summary, List<String> topics, String... chapters) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String chapter : chapters) {
            list.add(Json.createReader(new StringReader(chapter)).readObject());
        }
        return Json.createObjectBuilder().add("summary", summary).add("topics", Json.createArrayBuilder(topics))
                .add("chapters", list).build().toString();
    }

    static String chapter(String start, String title) {
        return Json.createObjectBuilder().add("start", start).add("title", title).build().toString();
    }

    private static EpisodeToSummarise episode(List<Cue> cues) {
        return new EpisodeToSummarise("The Stack", "54: Key transparency", Locale.ENGLISH, cues);
    }

    private static List<Cue> tenMinutes() {
        List<Cue> cues = new ArrayList<>();
        for (long start = 500; start < 600_000; start += 10_000) {
            cues.add(new Cue(start, Math.min(start + 10_000, 600_000), "Nora", "Words from " + start + "."));
        }
        return cues;
    }
}
