package dev.earmark.insights.boundary;

import dev.earmark.platform.control.NoSuchEntityException;

/** An episode parameter that names no episode (of any status: curators see figures of drafts and archived ones too). */
public class InsightsEpisodeNotFoundException extends NoSuchEntityException {

    public InsightsEpisodeNotFoundException(String id) {
        super("insights.dashboard.error.noEpisode", id);
    }
}
