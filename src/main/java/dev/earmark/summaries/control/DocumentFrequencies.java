package dev.earmark.summaries.control;

import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** PLACEHOLDER until the engine branch is merged. */
public record DocumentFrequencies(int documents, Map<String, Integer> counts) {

    public static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());

    public static DocumentFrequencies of(int documents, Map<String, Integer> counts) {
        return new DocumentFrequencies(documents, Map.copyOf(counts));
    }

    public static Set<String> terms(List<Cue> cues, Locale language) {
        return Set.of();
    }
}
