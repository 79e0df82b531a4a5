package dev.earmark.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * Daily listening figures for browser tests and tests run as clients: {@link DailyFiguresFixtures}, idempotent by slug;
 * and the aggregation of what browsers reported, on demand.
 */
@Path("insights")
@RequestScoped
public class InsightsFixturesResource {

    @Inject
    CatalogueFixtures fixtures;

    @Inject
    DailyFiguresFixtures insights;

    @Inject
    InsightsFixtures listening;

    /** Aggregates today's listening and downloads under the lease, as the timer's next run would; answers the day. */
    @POST
    @Path("aggregation")
    @Produces(MediaType.TEXT_PLAIN)
    public String aggregateToday() {
        LocalDate today = insights.today();
        listening.aggregated(today);
        return today.toString();
    }

    /** Answers "showId talkId otherId"; a second call for the slug answers the first's ids. */
    @POST
    @Path("shows/{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    public synchronized String listenedShow(@PathParam("slug") String slug) {
        return fixtures.findShow(slug).map(show -> insights.idsOf(show)).orElseGet(() -> {
            DailyFiguresFixtures.ListenedShow made = insights.listenedShow(fixtures.showWithSlug(slug));
            insights.strangerShow(fixtures.showWithSlug(slug + "-stranger"));
            return made.showId() + " " + made.talkId() + " " + made.otherId();
        });
    }
}
