package dev.earmark.snips.web;

import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in listener's own snips on an episode's page. The page names only where they are: its script fetches
 * them from the API, so the page itself is the same whatever the listener snipped and keeps the catalogue's
 * validator (a 304 never hides a new or edited snip, and no shared cache holds anyone's snips). The catalogue's
 * view names this bean, so the catalogue itself knows nothing of snips.
 */
@Named
@RequestScoped
public class EpisodeSnipsBacking {

    /** Where the API lists the listener's snips. */
    static final String API = "/api/snips";

    @Inject
    Links links;

    /** The API's list of the listener's snips of the episode, all on one page. */
    public String source(long episodeId) {
        return links.path(API) + "?episode=" + episodeId + "&size=" + PageRequest.MAX_SIZE;
    }
}
