package dev.earmark.feeds.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Importing a feed over JSON, for admins: the feed's XML as a string, and the show to update (none: a new show).
 * JSON only, so a cross-site form cannot post here with a curator's cookie. The answer is the import's report.
 */
@Path("admin/feeds/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminFeedImportResource {

    @Inject
    FeedImport feedImport;

    /** @param show the slug of the show to update, or null for a new one */
    public record FeedInput(String feed, String show) {
    }

    @POST
    public ImportReport importFeed(FeedInput input) {
        String feed = input == null || input.feed() == null ? "" : input.feed();
        return feedImport.importFeed(feed.getBytes(StandardCharsets.UTF_8),
                new ImportRequest(Optional.ofNullable(input == null ? null : input.show()), null, false));
    }
}
