package dev.earmark.catalogue.boundary;

import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("shows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShowsResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Links links;

    @GET
    public List<ShowJson> shows() {
        BaseUrl base = links.base();
        return catalogue.shows().stream().map(overview -> ShowJson.of(overview, base)).toList();
    }

    @GET
    @Path("{slug}")
    public ShowJson show(@PathParam("slug") String slug) {
        return ShowJson.of(catalogue.getShowOverview(slug), links.base());
    }

    /** Page and size arrive as text so that "abc" is a 400 with a reason, not the runtime's bare 404. */
    @GET
    @Path("{slug}/episodes")
    public Page<EpisodeJson> episodes(@PathParam("slug") String slug, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        BaseUrl base = links.base();
        return catalogue.episodes(catalogue.getShow(slug), request).map(episode -> EpisodeJson.summary(episode, base));
    }
}
