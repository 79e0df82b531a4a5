package dev.earmark.summaries.control;

import static dev.earmark.summaries.control.DemoExcerpts.ARCHIVE;
import static dev.earmark.summaries.control.DemoExcerpts.KEY_TRANSPARENCY;
import static dev.earmark.summaries.control.DemoExcerpts.THREADS;
import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.transcripts.control.Cue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The built-in suggestion of an episode's summary, topics and chapters, on the demo conversations and worse. */
class BuiltInSuggestionsTest {

    private static final DocumentFrequencies CATALOGUE = TopicSegmentationEvaluationTest.demoCatalogue();

    @Test
    void theSummaryTakesItsSentencesFromAllOverTheEpisodeInTheOrderTheyWereSaid() {
        JoinedTranscripts.Joined joined = JoinedTranscripts.joined("three", List.of(KEY_TRANSPARENCY, THREADS, ARCHIVE),
                List.of(DemoExcerpts.conversation(KEY_TRANSPARENCY), DemoExcerpts.conversation(THREADS),
                        DemoExcerpts.conversation(ARCHIVE)));

        EpisodeSuggestion suggestion = suggest(joined.cues());

        List<Long> saidAt = sentences(suggestion.summary()).stream().map(sentence -> saidAt(joined.cues(), sentence))
                .toList();
        Set<Long> thirds = saidAt.stream().map(start -> start * 3 / joined.endMillis()).collect(Collectors.toSet());
        assertEquals(Set.of(0L, 1L, 2L), thirds, suggestion::summary);
        assertEquals(saidAt.stream().sorted().toList(), saidAt, suggestion::summary);
        assertEquals(TextSource.EXTRACT, suggestion.source());
        assertEquals(null, suggestion.model());
    }

    @Test
    void everySuggestionKeepsToItsLimits() {
        List<JoinedTranscripts.Joined> transcripts = new ArrayList<>(JoinedTranscripts.evaluationSet());
        transcripts.add(JoinedTranscripts.oneHour());
        DemoExcerpts.episodes().forEach(episode -> transcripts.add(JoinedTranscripts.joined(episode, List.of(episode),
                List.of(DemoExcerpts.conversation(episode)))));

        for (JoinedTranscripts.Joined joined : transcripts) {
            EpisodeSuggestion suggestion = suggest(joined.cues());
            String about = joined.name() + ": " + suggestion;
            assertTrue(suggestion.summary().length() <= EpisodeSuggestion.SUMMARY_MAX, about);
            int sentences = sentences(suggestion.summary()).size();
            assertTrue(sentences >= SpreadExtract.FEWEST_SENTENCES && sentences <= SpreadExtract.MOST_SENTENCES, about);
            assertTrue(suggestion.topics().size() >= EpisodeSuggestion.TOPICS_MIN
                    && suggestion.topics().size() <= EpisodeSuggestion.TOPICS_MAX, about);
            assertTrue(suggestion.topics().stream().allMatch(topic -> !topic.isBlank()
                    && topic.length() <= EpisodeSuggestion.TOPIC_MAX && topic.equals(topic.strip())), about);
            assertNoTopicWithinAnother(suggestion.topics());
            assertChaptersKeepTheirRules(joined.cues(), suggestion.chapters());
        }
    }

    @Test
    void topicsAreSaidAsTheyAreSpokenAndNameNoSpeaker() {
        assertTrue(topics(KEY_TRANSPARENCY).contains("key transparency"), topics(KEY_TRANSPARENCY)::toString);
        assertTrue(topics("59-meta-python-3-12").contains("Python 3.12"), topics("59-meta-python-3-12")::toString);
        assertTrue(topics("53-offensive-security-at-metas-red-team-x").contains("red team"),
                topics("53-offensive-security-at-metas-red-team-x")::toString);
        for (String episode : DemoExcerpts.episodes()) {
            Set<String> speakers = DemoExcerpts.conversation(episode).stream().map(Cue::speaker)
                    .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> topics = topics(episode);
            assertTrue(topics.stream().flatMap(topic -> words(topic).stream()).noneMatch(speakers::contains),
                    episode + ": " + topics);
            assertTrue(topics.stream().flatMap(topic -> words(topic).stream())
                    .noneMatch(Set.of("thanks", "welcome", "pleasure", "hello", "yeah", "okay")::contains),
                    episode + ": " + topics);
        }
    }

