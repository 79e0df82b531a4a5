package dev.earmark.highlights.boundary;

import dev.earmark.platform.control.EntityIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Curators hide a moment from listeners ({@code PUT}) and show it again ({@code DELETE}); both are idempotent and
 * answer 204. The curation area's constraint (web.xml) lets only admins and editors reach it; methods that a form of
 * another site cannot send.
 */
@Path("admin/highlights/{id}/hidden")
@RequestScoped
public class AdminHighlightsResource {

    @Inject
    Highlights highlights;

    @PUT
    public void hide(@PathParam("id") String id) {
        highlights.hide(EntityIds.parse(id));
    }

    @DELETE
    public void show(@PathParam("id") String id) {
        highlights.show(EntityIds.parse(id));
    }
}
