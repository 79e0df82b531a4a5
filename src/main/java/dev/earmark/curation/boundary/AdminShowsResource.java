package dev.earmark.curation.boundary;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Curating shows over JSON, for admins (editors may read). Only JSON is accepted for changes, so a
 * cross-site HTML form cannot post here with the curator's session cookie; the artwork is uploaded
 * in the Faces form.
 */
@Path("admin/shows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminShowsResource {

    @Inject
    ShowCuration curation;

    @Inject
    Links links;

    @Context
    UriInfo uriInfo;

    @GET
    public List<CuratedShowJson> shows() {
        return curation.shows().stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    public CuratedShowJson show(@PathParam("id") long id) {
        return json(curation.getCuratedShow(id));
    }

    @POST
    public Response create(ShowInput input) {
        long id = curation.create(required(input).toDraft(), null).getId();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(show(id))
                .build();
    }

    @PUT
    @Path("{id}")
    public CuratedShowJson update(@PathParam("id") long id, ShowInput input) {
        ShowInput given = required(input);
        curation.update(id, version(given.version()), given.toDraft(), null);
        return show(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        curation.delete(id, version(version));
        return Response.noContent().build();
    }

    private CuratedShowJson json(CuratedShow show) {
        return CuratedShowJson.of(show, links.base());
    }

    private static ShowInput required(ShowInput input) {
        if (input == null) {
            throw new InvalidParameterException("error.parameter.body");
        }
        return input;
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidParameterException("error.parameter.version");
        }
        return version;
    }
}