    @Test
    void aWordOfThisEpisodeAloneTellsMoreThanOneEveryEpisodeSays() {
        List<Cue> cues = untimed("The podcast today is about the zeppelin.",
                "Every podcast has a sponsor, and this podcast is no different.",
                "A zeppelin floats because its gas is lighter than air.",
                "Our podcast listeners asked about airships like the zeppelin.",
                "The podcast will come back to gas next week, and the podcast team loves it.",
                "Helium made the airships safe.");
        Map<String, Integer> counts = Map.of("podcast", 10, "zeppelin", 1, "ga", 5, "airship", 2, "helium", 3);

        List<String> againstCatalogue = BuiltInSuggestions.suggest(cues, Locale.ENGLISH,
                DocumentFrequencies.of(10, counts)).topics();
        List<String> byCountAlone = BuiltInSuggestions.suggest(cues, Locale.ENGLISH, DocumentFrequencies.NONE)
                .topics();

        assertEquals("podcast", byCountAlone.get(0), byCountAlone::toString);
        assertEquals("zeppelin", againstCatalogue.get(0), againstCatalogue::toString);
        assertTrue(!againstCatalogue.contains("podcast")
                || againstCatalogue.indexOf("podcast") > againstCatalogue.indexOf("zeppelin"),
                againstCatalogue::toString);
    }

    @Test
    void anUntimedTranscriptHasASummaryAndTopicsButNoChapters() {
        List<Cue> untimed = new ArrayList<>(DemoExcerpts.untimed(KEY_TRANSPARENCY, 1, 20));
        untimed.addAll(DemoExcerpts.untimed(THREADS, 1, 22));

        EpisodeSuggestion suggestion = suggest(untimed);

        assertFalse(suggestion.summary().isEmpty());
        assertTrue(suggestion.topics().size() >= EpisodeSuggestion.TOPICS_MIN, suggestion::toString);
        assertEquals(List.of(), suggestion.chapters());
    }

    @Test
    void aConversationOfLessThanFourMinutesHasNoChapters() {
        List<Cue> conversation = DemoExcerpts.conversation(ARCHIVE);
        assertTrue(conversation.get(conversation.size() - 1).endMillis() < BuiltInSuggestions.SHORTEST_WITH_CHAPTERS);

        assertEquals(List.of(), suggest(conversation).chapters());
    }

    @Test
    void eachChapterIsTitledWithWhatItIsAbout() {
        JoinedTranscripts.Joined joined = JoinedTranscripts.joined("two", List.of(KEY_TRANSPARENCY, THREADS),
                List.of(DemoExcerpts.conversation(KEY_TRANSPARENCY), DemoExcerpts.conversation(THREADS)));

        List<SuggestedChapter> chapters = suggest(joined.cues()).chapters();

        assertEquals(2, chapters.size(), chapters::toString);
        assertTrue(Math.abs(joined.boundaries().get(0) - chapters.get(1).startMillis())
                <= TopicSegmentationEvaluationTest.TOLERANCE_MILLIS, chapters::toString);
        assertEquals("Key transparency", chapters.get(0).title());
        String threads = DemoExcerpts.conversation(THREADS).stream().map(Cue::text).collect(Collectors.joining(" "));
        String keyTransparency = DemoExcerpts.conversation(KEY_TRANSPARENCY).stream().map(Cue::text)
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        String second = chapters.get(1).title().toLowerCase(Locale.ROOT);
        assertTrue(threads.toLowerCase(Locale.ROOT).contains(second) && !keyTransparency.contains(second),
                chapters::toString);
    }

    @Test
    void nothingButSmallTalkOrNothingAtAllGivesNothing() {
        List<Cue> smallTalk = List.of(new Cue(0, 2_000, "Pascal", "Welcome to the show."),
                new Cue(2_000, 4_000, "Nora", "Thanks for having me, Pascal."),
                new Cue(4_000, 5_000, "Pascal", "Thanks, Nora."), new Cue(5_000, 6_000, "Nora", "Hello!"));

        for (List<Cue> cues : List.of(smallTalk, List.<Cue>of(), List.of(new Cue(0, 0, null, "")))) {
            EpisodeSuggestion suggestion = suggest(cues);
            assertEquals("", suggestion.summary(), suggestion::toString);
            assertEquals(List.of(), suggestion.topics(), suggestion::toString);
            assertEquals(List.of(), suggestion.chapters(), suggestion::toString);
        }
    }

    @Test
    void markupInTheTranscriptStaysPlainText() {
        List<Cue> cues = untimed("<script>alert('owned')</script> The caching layer keeps every rendered page.",
                "The caching layer <b>invalidates</b> pages when an editor publishes &amp; saves them.",
                "A caching layer in front of rendering saves most of the work for popular pages.");

        EpisodeSuggestion suggestion = suggest(cues);

        assertTrue(suggestion.summary().contains("<script>alert('owned')</script>")
                || suggestion.summary().contains("<b>invalidates</b>"), suggestion::summary);
        assertTrue(suggestion.topics().contains("caching layer"), suggestion.topics()::toString);
        assertTrue(suggestion.topics().stream().noneMatch(topic -> topic.contains("<") || topic.contains("&")),
                suggestion.topics()::toString);
    }

