package dev.earmark.highlights.boundary;

import dev.earmark.platform.control.EntityIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An episode's most saved moments, for the widget's seek bar: below the catalogue's episode, so that the catalogue's
 * revision validates it as it does the episode (catalogue.web.ListenerCaching picks {@code /api/episodes/…}), and a
 * moment hidden, retired or made anew bumps that revision.
 */
@Path("episodes/{id}/highlights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HighlightsResource {

    @Inject
    Highlights highlights;

    @GET
    public HighlightJson.Listing highlights(@PathParam("id") String id) {
        long episodeId = EntityIds.parse(id);
        return new HighlightJson.Listing(episodeId,
                highlights.ofListenersEpisode(episodeId).stream().map(HighlightJson::of).toList());
    }
}
