package dev.earmark.exports.web;

import dev.earmark.exports.boundary.SnipExportResource;
import dev.earmark.exports.control.ExportFormat;
import dev.earmark.exports.control.ExportSelection;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Page;
import dev.earmark.platform.control.PageRequest;
import dev.earmark.platform.control.Routes;
import dev.earmark.snips.boundary.Snips;
import dev.earmark.snips.entity.Snip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The download part of the export page ({@code /snips/export?show=…&episode=…&tag=…&q=…}, My snips' filters): says in
 * words which snips the selection holds, or that there is nothing to export, before the listener asks for a file. It
 * counts and names them from My snips' first page, so the page never reads every snip; the download does
 * ({@code SnipExportResource}).
 */
@Named
@RequestScoped
public class ExportBacking {

    /** Where the download is answered. */
    static final String DOWNLOAD = "/api/" + SnipExportResource.PATH;

    @Inject
    Snips snips;

    private ExportSelection selection;
    private String invalidSelection;
    private long count;
    private String showTitle;
    private String episodeTitle;

    /** View action: the selection from the query, as My snips passed it on. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> query = faces.getExternalContext().getRequestParameterMap();
        try {
            selection = ExportSelection.of(query.get("show"), query.get("episode"), query.get("tag"), query.get("q"));
        } catch (InvalidParameterException unusable) {
            invalidSelection = unusable.localizedMessage(faces.getExternalContext().getRequestLocale());
            return;
        }
        String listener = faces.getExternalContext().getRemoteUser();
        Page<Snip> first = snips.own(listener, selection.filter(), new PageRequest(1, 1));
        count = first.totalItems();
        if (!first.items().isEmpty()) {
            Snip snip = first.items().get(0);
            showTitle = selection.showId() == null ? null : snip.getEpisode().getShow().getTitle();
            episodeTitle = selection.episodeId() == null ? null : snip.getEpisode().getTitle();
        }
    }

    public List<ExportFormat> getFormats() {
        return List.of(ExportFormat.values());
    }

    public String getDownloadPath() {
        return DOWNLOAD;
    }

    /** My snips with the same filters. */
    public String getMySnipsPath() {
        return Routes.Route.SNIPS_PAGE.path() + (selection == null ? "" : selection.query());
    }

    /** Why the filters that came cannot be used; null when they can. */
    public String getInvalidSelection() {
        return invalidSelection;
    }

    public ExportSelection getSelection() {
        return selection;
    }

    public long getCount() {
        return count;
    }

    public String getShowTitle() {
        return showTitle;
    }

    public String getEpisodeTitle() {
        return episodeTitle;
    }
}
