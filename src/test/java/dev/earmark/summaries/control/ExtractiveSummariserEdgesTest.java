package dev.earmark.summaries.control;

import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractiveSummariserEdgesTest {

    @Test
    void oneSentenceIsTheTakeawayAndTheTitle() {
        Summary summary = summarise(new Cue(27_576, 30_357, "Nora", "It was mostly a web page in a native wrapper."))
                .orElseThrow();

        assertEquals("It was mostly a web page in a native wrapper", summary.title());
        assertEquals(List.of(new Takeaway("It was mostly a web page in a native wrapper.", 0, 27_576)),
                summary.takeaways());
    }

    @Test
    void smallTalkAloneHasNoSummary() {
        assertEquals(Optional.empty(), summarise(new Cue(0, 1_000, "Nora", "Thanks, Pascal."),
                new Cue(1_000, 2_000, "Pascal", "Nora, welcome. Welcome to the Meta Tech Podcast."),
                new Cue(2_000, 3_000, "Nora", "Very closely. Thanks for having me, Pascal. My pleasure.")));
        assertEquals(Optional.empty(), summarise());
    }

    @Test
    void textThatLooksLikeMarkupStaysTextAsItWasSaid() {
        String markup = "Never paste <script>alert('x')</script> into a page & expect the browser to escape it.";
        Summary summary = summarise(new Cue(0, 0, null, markup), new Cue(0, 0, null, "Escaping is the page's job."))
                .orElseThrow();

        assertEquals(List.of(markup), summary.texts());
        assertTrue(summary.title().startsWith("Never paste <script>alert('x')</script>"), summary::title);
    }

    @Test
    void anotherLanguageIsReadWithoutStemmingAndStillSummarised() {
        List<Cue> german = List.of(new Cue(0, 3_000, "Clara", "Willkommen, Pascal."),
                new Cue(3_000, 9_000, "Clara", "Der Server führt ein öffentliches Verzeichnis aller Schlüssel."),
                new Cue(9_000, 14_000, "Clara", "Jedes Telefon prüft den Schlüssel im öffentlichen Verzeichnis."),
                new Cue(14_000, 18_000, "Clara", "Das dauert z. B. nur wenige Millisekunden pro Schlüssel."));

        Summary summary = ExtractiveSummariser.summarise(german, Locale.GERMAN).orElseThrow();

        assertFalse(summary.takeaways().isEmpty());
        assertTrue(german.stream().map(Cue::text).toList().containsAll(summary.texts()), summary::toString);
        assertFalse(summary.texts().contains("Willkommen, Pascal."));
        assertEquals(summary, ExtractiveSummariser.summarise(german, Locale.GERMAN).orElseThrow());
    }

    @Test
    void equalScoresAreDecidedByWhatWasSaidFirst() {
        Summary summary = summarise(new Cue(0, 1_000, null, "Apples grow on tall green trees."),
                new Cue(1_000, 2_000, null, "Submarines dive under cold dark oceans."),
                new Cue(2_000, 3_000, null, "Violins need careful patient daily practice."),
                new Cue(3_000, 4_000, null, "Glaciers carve wide deep mountain valleys.")).orElseThrow();

        assertEquals(List.of(0, 1, 2), summary.takeaways().stream().map(Takeaway::sentence).toList());
        assertEquals("Apples grow on tall green trees", summary.title());
    }

    @Test
    void aNearDuplicateIsTakenOnce() {
        Summary summary = summarise(new Cue(0, 1_000, "Clara", "We batch key updates into epochs every few minutes."),
                new Cue(1_000, 2_000, "Clara", "So every few minutes we batch the key updates into epochs, I mean."),
                new Cue(2_000, 3_000, "Clara", "Proofs stay small enough for phones on slow networks.")).orElseThrow();

        assertEquals(2, summary.takeaways().size(), summary::toString);
        assertEquals(1, summary.texts().stream().filter(text -> text.contains("epochs")).count(), summary::toString);
    }

    @Test
    void anUnpunctuatedTranscriptStillGivesTakeawaysNoLongerThanTheLimit() {
        String run = "so we rewrote the feed natively and the app got faster and then we built the camera and the "
                + "stories tray and the tapping between stories and all of it had to feel instant on cheap phones ";
        Summary summary = summarise(new Cue(0, 60_000, "Nora", run.repeat(4))).orElseThrow();

        assertFalse(summary.takeaways().isEmpty());
        assertTrue(summary.texts().stream().allMatch(text -> text.length() <= ExtractiveSummariser.MAX_TAKEAWAY_LENGTH
                && text.endsWith("\u2026") || text.endsWith("phones")), summary::toString);
        assertTrue(summary.title().length() <= ExtractiveSummariser.MAX_TITLE_LENGTH, summary::title);
    }

    @Test
    void threeMinutesOfTalkAreSummarisedWellWithinTheBoundAndAlwaysAlike() {
        List<Cue> threeMinutes = DemoExcerpts.timed(DemoExcerpts.ARCHIVE, 0, 180_000);
        long words = threeMinutes.stream().mapToLong(cue -> cue.text().split(" ").length).sum();

        Summary summary = withinBound(() -> ExtractiveSummariser.summarise(threeMinutes, Locale.ENGLISH).orElseThrow());

        assertTrue(words > 400, words + " words");
        assertEquals(ExtractiveSummariser.MAX_TAKEAWAYS, summary.takeaways().size());
        assertFalse(summary.texts().stream().anyMatch(text -> text.contains("Nora") || text.contains("Pascal")),
                summary::toString);
        assertEquals(summary, ExtractiveSummariser.summarise(threeMinutes, Locale.ENGLISH).orElseThrow());
    }

    private static Optional<Summary> summarise(Cue... cues) {
        return ExtractiveSummariser.summarise(List.of(cues), Locale.ENGLISH);
    }
}
