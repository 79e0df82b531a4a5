package dev.earmark.snips.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
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
 * The language model part of the admins' settings page (/admin/settings.xhtml, which checks the role): whether snips'
 * titles and takeaways are asked of a model, and the prompt it is asked with, read-only. Here rather than in the
 * settings page's own bean, because only snips know the prompt and curation does not call snips.
 */
@Named
@RequestScoped
public class SummaryModelBacking {

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
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return SummaryPrompt.excerpt(new ExcerptToSummarise(part(locale, "show"), part(locale, "episode"),
                List.of(new Cue(0, 0, part(locale, "speaker"), part(locale, "words")),
                        new Cue(0, 0, null, part(locale, "wordsOfNoKnownSpeaker")))));
    }

    private static String part(Locale locale, String name) {
        return "{" + Messages.format(locale, "admin.settings.summaryModel.part." + name) + "}";
    }
}
