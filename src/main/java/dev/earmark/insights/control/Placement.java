package dev.earmark.insights.control;

import dev.earmark.insights.entity.ListeningContext;
import java.util.Set;

/**
 * Where a play happened, as stored: the context, and for an embed the portal's origin when it is one of the allowed
 * embed origins ("" otherwise: an embed on a page Earmark does not know, whose address is nobody's business here).
 *
 * @param origin an allowed embed origin, or ""
 */
public record Placement(ListeningContext context, String origin) {

    /**
     * A report sent from a page of another origin (its {@code Origin} header) is an embed there, whatever it says: a
     * portal's page that runs the player sends it itself. From Earmark's own pages (the embed page in a portal's
     * frame is one) or without the header, the player's word counts, but only an allowed origin is kept.
     *
     * @param requestOrigin the request's {@code Origin} header, null without one
     * @param ownOrigins    the origins Earmark is reached by
     * @param embedOrigins  the allowed embed origins (earmark.embed-origins)
     */
    public static Placement of(String requestOrigin, Set<String> ownOrigins, ListeningReport report,
            Set<String> embedOrigins) {
        if (requestOrigin != null && !ownOrigins.contains(requestOrigin)) {
            return new Placement(ListeningContext.EMBED, embedOrigins.contains(requestOrigin) ? requestOrigin : "");
        }
        if (report.context() == ListeningContext.EMBED) {
            return new Placement(ListeningContext.EMBED, embedOrigins.contains(report.origin()) ? report.origin() : "");
        }
        return new Placement(report.context(), "");
    }
}
