package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemMatcherTest {

    record Stored(String guid, String link, String audio) {
    }

    private static final Stored A = new Stored("a", "https://show.example/", "https://cdn.example/a.mp3");
    private static final Stored B = new Stored("b", "https://show.example/", "https://cdn.example/b.mp3");
    private static final Stored C = new Stored("https://cdn.example/c.mp3", "https://show.example/c",
            "https://cdn.example/c.mp3");

    private static ItemMatcher<Stored> matcher(List<String> feedGuids, Set<String> elsewhere) {
        return new ItemMatcher<>(List.of(A, B, C), feedGuids, Stored::guid, Stored::link, Stored::audio,
                elsewhere::contains);
    }

    @Test
    void matchesByGuidThenLinkThenAudio() {
        ItemMatcher<Stored> matcher = matcher(List.of("a"), Set.of());

        assertEquals(Optional.of(A), matcher.match("a", null, "https://cdn.example/new.mp3").matched());
        assertEquals(Optional.of(C), matcher.match("renamed", "https://show.example/c", null).matched());
        assertEquals(Optional.of(B), matcher.match(null, null, "https://cdn.example/b.mp3").matched());
        assertEquals(List.of(), matcher.unmatched());
    }

    @Test
    void neverMatchesByALinkSeveralEpisodesShare() {
        ItemMatcher<Stored> matcher = matcher(List.of("new"), Set.of());

        ItemMatcher.Match<Stored> match = matcher.match("new", "https://show.example/", "https://cdn.example/n.mp3");

        assertTrue(match.matched().isEmpty());
        assertEquals("new", match.guid());
        assertEquals(List.of(A, B, C), matcher.unmatched());
    }

    @Test
    void keepsAnEpisodeForItsGuidWhenTheFeedStillHasIt() {
        ItemMatcher<Stored> matcher = matcher(List.of("x", "b"), Set.of());

        assertTrue(matcher.match("x", null, "https://cdn.example/b.mp3").matched().isEmpty());
        assertEquals(Optional.of(B), matcher.match("b", null, "https://cdn.example/b.mp3").matched());
    }

    @Test
    void skipsTheSecondOfTwoItemsWithOneGuid() {
        ItemMatcher<Stored> matcher = matcher(List.of("n", "n"), Set.of());

        assertTrue(matcher.match("n", null, "https://cdn.example/1.mp3").refusal().isEmpty());
        assertEquals("feeds.import.skip.duplicateGuid",
                matcher.match("n", null, "https://cdn.example/2.mp3").refusal().orElseThrow().key());
    }

    @Test
    void skipsAnItemWhoseGuidIsAnotherShowsEpisodes() {
        ItemMatcher<Stored> matcher = matcher(List.of("theirs"), Set.of("theirs"));

        assertEquals("feeds.import.skip.guidTaken",
                matcher.match("theirs", null, "https://cdn.example/t.mp3").refusal().orElseThrow().key());
    }

    @Test
    void derivesAStableGuidFromTheAudioAddress() {
        String longAddress = "https://cdn.example/" + "x".repeat(600) + ".mp3";

        assertEquals("https://cdn.example/c.mp3", ItemMatcher.derivedGuid("https://cdn.example/c.mp3"));
        assertEquals(ItemMatcher.derivedGuid(longAddress), ItemMatcher.derivedGuid(longAddress));
        assertTrue(ItemMatcher.derivedGuid(longAddress).startsWith("urn:sha256:"));
        assertEquals(Optional.of(C), matcher(List.of(), Set.of()).match(null, null, "https://cdn.example/c.mp3")
                .matched());
    }
}
