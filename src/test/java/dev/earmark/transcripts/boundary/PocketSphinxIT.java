package dev.earmark.transcripts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.testing.server.Eventually;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.TranscriptionFixtures;
import dev.earmark.transcripts.control.Cue;
import dev.earmark.transcripts.control.PocketSphinx;
import dev.earmark.transcripts.control.Transcripts;
import dev.earmark.transcripts.entity.Engine;
import dev.earmark.transcripts.entity.TranscriptionJob;
import dev.earmark.transcripts.entity.TranscriptionStatus;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in engine on real speech: 22 seconds of the demo's guest voice ({@link TranscriptionFixtures}). Most of
 * what the demo's transcript says there must come back: the content words, without the little words that recognisers
 * trade for each other.
 */
class PocketSphinxIT extends ServerTest {

    private static final Logger LOG = Logger.getLogger(PocketSphinxIT.class.getName());
    private static final double LEAST_RECALL = 0.6;
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "it's",
            "that", "this", "these", "those", "there", "then", "than", "so", "not", "no", "do", "does", "did", "can",
            "could", "would", "should", "will", "has", "have", "had", "i", "you", "we", "they", "he", "she", "your", "our",
            "their", "my", "me", "us", "them", "what", "which", "who", "one", "only");

    @Inject
    TranscriptionJobs jobs;

    @Inject
    EpisodeTranscripts transcripts;

    @Inject
    TranscriptionFixtures transcriptionFixtures;

    @Inject
    RunningTranscriptions running;

    @Test
    void theBuiltInEngineHearsMostContentWordsOfTheGuestsVoice() throws IOException {
        assertEquals(List.of(), PocketSphinx.missingPackages(), "install the built-in engine: apt-get install "
                + String.join(" ", PocketSphinx.missingPackages()));
        Episode episode = transcriptionFixtures.episodeWithSpeech(fixtures.show("Guest voice"), "Guest voice");

        TranscriptionJob job = jobs.request(episode.getId());
        assertEquals(Engine.POCKETSPHINX, job.getEngine());
        TranscriptionJob ended = Eventually.await("PocketSphinx's job", running.changes(), () -> jobs.findLatest(episode.getId())
                .filter(latest -> !latest.getStatus().isActive()).orElse(null));

        assertEquals(TranscriptionStatus.DONE, ended.getStatus(), () -> ended.findFailureKey() + " " + ended.getFailureDetail());
        List<Cue> heard = transcripts.findByEpisode(episode.getId()).orElseThrow().toTranscript().cues();
        List<String> said = contentWords(demoCuesOfClip());
        double recall = recall(said, contentWords(heard));
        String measured = String.format(Locale.ROOT,
                "PocketSphinx recall of the guest's content words: %.1f %% of %d (%d cues heard)", recall * 100, said.size(),
                heard.size());
        LOG.info(measured);
        assertTrue(recall >= LEAST_RECALL, measured);
    }

    private static List<Cue> demoCuesOfClip() throws IOException {
        try (InputStream in = PocketSphinxIT.class.getResourceAsStream(TranscriptionFixtures.DEMO_AUDIO + ".vtt")) {
            return Transcripts.read(in.readAllBytes(), "demo.vtt").cues().stream()
                    .filter(cue -> cue.startMillis() >= TranscriptionFixtures.SPEECH_START_MILLIS
                            && cue.endMillis() <= TranscriptionFixtures.SPEECH_END_MILLIS)
                    .toList();
        }
    }

    private static List<String> contentWords(List<Cue> cues) {
        return cues.stream().flatMap(cue -> Arrays.stream(cue.text().toLowerCase(Locale.ROOT).split("[^a-z']+")))
                .map(word -> word.replaceAll("^'+|'+$", ""))
                .filter(word -> !word.isEmpty() && !FUNCTION_WORDS.contains(word))
                .toList();
    }

    /** The share of the words said that were heard, each as often as it was both said and heard. */
    private static double recall(List<String> said, List<String> heard) {
        Map<String, Long> heardCounts = new HashMap<>(heard.stream().collect(Collectors.groupingBy(word -> word, Collectors.counting())));
        long found = 0;
        for (String word : said) {
            if (heardCounts.merge(word, -1L, Long::sum) >= 0) {
                found++;
            }
        }
        return said.isEmpty() ? 0 : found / (double) said.size();
    }
}
