package dev.earmark.insights.web;

import dev.earmark.insights.control.BarChart;
import dev.earmark.insights.control.ChapterStart;
import dev.earmark.insights.control.ClientFigures;
import dev.earmark.insights.control.DayCounts;
import dev.earmark.insights.control.DropOffChart;
import dev.earmark.insights.control.EpisodeFigures;
import dev.earmark.insights.control.InsightsChart;
import dev.earmark.insights.control.InsightsReport;
import dev.earmark.insights.control.InsightsReport.EpisodeDetail;
import dev.earmark.insights.control.LineChart;
import dev.earmark.insights.control.Place;
import dev.earmark.insights.control.PlaceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dashboard's charts of one report, each with its table and CSV address, worded from the bundle
 * ({@code insights.dashboard.*}) and numbered in the viewer's locale.
 */
final class DashboardCharts {

    /** The most episodes a ranking chart draws; its table and CSV file have them all. */
    static final int RANKED_IN_CHART = 15;
    /** The places and client classes a chart's summary names. */
    private static final int NAMED_IN_SUMMARY = 5;

    private final InsightsReport report;
    private final InsightsFormat format;
    private final Function<InsightsChart, String> csvHref;
    private final LongFunction<String> episodeHref;

    /**
     * @param csvHref the address of a chart's CSV file
     * @param episodeHref the address of an episode's dashboard over the same days
     */
    DashboardCharts(InsightsReport report, InsightsFormat format, Function<InsightsChart, String> csvHref,
            LongFunction<String> episodeHref) {
        this.report = report;
        this.format = format;
        this.csvHref = csvHref;
        this.episodeHref = episodeHref;
    }

    /** The charts of a show's dashboard, or of an episode's. */
    List<ChartFigure> all() {
        List<ChartFigure> charts = new ArrayList<>();
        charts.add(days());
        report.episode().ifPresent(episode -> charts.add(dropOff(episode)));
        charts.add(places());
        charts.add(clients());
        if (report.episode().isEmpty()) {
            charts.add(episodesByPlays());
            charts.add(episodesByCompletion());
        }
        return charts;
    }

