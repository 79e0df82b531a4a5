package dev.earmark.feeds.web;

import dev.earmark.curation.boundary.CuratedShow;
import dev.earmark.curation.boundary.ShowCuration;
import dev.earmark.feeds.boundary.FeedImport;
import dev.earmark.feeds.boundary.FeedSources;
import dev.earmark.feeds.boundary.ImportReport;
import dev.earmark.feeds.boundary.ImportRequest;
import dev.earmark.feeds.control.FeedReader;
import dev.earmark.feeds.control.FeedRefusedException;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.notes.control.WebAddresses;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * /admin/feeds.xhtml: imports a feed from its address or an uploaded file into a new or an existing show, and shows
 * the import's report.
 */
@Named
@ViewScoped
public class FeedImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "feed-import";

    @Inject
    FeedImport feedImport;

    @Inject
    FeedSources sources;

    @Inject
    ShowCuration shows;

    private String url;
    private transient Part file;
    private String into;
    private ImportReport report;

    /** The shows a feed may go into, by slug. */
    public List<CuratedShow> getShows() {
        return shows.shows();
    }

    public String importFeed() {
        report = null;
        try {
            Optional<byte[]> uploaded = uploaded();
            Optional<String> target = Optional.ofNullable(into).filter(slug -> !slug.isBlank());
            if (uploaded.isPresent()) {
                report = feedImport.importFeed(uploaded.get(), new ImportRequest(target, null, false));
            } else if (url != null && !url.isBlank()) {
                if (WebAddresses.http(url.strip()).isEmpty()) {
                    error(FORM + ":url", "feeds.import.error.badUrl");
                    return null;
                }
                // Followed, refreshed only when asked until a curator picks an interval: a show imported from an
                // address can always be brought up to date from it.
                report = sources.importFromUrl(url.strip(), target, false, RefreshInterval.OFF).report();
            } else {
                error(null, "feeds.import.error.noFile");
                return null;
            }
            info("feeds.import.done", report.showSlug());
        } catch (LocalizedException refused) {
            error(null, refused.messageKey(), refused.arguments());
        }
        return null;
    }

    /** The uploaded file, read whole up to the feed limit; more is refused without reading it all. */
    private Optional<byte[]> uploaded() {
        if (file == null || file.getSize() == 0) {
            return Optional.empty();
        }
        if (file.getSize() > FeedReader.MAX_FEED_BYTES) {
            throw new FeedRefusedException("feeds.import.error.tooLarge",
                    FeedReader.MAX_FEED_MEGABYTES);
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes((int) FeedReader.MAX_FEED_BYTES + 1);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(String clientId, String key, Object... arguments) {
        message(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void info(String key, Object... arguments) {
        message(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Messages.format(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    public int getMaxMegabytes() {
        return FeedReader.MAX_FEED_MEGABYTES;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }

    public ImportReport getReport() {
        return report;
    }
}
