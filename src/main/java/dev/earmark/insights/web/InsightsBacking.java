package dev.earmark.insights.web;

import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.web.Formats;
import dev.earmark.insights.boundary.Insights;
import dev.earmark.insights.boundary.InsightsScope;
import dev.earmark.insights.control.DayRange;
import dev.earmark.insights.control.DayRange.RecentPeriod;
import dev.earmark.insights.control.InsightsChart;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.insights.control.ShowFigures;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The curators' dashboard ({@code /admin/insights?show=…&episode=…&period=7|30|90} or {@code &from=…&to=…}): a show's
 * or an episode's figures over a period, from GET parameters alone, so that every view is a bookmark; without a show,
 * the shows with figures in the period. Parameters that cannot be used are said on the page, never an error page.
 */
@Named
@RequestScoped
public class InsightsBacking {

    /** A period's choice: a recent period by its key, or the days given. */
    public record PeriodChoice(String key, String label, boolean chosen) {
    }

    /** A figure of the summary above the charts. */
    public record Tile(String id, String label, String value, String note) {
    }

    /** A show's line in the list of shows. */
    public record ShowLine(String title, String href, String plays, String downloads) {
    }

    /** One of an episode's most saved moments. */
    public record MomentLine(String range, String listeners, String title, boolean hidden) {
    }

    @Inject
    Insights insights;

    @Inject
    Settings settings;

    @Inject
    Links links;

    @Inject
    Formats formats;

    private String show;
    private String episode;
    private String period;
    private String from;
    private String to;

    private InsightsFormat format;
    private String problem;
    private InsightsScope scope;
    private InsightsReport report;
    private DayRange range;
    private List<ShowFigures> shows = List.of();
    private List<ChartFigure> charts = List.of();
    private List<Show> showChoices;

    /** View action. */
    public void load() {
        format = new InsightsFormat(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        try {
            if (blank(show) && blank(episode)) {
                range = DayRange.parse(period, from, to, insights.today());
                shows = insights.shows(range);
            } else {
                scope = insights.scope(show, episode, period, from, to);
                range = scope.range();
                report = insights.report(scope);
                if (!report.isEmpty()) {
                    charts = new DashboardCharts(report, format, this::csvHref, id -> page(scope.show().getSlug(), id))
                            .all();
                }
            }
        } catch (LocalizedException unusable) {
            problem = unusable.localizedMessage(format.locale());
        }
    }

    /** What is wrong with the parameters, if anything: said instead of figures. */
    public String getProblem() {
        return problem;
    }

    public boolean isInsightsOff() {
        return !settings.insights();
    }

    public boolean isShowChosen() {
        return report != null;
    }

    public boolean isEpisodeChosen() {
        return scope != null && scope.episode().isPresent();
    }

    /** Nothing played or downloaded in the period ("empty" is a word of EL's own). */
    public boolean isNothingInPeriod() {
        return report != null && report.isEmpty();
    }

    /** The heading's subject: the show's title, or the episode's. */
    public String getSubject() {
        return scope == null ? "" : scope.episode().map(chosen -> chosen.getTitle()).orElse(scope.show().getTitle());
    }

    public String getShowTitle() {
        return scope == null ? "" : scope.show().getTitle();
    }

    /** The show's dashboard over the same days, from an episode's. */
    public String getShowHref() {
        return scope == null ? "" : page(scope.show().getSlug(), null);
    }

    public String getRangeText() {
        return range == null ? "" : format.text("insights.dashboard.range", format.date(range.from()),
                format.date(range.to()), range.days());
    }

    public List<Tile> getTiles() {
        if (report == null) {
            return List.of();
        }
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("tile-plays", format.text("insights.dashboard.plays"), format.count(report.plays()),
                format.text("insights.dashboard.plays.note")));
        tiles.add(new Tile("tile-downloads", format.text("insights.dashboard.downloads"), format.count(report.downloads()),
                format.text("insights.dashboard.downloads.note")));
        tiles.add(new Tile("tile-listeners", format.text("insights.dashboard.dailyListeners"),
                format.average(report.listenerDays() / (double) report.range().days()),
                format.text("insights.dashboard.dailyListeners.note")));
        tiles.add(new Tile("tile-listening-time", format.text("insights.dashboard.listeningTime"),
                format.listeningTime(report.listenedSeconds()), format.text("insights.dashboard.listeningTime.note")));
        tiles.add(new Tile("tile-completion", format.text("insights.dashboard.completion"),
                format.share(report.completion()), report.completion().isPresent()
                        ? format.text("insights.dashboard.completion.note")
                        : format.text("insights.dashboard.completion.unknown")));
        return tiles;
    }

