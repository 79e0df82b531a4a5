package dev.earmark.catalogue.boundary;

import dev.earmark.catalogue.entity.Episode;
import dev.earmark.platform.boundary.AppUrls;
import dev.earmark.platform.control.EntityIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EpisodesResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    public EpisodeJson episode(@PathParam("id") String id) {
        Episode episode = catalogue.getEpisode(EntityIds.parse(id));
        return EpisodeJson.detail(episode, AppUrls.of(uriInfo));
    }
}
