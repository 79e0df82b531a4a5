package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.control.EntityIds;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EpisodesResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Links links;

    @Inject
    Settings settings;

    @GET
    @Path("{id}")
    public EpisodeJson episode(@PathParam("id") String id) {
        Episode episode = catalogue.getEpisode(EntityIds.parse(id));
        return EpisodeJson.detail(episode, links.base(), settings.insights());
    }
}