    @Test
    void oneHugeCueIsReadInBoundedTime() {
        String words = IntStream.range(0, 30_000).mapToObj(i -> "word" + (i % 700)).collect(Collectors.joining(" "));
        List<Cue> huge = List.of(new Cue(0, 3_600_000, "Pascal", words));

        // 30,000 words (three hours of speech) through TextRank and the segmentation: 250-280 ms of CPU on the slower of
        // our machines (2026-12-02), where the common bound of 200 ms failed; quadratic work would take minutes.
        EpisodeSuggestion suggestion = withinBound(Duration.ofSeconds(1), () -> suggest(huge));

        assertTrue(suggestion.summary().length() <= EpisodeSuggestion.SUMMARY_MAX, suggestion::summary);
        assertTrue(suggestion.topics().stream().allMatch(topic -> topic.length() <= EpisodeSuggestion.TOPIC_MAX));
        assertEquals(List.of(), suggestion.chapters(), "one cue has one start");
    }

    @Test
    void theSameTranscriptGivesTheSameSuggestion() {
        JoinedTranscripts.Joined joined = JoinedTranscripts.evaluationSet().get(3);

        assertEquals(suggest(joined.cues()), suggest(new ArrayList<>(joined.cues())));
    }

    @Test
    void aTranscriptAddsTheStemsOfItsWordsButNotItsSpeakersNames() {
        Set<String> terms = DocumentFrequencies.terms(DemoExcerpts.conversation(KEY_TRANSPARENCY), Locale.ENGLISH);

        assertTrue(terms.containsAll(Set.of("transpar", "kei", "directori", "whatsapp")), terms::toString);
        assertFalse(terms.contains("pascal") || terms.contains("clara") || terms.contains("the"), terms::toString);
        assertThrows(IllegalArgumentException.class, () -> DocumentFrequencies.of(2, Map.of("kei", 3)));
        assertEquals(0, DocumentFrequencies.NONE.count("kei"));
        assertEquals(10, CATALOGUE.documents());
        assertEquals(1, CATALOGUE.count("transpar"));
    }

    private static EpisodeSuggestion suggest(List<Cue> cues) {
        return BuiltInSuggestions.suggest(cues, Locale.ENGLISH, CATALOGUE);
    }

    private static List<String> topics(String episode) {
        return suggest(DemoExcerpts.conversation(episode)).topics();
    }

    private static List<Cue> untimed(String... texts) {
        return Arrays.stream(texts).map(text -> new Cue(0, 0, null, text)).toList();
    }

    private static List<String> sentences(String summary) {
        return SentenceSplitter.split(List.of(new Cue(0, 0, null, summary)), Locale.ENGLISH).stream()
                .map(Sentence::text).toList();
    }

    /** When the cue that holds the sentence starts. */
    private static long saidAt(List<Cue> cues, String sentence) {
        return cues.stream().filter(cue -> cue.text().contains(sentence)).findFirst().orElseThrow().startMillis();
    }

    private static Set<String> words(String text) {
        return Set.of(text.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }

    private static void assertNoTopicWithinAnother(List<String> topics) {
        ContentWords words = ContentWords.of(Locale.ENGLISH);
        for (int i = 0; i < topics.size(); i++) {
            for (int j = 0; j < topics.size(); j++) {
                if (i != j) {
                    Set<String> one = words.stems(topics.get(i));
                    Set<String> other = words.stems(topics.get(j));
                    assertFalse(one.containsAll(other), topics::toString);
                }
            }
        }
    }

    private static void assertChaptersKeepTheirRules(List<Cue> cues, List<SuggestedChapter> chapters) {
        if (chapters.isEmpty()) {
            return;
        }
        Set<Long> cueStarts = cues.stream().map(Cue::startMillis).collect(Collectors.toSet());
        long endMillis = cues.get(cues.size() - 1).endMillis();
        assertEquals(0, chapters.get(0).startMillis(), chapters::toString);
        assertTrue(chapters.size() >= 2, chapters::toString);
        assertTrue(chapters.size() <= endMillis / EpisodeSuggestion.MIN_CHAPTER_MILLIS, chapters::toString);
        for (int c = 1; c < chapters.size(); c++) {
            assertTrue(cueStarts.contains(chapters.get(c).startMillis()), chapters::toString);
            assertTrue(chapters.get(c).startMillis() - chapters.get(c - 1).startMillis()
                    >= EpisodeSuggestion.MIN_CHAPTER_MILLIS, chapters::toString);
        }
        Set<String> titles = new HashSet<>();
        for (SuggestedChapter chapter : chapters) {
            String title = chapter.title();
            assertTrue(!title.isBlank() && title.length() <= EpisodeSuggestion.CHAPTER_TITLE_MAX, chapters::toString);
            assertFalse(Character.isLowerCase(title.charAt(0)), chapters::toString);
            assertTrue(titles.add(title.toLowerCase(Locale.ROOT)), chapters::toString);
            assertTrue(Objects.equals(title, title.strip()), chapters::toString);
        }
    }
}
