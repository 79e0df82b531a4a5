package dev.earmark.feeds.web;

import dev.earmark.feeds.boundary.FeedSourceStore;
import dev.earmark.feeds.boundary.FeedSources;
import dev.earmark.feeds.boundary.ImportReport;
import dev.earmark.feeds.boundary.OpmlImport;
import dev.earmark.feeds.boundary.ItemOutcome;
import dev.earmark.feeds.boundary.RefreshResult;
import dev.earmark.feeds.entity.FeedSource;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.feeds.entity.RefreshOutcome;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * /admin/feed-sources.xhtml: the shows followed from a feed (address, interval, last refresh and its outcome, next
 * run), "Refresh now", "Stop following", and the form that follows a feed by its address.
 */
@Named
@ViewScoped
public class FeedSourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An OPML file of the most feeds allowed is some tens of kilobytes. */
    static final long MAX_OPML_BYTES = 1024 * 1024;

    @Inject
    FeedSources sources;

    @Inject
    FeedSourceStore store;

    @Inject
    Settings settings;

    @Inject
    OpmlImport opmlImport;

    private transient Part opmlFile;
    private List<OpmlImport.OutlineReport> opmlReports = List.of();

    private transient List<FeedSource> rows;
    private final Map<Long, String> intervals = new HashMap<>();

    private String url;
    private String showSlug;
    private boolean copyAudio;
    private String interval = RefreshInterval.HOURLY.name();

    @PostConstruct
    void load() {
        rows = store.all();
        intervals.clear();
        rows.forEach(row -> intervals.put(row.getShow().getId(), row.getRefreshInterval().name()));
    }

    public List<FeedSource> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<RefreshInterval> getIntervalChoices() {
        return List.of(RefreshInterval.values());
    }

    public void follow() {
        try {
            FeedSources.Followed followed = sources.importFromUrl(url,
                    Optional.ofNullable(showSlug).map(String::strip).filter(slug -> !slug.isEmpty()), copyAudio,
                    RefreshInterval.valueOf(interval));
            ImportReport report = followed.report();
            info(report.showCreated() ? "feeds.refresh.followedNew" : "feeds.refresh.followed",
                    followed.source().getShow().getTitle(), report.count(ItemOutcome.ADDED), report.count(ItemOutcome.UPDATED),
                    report.count(ItemOutcome.UNCHANGED), report.count(ItemOutcome.SKIPPED));
            url = null;
            showSlug = null;
        } catch (LocalizedException refused) {
            error(refused.messageKey(), refused.arguments());
        }
        load();
    }

    /** Follows every feed the uploaded OPML file lists; the report stays on the page. */
    public void importOpml() {
        if (opmlFile == null || opmlFile.getSize() == 0) {
            error("feeds.opml.noFile");
            return;
        }
        if (opmlFile.getSize() > MAX_OPML_BYTES) {
            error("feeds.opml.tooLarge", MAX_OPML_BYTES);
            return;
        }
        try (InputStream in = opmlFile.getInputStream()) {
            opmlReports = opmlImport.importOpml(in.readNBytes((int) MAX_OPML_BYTES), copyAudio, RefreshInterval.valueOf(interval));
            info("feeds.opml.done", opmlReports.size());
        } catch (LocalizedException refused) {
            error(refused.messageKey(), refused.arguments());
        } catch (IOException unreadable) {
            error("feeds.opml.unreadable");
        }
        load();
    }

    /** Why an outline failed, as the curator reads it; empty when it did not. */
    public String reason(OpmlImport.OutlineReport report) {
        return report.reasonKey() == null ? "" : Messages.format(locale(), report.reasonKey(), report.arguments().toArray());
    }

    public List<OpmlImport.OutlineReport> getOpmlReports() {
        return opmlReports;
    }

    public Part getOpmlFile() {
        return opmlFile;
    }

    public void setOpmlFile(Part opmlFile) {
        this.opmlFile = opmlFile;
    }

    public void refreshNow(long showId) {
        try {
            RefreshResult result = sources.refresh(showId);
            switch (result.outcome()) {
                case OK -> {
                    ImportReport report = result.report().orElseThrow();
                    info("feeds.refresh.refreshed", report.count(ItemOutcome.ADDED), report.count(ItemOutcome.UPDATED),
                            report.count(ItemOutcome.UNCHANGED), report.count(ItemOutcome.SKIPPED));
                }
                case NOT_MODIFIED -> info("feeds.refresh.notModified");
                case FAILED -> error(result.failureKey(), result.failureArguments());
            }
        } catch (LocalizedException refused) {
            error(refused.messageKey(), refused.arguments());
        }
        load();
    }

    public void changeInterval(long showId) {
        try {
            store.changeInterval(showId, RefreshInterval.valueOf(intervals.get(showId)));
            info("feeds.refresh.intervalChanged");
        } catch (LocalizedException refused) {
            error(refused.messageKey(), refused.arguments());
        }
        load();
    }

    public void stopFollowing(long showId) {
        store.stopFollowing(showId);
        info("feeds.refresh.stopped");
        load();
    }

    /** The last refresh's outcome as the curator reads it. */
    public String outcome(FeedSource source) {
        Locale locale = locale();
        if (source.getLastOutcome() == null) {
            return Messages.format(locale, "feeds.refresh.outcome.none");
        }
        if (source.getLastOutcome() == RefreshOutcome.FAILED) {
            return Messages.format(locale, "feeds.refresh.outcome.FAILED",
                    Messages.format(locale, source.getFailureKey(), source.getFailureArguments().toArray()));
        }
        return Messages.format(locale, "feeds.refresh.outcome." + source.getLastOutcome().name(), source.getLastAdded(),
                source.getLastUpdated(), source.getLastUnchanged(), source.getLastSkipped());
    }

    public String time(Instant instant) {
        if (instant == null) {
            return Messages.format(locale(), "feeds.refresh.never");
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(settings.displayZone()).format(instant);
    }

    public Map<Long, String> getIntervals() {
        return intervals;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getShowSlug() {
        return showSlug;
    }

    public void setShowSlug(String showSlug) {
        this.showSlug = showSlug;
    }

    public boolean isCopyAudio() {
        return copyAudio;
    }

    public void setCopyAudio(boolean copyAudio) {
        this.copyAudio = copyAudio;
    }

    public String getInterval() {
        return interval;
    }

    public void setInterval(String interval) {
        this.interval = interval;
    }

    private static void info(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void error(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.format(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
