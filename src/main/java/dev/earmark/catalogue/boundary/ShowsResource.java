package dev.earmark.catalogue.boundary;

import dev.earmark.platform.boundary.AppUrls;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("shows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShowsResource {

    @Inject
    Catalogue catalogue;

    @Context
    UriInfo uriInfo;

    @GET
    public List<ShowJson> shows() {
        AppUrls urls = AppUrls.of(uriInfo);
        return catalogue.shows().stream().map(overview -> ShowJson.of(overview, urls)).toList();
    }

    @GET
    @Path("{slug}")
    public ShowJson show(@PathParam("slug") String slug) {
        return ShowJson.of(catalogue.getShowOverview(slug), AppUrls.of(uriInfo));
    }

    /** Page and size arrive as text so that "abc" is a 400 with a reason, not the runtime's bare 404. */
    @GET
    @Path("{slug}/episodes")
    public Page<EpisodeJson> episodes(@PathParam("slug") String slug, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        AppUrls urls = AppUrls.of(uriInfo);
        return catalogue.episodes(catalogue.getShow(slug), request).map(episode -> EpisodeJson.summary(episode, urls));
    }
}
