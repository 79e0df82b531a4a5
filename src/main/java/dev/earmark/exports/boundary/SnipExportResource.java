package dev.earmark.exports.boundary;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.exports.control.ExportFormat;
import dev.earmark.exports.control.ExportSelection;
import dev.earmark.exports.control.MomentLinks;
import dev.earmark.exports.control.SnipDownload;
import dev.earmark.platform.boundary.SignedIn;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.web.ContentDisposition;
import dev.earmark.platform.web.Links;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.List;

/**
 * The signed-in listener's snips as a file to download ({@code GET /api/snips/export?format=obsidian|logseq|csv|json
 * &zip=true&show=…&episode=…&tag=…&q=…}, My snips' filters): Markdown for Obsidian or Logseq as a file per episode in a
 * ZIP or one file of all, CSV or JSON. Below {@code /api/snips}, it is the listener's own (401 for nobody, kept by no
 * cache, see web.xml); a format or filter that cannot be used is a 400 with the reason, a selection without snips a
 * 404 with the reason, as an empty download would look like a broken one.
 */
@Path(SnipExportResource.PATH)
@RequestScoped
public class SnipExportResource {

    /** Below the API's root, {@code /api}. */
    public static final String PATH = "snips/export";

    @Inject
    Snips snips;

    @Inject
    CatalogueLinks catalogueLinks;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    public Response download(@QueryParam("format") String format, @QueryParam("zip") String zip,
            @QueryParam("show") String show, @QueryParam("episode") String episode, @QueryParam("tag") String tag,
            @QueryParam("q") String text) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        boolean zipped = zipped(zip);
        ExportSelection selection = ExportSelection.of(show, episode, tag, text);
        List<Snip> selected = snips.allOwn(SignedIn.listener(security), selection.filter());
        if (selected.isEmpty()) {
            throw new NothingToExportException();
        }
        SnipDownload download = new SnipDownload(exportFormat, zipped, selected,
                new MomentLinks(links.base(), catalogueLinks), clock.instant());
        StreamingOutput body = download::writeTo;
        return Response.ok(body, download.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName()))
                .build();
    }

    private static boolean zipped(String zip) {
        if (zip == null || zip.isBlank() || "false".equals(zip.strip())) {
            return false;
        }
        if ("true".equals(zip.strip())) {
            return true;
        }
        throw new InvalidParameterException("exports.error.zip", zip);
    }
}
