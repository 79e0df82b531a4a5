package dev.earmark.snips.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.platform.boundary.SignedIn;
import dev.earmark.platform.control.EntityIds;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * The signed-in listener's snips ({@code 401} for nobody signed in; anyone else's snip is a {@code 404}).
 * {@code POST} saves a tap: its {@code Idempotency-Key} header, made by the browser, makes sending it again
 * harmless ({@code 201} the first time, {@code 200} with the same snip after).
 */
@Path("snips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SnipsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Snips snips;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    Links links;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response earmark(@HeaderParam(IDEMPOTENCY_KEY) String requestKey, @Valid @NotNull TapJson tap) {
        Earmarked saved = snips.earmark(listener(), tap.toNewSnip(requestKey));
        SnipJson json = json(saved.snip());
        return saved.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(json.id())).build())
                        .entity(json).build()
                : Response.ok(json).build();
    }

    @GET
    public Page<SnipJson> own(@QueryParam("show") String show, @QueryParam("episode") String episode,
            @QueryParam("tag") String tag, @QueryParam("q") String text, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SnipFilter filter = new SnipFilter(optionalId(show), optionalId(episode), tag, text);
        return snips.own(listener(), filter, PageRequest.parse(page, size)).map(this::json);
    }

    @GET
    @Path("{id}")
    public SnipJson snip(@PathParam("id") String id) {
        return json(snips.getOwn(listener(), EntityIds.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SnipJson edit(@PathParam("id") String id, @Valid @NotNull SnipEditJson edit) {
        return json(snips.edit(listener(), EntityIds.parse(id), edit.version(), edit.toEdit()));
    }

    @POST
    @Path("{id}/nudge")
    @Consumes(MediaType.APPLICATION_JSON)
    public SnipJson nudge(@PathParam("id") String id, @Valid @NotNull NudgeJson nudge) {
        return json(snips.nudge(listener(), EntityIds.parse(id), nudge.version(), nudge.startMillis(),
                nudge.endMillis()));
    }

    @DELETE
    @Path("{id}")
    public SnipJson delete(@PathParam("id") String id) {
        return json(snips.delete(listener(), EntityIds.parse(id)));
    }

    @POST
    @Path("{id}/restore")
    public SnipJson restore(@PathParam("id") String id) {
        return json(snips.restore(listener(), EntityIds.parse(id)));
    }

    private SnipJson json(Snip snip) {
        return SnipJson.of(snip, catalogueLinks, links.base());
    }

    private static Long optionalId(String id) {
        return id == null || id.isBlank() ? null : EntityIds.parse(id);
    }

    private String listener() {
        return SignedIn.listener(security);
    }
}
