package dev.earmark.highlights.web;

import dev.earmark.highlights.boundary.Highlights;
import dev.earmark.highlights.entity.Highlight;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Most saved moments" on an episode's page, read once per request: the moments listeners see, and for curators the
 * hidden ones too. The catalogue's view names this bean, so the catalogue itself knows nothing of highlights; what
 * the section shows changes only with a bump of the catalogue's revision, so the page keeps its validator.
 */
@Named
@RequestScoped
public class EpisodeHighlightsBacking {

    @Inject
    Highlights highlights;

    @Inject
    HighlightView view;

    private final Map<Long, List<Highlight>> read = new HashMap<>();

    /** The episode's moments, most saved first; the page has found the episode visible. */
    public List<Highlight> moments(long episodeId) {
        return read.computeIfAbsent(episodeId, id -> highlights.ofEpisode(id, view.isCurator()));
    }
}