    public List<ChartFigure> getCharts() {
        return charts;
    }

    /** The days whose figures are incomplete: events over the daily cap were refused. */
    public String getRefusals() {
        if (report == null || report.refusals().isEmpty()) {
            return null;
        }
        return format.text("insights.dashboard.refusals", report.refusals().size(), report.refusals().stream()
                .map(refusal -> format.text("insights.dashboard.refusals.day", format.date(refusal.day()),
                        refusal.refused()))
                .collect(Collectors.joining(", ")), settings.insightsDailyCap());
    }

    public List<MomentLine> getMoments() {
        if (report == null) {
            return List.of();
        }
        return report.episode().map(detail -> detail.moments().stream().map(moment -> new MomentLine(
                formats.clock(moment.startMillis() / 1000.0) + "\u2013" + formats.clock(moment.endMillis() / 1000.0),
                format.count(moment.listeners()), moment.title(), moment.hidden())).toList()).orElse(List.of());
    }

    public List<ShowLine> getShows() {
        return shows.stream().map(figures -> new ShowLine(figures.title(), page(figures.slug(), null),
                format.count(figures.plays()), format.count(figures.downloads()))).toList();
    }

    /** Every show, for the form's choice. */
    public List<Show> getShowChoices() {
        if (showChoices == null) {
            showChoices = insights.allShows();
        }
        return showChoices;
    }

    /** The slug of the show shown, "" for none. */
    public String getChosenShow() {
        return scope == null ? (show == null ? "" : show) : scope.show().getSlug();
    }

    public String getChosenEpisode() {
        return scope == null ? "" : scope.episode().map(chosen -> String.valueOf(chosen.getId())).orElse("");
    }

    public List<PeriodChoice> getPeriods() {
        String chosen = chosenPeriodKey();
        List<PeriodChoice> choices = new ArrayList<>();
        for (RecentPeriod recent : RecentPeriod.values()) {
            choices.add(new PeriodChoice(recent.key(), format.text("insights.dashboard.period.last", recent.days()),
                    recent.key().equals(chosen)));
        }
        choices.add(new PeriodChoice(DayRange.CHOSEN_DAYS, format.text("insights.dashboard.period.days"),
                DayRange.CHOSEN_DAYS.equals(chosen)));
        return choices;
    }

    /** The first day in the form: the one shown, else the one typed. */
    public String getFromValue() {
        return range == null ? orEmpty(from) : range.from().toString();
    }

    public String getToValue() {
        return range == null ? orEmpty(to) : range.to().toString();
    }

    /** A recent period's key when the days shown are one (as asked), else "days". */
    private String chosenPeriodKey() {
        if (range == null) {
            return blank(period) ? DayRange.DEFAULT.key() : period.strip();
        }
        boolean askedForDays = DayRange.CHOSEN_DAYS.equals(orEmpty(period).strip())
                || (blank(period) && !(blank(from) && blank(to)));
        return askedForDays ? DayRange.CHOSEN_DAYS
                : range.asRecentPeriod(insights.today()).map(RecentPeriod::key).orElse(DayRange.CHOSEN_DAYS);
    }

    /** A dashboard over the same period: a recent one stays recent in a bookmark, chosen days stay those days. */
    private String page(String showSlug, Long episodeId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("show", showSlug);
        if (episodeId != null) {
            query.put("episode", String.valueOf(episodeId));
        }
        periodParameters(query, false);
        return links.path(Route.INSIGHTS_PAGE.path() + queryString(query));
    }

    /** A chart's CSV file: always of the days shown, whatever day it is downloaded. */
    private String csvHref(InsightsChart chart) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("show", scope.show().getSlug());
        Optional.ofNullable(scope.episodeId()).ifPresent(id -> query.put("episode", String.valueOf(id)));
        periodParameters(query, true);
        return links.path("/api/admin/insights/" + chart.key() + ".csv" + queryString(query));
    }

    private void periodParameters(Map<String, String> query, boolean days) {
        String chosen = chosenPeriodKey();
        if (!days && !DayRange.CHOSEN_DAYS.equals(chosen)) {
            query.put("period", chosen);
        } else if (range != null) {
            query.put("from", range.from().toString());
            query.put("to", range.to().toString());
        }
    }

    private static String queryString(Map<String, String> query) {
        return query.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&", "?", ""));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getEpisode() {
        return episode;
    }

    public void setEpisode(String episode) {
        this.episode = episode;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
