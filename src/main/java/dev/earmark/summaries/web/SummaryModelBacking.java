package dev.earmark.summaries.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import dev.earmark.summaries.control.EpisodePrompt;
import dev.earmark.summaries.control.EpisodeToSummarise;
import dev.earmark.summaries.control.ExcerptToSummarise;
import dev.earmark.summaries.control.SummaryPrompt;
import dev.earmark.transcripts.control.Cue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language model part of the admins' settings page (/admin/settings.xhtml, which checks the role): whether a model
 * is asked, and the prompts it is asked with, read-only: a snip's and an episode's. Here rather than in the settings
 * page's own bean, because only summaries know the prompts and curation does not call summaries.
 */
@Named
@RequestScoped
public class SummaryModelBacking {

    /** Where the form's second line starts: any time, to show that each line says when it is said. */
    private static final long SECOND_LINE_MILLIS = 31_000;

    @Inject
    Settings settings;

    public boolean isInUse() {
        return settings.summariesByModel();
    }

    /** The model asked, when in use. */
    public String getModel() {
        return settings.findSummaryModel().orElse("");
    }

    public String getInstructions() {
        return SummaryPrompt.INSTRUCTIONS;
    }

    /** The form of the message that carries each snip's excerpt: the parts that are each snip's own named in braces. */
    public String getExcerptForm() {
        Locale locale = locale();
        return SummaryPrompt.excerpt(new ExcerptToSummarise(part(locale, "show"), part(locale, "episode"),
                List.of(new Cue(0, 0, part(locale, "speaker"), part(locale, "words")),
                        new Cue(0, 0, null, part(locale, "wordsOfNoKnownSpeaker")))));
    }

    /** The instructions for an episode with a timed transcript, the show's language named in braces. */
    public String getEpisodeInstructions() {
        return EpisodePrompt.instructions(part(locale(), "language"), true);
    }

    /** The form of the message that carries each episode's transcript: the parts that are each episode's in braces. */
    public String getEpisodeTranscriptForm() {
        Locale locale = locale();
        return EpisodePrompt.message(new EpisodeToSummarise(part(locale, "show"), part(locale, "episode"), locale,
                List.of(new Cue(0, SECOND_LINE_MILLIS, part(locale, "speaker"), part(locale, "words")),
                        new Cue(SECOND_LINE_MILLIS, SECOND_LINE_MILLIS, null, part(locale, "wordsOfNoKnownSpeaker")))));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String part(Locale locale, String name) {
        return "{" + Messages.format(locale, "admin.settings.summaryModel.part." + name) + "}";
    }
}
