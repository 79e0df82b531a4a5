package dev.earmark.insights.boundary;

import dev.earmark.insights.control.InsightsChart;
import dev.earmark.insights.control.InsightsCsv;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.web.ContentDisposition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A dashboard chart's figures as a CSV file ({@code GET /api/admin/insights/{chart}.csv?show=…&episode=…&from=…&to=…}
 * or {@code &period=7|30|90}): the same parameters as the page, so its links name the days it shows. Below
 * /api/admin/, so only admins and editors reach it (web.xml) and no cache keeps it. A chart that is none is a 404, a
 * show or episode that is none a 404, days that cannot be used a 400 with the reason, and the drop-off curve of a
 * whole show a 400 (a curve belongs to one episode).
 */
@Path("admin/insights/{chart}.csv")
@RequestScoped
public class InsightsCsvResource {

    @Inject
    Insights insights;

    @GET
    public Response download(@PathParam("chart") String chartKey, @QueryParam("show") String show,
            @QueryParam("episode") String episode, @QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        InsightsChart chart = InsightsChart.of(chartKey).orElseThrow(() -> new UnknownChartException(chartKey));
        InsightsScope scope = insights.scope(show, episode, period, from, to);
        if (chart == InsightsChart.DROP_OFF && scope.episode().isEmpty()) {
            throw new InvalidParameterException("insights.dashboard.error.dropOffOfShow");
        }
        InsightsReport report = insights.report(scope);
        StreamingOutput body = out -> InsightsCsv.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), chart, report);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(
                        InsightsCsv.fileName(scope.show().getSlug(), scope.episodeId(), chart, scope.range())))
                .build();
    }
}
