package dev.earmark.insights.boundary;

import dev.earmark.insights.control.ClientClasses;
import dev.earmark.insights.control.InvalidReportException;
import dev.earmark.insights.control.ListeningReport;
import dev.earmark.insights.control.Placement;
import dev.earmark.insights.control.ReportTooLargeException;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The player's listening beacon: {@code POST /api/listening}, a JSON text as {@code navigator.sendBeacon} sends it
 * (text/plain, so no CORS preflight; application/json is taken too), see {@link ListeningReport}. Always 204 without a
 * body when taken, and also when nothing is to be recorded: insights off, a listener who asks not to be tracked
 * ({@code DNT: 1}, {@code Sec-GPC: 1}; the body is not even read), an episode listeners cannot see. 400 for a report
 * that is not as the player sends it, 413 beyond {@value #MAX_BYTES} bytes (read no further), 429 beyond a client's
 * allowance. No answer sets a cookie and none starts a session (web.xml adds {@code Cache-Control: no-store}).
 * <p>
 * In a closed catalogue (anonymous browsing off) only signed-in listeners may send reports, as only they can play:
 * the sign-in filter answers everyone else 401, so a stranger cannot fill a closed catalogue's tables. A beacon
 * carries the session cookie (SameSite=Lax) from Earmark's pages and from portals of the same site. Who sent a report
 * is never stored: signed in or not, the same row.
 */
@Path("listening")
@RequestScoped
public class ListeningResource {

    /** A report of 50 ranges takes about 2 KB. */
    static final int MAX_BYTES = 8 * 1024;

    @Inject
    Settings settings;

    @Inject
    ClientHashes clientHashes;

    @Inject
    ListeningReports reports;

    @Inject
    Links links;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response report(InputStream body) {
        if (!settings.insights() || "1".equals(header("DNT")) || "1".equals(header("Sec-GPC"))) {
            return Response.noContent().build();
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new ReportTooLargeException(MAX_BYTES);
        }
        String userAgent = request.getHeader("User-Agent");
        String clientHash = clientHashes.today(request.getRemoteAddr(), userAgent);
        reports.admit(clientHash);
        ListeningReport report = ListeningReport.parse(read(body));
        reports.record(report, clientHash,
                Placement.of(request.getHeader("Origin"), ownOrigins(), report, settings.embedOrigins()),
                ClientClasses.of(userAgent));
        return Response.noContent().build();
    }

    private String header(String name) {
        String value = request.getHeader(name);
        return value == null ? null : value.strip();
    }

    /** At most one byte more than allowed is read, whatever the body says of its length (a chunked one says none). */
    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ReportTooLargeException(MAX_BYTES);
            }
            return bytes;
        } catch (IOException broken) {
            throw new InvalidReportException("insights.beacon.error.malformed");
        }
    }

    /** The configured base URL's, and the one this request was sent to (they differ without a configured one). */
    private Set<String> ownOrigins() {
        return Stream.of(links.base().origin(),
                new BaseUrl(request.getScheme(), request.getServerName(), request.getServerPort(), "").origin())
                .collect(Collectors.toSet());
    }
}
