package dev.earmark.player.boundary;

import dev.earmark.platform.boundary.SignedIn;
import dev.earmark.platform.control.EntityIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The signed-in listener's position in an episode: {@code GET} answers it (204 when there is none yet),
 * {@code PUT {"positionSeconds": 751}} remembers it. Nobody signed in: 401.
 */
@Path("positions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ListeningPositionsResource {

    @Inject
    ListeningPositions positions;

    @Context
    SecurityContext security;

    @GET
    @Path("{episodeId}")
    public Response position(@PathParam("episodeId") String episodeId) {
        return positions.findPosition(listener(), EntityIds.parse(episodeId))
                .map(position -> Response.ok(PositionJson.of(position)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("{episodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PositionJson save(@PathParam("episodeId") String episodeId, @Valid @NotNull PositionJson position) {
        return PositionJson.of(positions.save(listener(), EntityIds.parse(episodeId), position.positionMillis()));
    }

    private String listener() {
        return SignedIn.listener(security);
    }
}
