package dev.earmark.summaries.control;

import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.transcripts.control.Cue;
import java.util.List;
import java.util.Locale;

/** PLACEHOLDER until the engine branch is merged. */
public final class BuiltInSuggestions {

    private BuiltInSuggestions() {
    }

    public static EpisodeSuggestion suggest(List<Cue> cues, Locale language, DocumentFrequencies catalogue) {
        return new EpisodeSuggestion(cues.isEmpty() ? "" : cues.get(0).text(), List.of("placeholder"), List.of(),
                TextSource.EXTRACT, null);
    }
}
