package dev.earmark.transcripts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** PocketSphinx's word timings, read line by line, and the cues they make. */
class SpokenCuesTest {

    /** What pocketsphinx_continuous -time yes printed for the demo's guest voice (episode 54), abridged. */
    private static final String OUTPUT = """
            the server keeps the public directory
            <s> 0.150 0.220 1.000100
            the 0.230 0.320 0.999600
            server 0.330 0.760 0.999800
            keeps 0.770 1.100 0.128062
            <sil> 1.110 1.180 0.998000
            [NOISE] 1.180 1.190 0.500000
            the(2) 1.190 1.280 0.990000
            public 1.290 1.580 0.990000
            directory 1.590 2.300 0.990000
            </s> 2.310 2.700 1.000000
            INFO: continuous.c(307): stopped listening
            i 2.700 2.800 0.990000
            ++BREATH++ 2.800 2.900 0.100000
            think 2.900 3.100 0.990000
            """;

    @Test
    void wordsAreReadWithTheirTimesAndEverythingElseIsLeftOut() {
        List<RecognisedWord> words = words(OUTPUT);

        assertEquals(List.of(new RecognisedWord("the", 230, 320), new RecognisedWord("server", 330, 760),
                new RecognisedWord("keeps", 770, 1100), new RecognisedWord("the", 1190, 1280),
                new RecognisedWord("public", 1290, 1580), new RecognisedWord("directory", 1590, 2300),
                new RecognisedWord("i", 2700, 2800), new RecognisedWord("think", 2900, 3100)), words);
    }

    @Test
    void aCueEndsAtAPauseOfAThirdOfASecond() {
        List<Cue> cues = SpokenCues.of(words(OUTPUT));

        assertEquals(List.of(new Cue(230, 2300, null, "The server keeps the public directory"),
                new Cue(2700, 3100, null, "I think")), cues, "0.09 s between 'keeps' and 'the' is no pause, 0.4 s is");
    }

    @Test
    void aPauseJustShortOfTheLimitKeepsTheCueAndOneAtItEndsIt() {
        List<Cue> cues = SpokenCues.of(List.of(new RecognisedWord("one", 0, 100), new RecognisedWord("two", 399, 500),
                new RecognisedWord("three", 800, 900)));

        assertEquals(List.of(new Cue(0, 500, null, "One two"), new Cue(800, 900, null, "Three")), cues);
    }

    @Test
    void aCueHoldsFifteenWordsAtMost() {
        List<RecognisedWord> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(new RecognisedWord("word" + i, i * 100L, i * 100L + 90));
        }

        List<Cue> cues = SpokenCues.of(words);

        assertEquals(List.of(15, 15, 10), cues.stream().map(cue -> cue.text().split(" ").length).toList());
        assertEquals(new Cue(1500, 2990, null, "Word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 "
                + "word25 word26 word27 word28 word29"), cues.get(1));
    }

    @Test
    void noWordsMakeNoCues() {
        assertEquals(List.of(), SpokenCues.of(words("<s> 0.1 0.2 1.0\n</s> 0.2 0.3 1.0\n")));
    }

    @Test
    void linesThatOnlyLookLikeTimingsAreNoWords() {
        assertEquals(Optional.empty(), RecognisedWord.parse("the server keeps"));
        assertEquals(Optional.empty(), RecognisedWord.parse("word 1.0 x 0.5"));
        assertEquals(Optional.empty(), RecognisedWord.parse(""));
        assertEquals(Optional.of(new RecognisedWord("late", 1500, 1500)), RecognisedWord.parse("late 1.5 1.2 0.9"),
                "an end before the start is taken as the start");
    }

    private static List<RecognisedWord> words(String output) {
        return Stream.of(output.split("\n")).map(RecognisedWord::parse).flatMap(Optional::stream).toList();
    }
}
