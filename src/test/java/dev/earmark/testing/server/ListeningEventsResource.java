package dev.earmark.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The raw listening rows of an episode as the database holds them (by SQL, not as an entity makes of them), for browser
 * tests, which run outside the server: what the player's beacons came to.
 */
@Path("listening-events")
@RequestScoped
public class ListeningEventsResource {

    @PersistenceContext
    EntityManager em;

    /** [{"view", "context", "origin", "start", "end"}, …] of the episode, by view and start. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public String of(@QueryParam("episode") long episode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT view_key, context, origin, start_second, end_second"
                + " FROM listening_event WHERE episode_id = ? ORDER BY view_key, start_second")
                .setParameter(1, episode).getResultList();
        JsonArrayBuilder json = Json.createArrayBuilder();
        rows.forEach(row -> json.add(Json.createObjectBuilder().add("view", (String) row[0])
                .add("context", (String) row[1]).add("origin", (String) row[2])
                .add("start", ((Number) row[3]).intValue()).add("end", ((Number) row[4]).intValue())));
        return json.build().toString();
    }
}