    ChartFigure days() {
        List<DayCounts> days = report.days();
        List<String> labels = days.stream().map(day -> format.day(day.day())).toList();
        String title = format.text("insights.dashboard.days.title");
        String summary = format.text("insights.dashboard.days.summary", format.date(report.range().from()),
                format.date(report.range().to()), report.plays(), report.listenerDays(), report.downloads());
        LineChart chart = new LineChart("chart-days", title, summary, labels, format.text("insights.dashboard.days.axis"),
                List.of(new LineChart.Series(format.text("insights.dashboard.plays"), values(days, DayCounts::plays)),
                        new LineChart.Series(format.text("insights.dashboard.listeners"), values(days, DayCounts::listeners)),
                        new LineChart.Series(format.text("insights.dashboard.downloads"), values(days, DayCounts::downloads))),
                format::count);
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.day"),
                format.text("insights.dashboard.plays"), format.text("insights.dashboard.listeners"),
                format.text("insights.dashboard.downloads")), days.stream()
                .map(day -> new ChartTable.Row(format.date(day.day()), null, List.of(format.count(day.plays()),
                        format.count(day.listeners()), format.count(day.downloads()))))
                .toList());
        return new ChartFigure("chart-days", title, chart.svg(), table, csvHref.apply(InsightsChart.DAYS));
    }

    ChartFigure dropOff(EpisodeDetail episode) {
        List<Double> shares = episode.dropOff().shares();
        List<String> labels = IntStream.range(0, shares.size())
                .mapToObj(minute -> format.text("insights.dashboard.format.minute", minute)).toList();
        String title = format.text("insights.dashboard.dropOff.title");
        String summary = shares.isEmpty() ? format.text("insights.dashboard.dropOff.none")
                : format.text("insights.dashboard.dropOff.summary", episode.dropOff().plays(), format.share(shares.get(0)),
                        format.share(shares.get(shares.size() - 1)), shares.size() - 1, episode.chapters().size());
        List<DropOffChart.Mark> marks = episode.chapters().stream()
                .map(chapter -> new DropOffChart.Mark(chapter.startMillis() / 60_000.0, chapter.title())).toList();
        DropOffChart chart = new DropOffChart("chart-drop-off", title, summary, shares, labels,
                format.text("insights.dashboard.dropOff.axis"), marks, format::share);
        List<ChartTable.Row> rows = IntStream.range(0, shares.size())
                .mapToObj(minute -> new ChartTable.Row(labels.get(minute), null, List.of(format.share(shares.get(minute)),
                        chaptersStarting(episode.chapters(), minute))))
                .toList();
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.minute"),
                format.text("insights.dashboard.stillListening"), format.text("insights.dashboard.chapterStarting")), rows);
        return new ChartFigure("chart-drop-off", title, chart.svg(), table, csvHref.apply(InsightsChart.DROP_OFF));
    }

    ChartFigure places() {
        List<Place> places = report.places();
        String title = format.text("insights.dashboard.places.title");
        List<String> series = List.of(format.text("insights.dashboard.plays"), format.text("insights.dashboard.downloads"));
        List<BarChart.Category> categories = places.stream().map(place -> new BarChart.Category(placeName(place),
                place.kind().isDownload() ? Arrays.asList(null, (double) place.count())
                        : Arrays.asList((double) place.count(), null)))
                .toList();
        String summary = places.isEmpty() ? format.text("insights.dashboard.nothing")
                : places.stream().limit(NAMED_IN_SUMMARY).map(place -> format.text(place.kind().isDownload()
                        ? "insights.dashboard.places.downloadsOf" : "insights.dashboard.places.playsOf",
                        placeName(place), place.count())).collect(Collectors.joining("; "));
        BarChart chart = new BarChart("chart-places", title, summary, series, categories, false, format::count);
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.place"), series.get(0),
                series.get(1)), places.stream().map(place -> new ChartTable.Row(placeName(place), null,
                        place.kind().isDownload() ? List.of("", format.count(place.count()))
                                : List.of(format.count(place.count()), "")))
                .toList());
        return new ChartFigure("chart-places", title, chart.svg(), table, csvHref.apply(InsightsChart.PLACES));
    }

    ChartFigure clients() {
        List<ClientFigures> clients = report.clients();
        String title = format.text("insights.dashboard.clients.title");
        List<String> series = List.of(format.text("insights.dashboard.plays"), format.text("insights.dashboard.downloads"));
        String summary = clients.stream().map(client -> format.text("insights.dashboard.clients.of",
                clientName(client), client.plays(), client.downloads())).collect(Collectors.joining("; "));
        BarChart chart = new BarChart("chart-clients", title, summary, series, clients.stream()
                .map(client -> new BarChart.Category(clientName(client),
                        List.of((double) client.plays(), (double) client.downloads())))
                .toList(), false, format::count);
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.clientClass"), series.get(0),
                series.get(1)), clients.stream().map(client -> new ChartTable.Row(clientName(client), null,
                        List.of(format.count(client.plays()), format.count(client.downloads()))))
                .toList());
        return new ChartFigure("chart-clients", title, chart.svg(), table, csvHref.apply(InsightsChart.CLIENTS));
    }

    ChartFigure episodesByPlays() {
        List<EpisodeFigures> episodes = report.episodes();
        String title = format.text("insights.dashboard.byPlays.title");
        String summary = episodes.isEmpty() ? format.text("insights.dashboard.nothing")
                : format.text("insights.dashboard.byPlays.summary", episodes.size(), episodes.get(0).title(),
                        episodes.get(0).plays());
        BarChart chart = new BarChart("chart-by-plays", title, summary, List.of(format.text("insights.dashboard.plays")),
                episodes.stream().limit(RANKED_IN_CHART)
                        .map(episode -> new BarChart.Category(episode.title(), List.of((double) episode.plays())))
                        .toList(), false, format::count);
        List<EpisodeFigures> byCompletion = report.byCompletion();
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.episode"),
                format.text("insights.dashboard.rank"), format.text("insights.dashboard.plays"),
                format.text("insights.dashboard.downloads"), format.text("insights.dashboard.listeningTime"),
                format.text("insights.dashboard.completion"), format.text("insights.dashboard.completionRank")),
                IntStream.range(0, episodes.size()).mapToObj(i -> {
                    EpisodeFigures episode = episodes.get(i);
                    int completionRank = byCompletion.indexOf(episode);
                    return new ChartTable.Row(episode.title(), episodeHref.apply(episode.episodeId()), List.of(
                            format.count(i + 1.0), format.count(episode.plays()), format.count(episode.downloads()),
                            format.listeningTime(episode.listenedSeconds()), format.share(episode.completion()),
                            completionRank < 0 ? format.text("insights.dashboard.unknown")
                                    : format.count(completionRank + 1.0)));
                }).toList());
        return new ChartFigure("chart-by-plays", title, chart.svg(), table, csvHref.apply(InsightsChart.EPISODES));
    }

    ChartFigure episodesByCompletion() {
        List<EpisodeFigures> ranked = report.byCompletion();
        String title = format.text("insights.dashboard.byCompletion.title");
        String summary = ranked.isEmpty() ? format.text("insights.dashboard.byCompletion.none")
                : format.text("insights.dashboard.byCompletion.summary", ranked.size(), ranked.get(0).title(),
                        format.share(ranked.get(0).completion().getAsDouble()));
        BarChart chart = new BarChart("chart-by-completion", title, summary,
                List.of(format.text("insights.dashboard.completion")), ranked.stream().limit(RANKED_IN_CHART)
                        .map(episode -> new BarChart.Category(episode.title(),
                                List.of(episode.completion().getAsDouble())))
                        .toList(), true, format::share);
        ChartTable table = new ChartTable(title, List.of(format.text("insights.dashboard.episode"),
                format.text("insights.dashboard.rank"), format.text("insights.dashboard.completion"),
                format.text("insights.dashboard.plays")), IntStream.range(0, ranked.size()).mapToObj(i -> {
                    EpisodeFigures episode = ranked.get(i);
                    return new ChartTable.Row(episode.title(), episodeHref.apply(episode.episodeId()), List.of(
                            format.count(i + 1.0), format.share(episode.completion()), format.count(episode.plays())));
                }).toList());
        return new ChartFigure("chart-by-completion", title, chart.svg(), table, csvHref.apply(InsightsChart.EPISODES));
    }

    private String placeName(Place place) {
        return place.kind() == PlaceKind.PORTAL || place.kind() == PlaceKind.APP ? place.name()
                : format.text("insights.dashboard.place." + place.kind().name());
    }

    private String clientName(ClientFigures client) {
        return format.text("insights.dashboard.clientClass." + client.clientClass().name());
    }

    private static String chaptersStarting(List<ChapterStart> chapters, int minute) {
        return chapters.stream().filter(chapter -> chapter.startMillis() / 60_000 == minute)
                .sorted(Comparator.comparingLong(ChapterStart::startMillis)).map(ChapterStart::title)
                .collect(Collectors.joining("; "));
    }

    private static List<Double> values(List<DayCounts> days, ToLongFunction<DayCounts> figure) {
        return days.stream().map(day -> (double) figure.applyAsLong(day)).toList();
    }
}
