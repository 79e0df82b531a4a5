package dev.earmark.snips.web;

import dev.earmark.platform.control.Settings;
import dev.earmark.snips.control.SummaryPrompt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    /** The form of the message that carries each snip's excerpt. */
    public String getExcerptForm() {
        return SummaryPrompt.excerpt(SummaryPrompt.EXAMPLE);
    }
}
