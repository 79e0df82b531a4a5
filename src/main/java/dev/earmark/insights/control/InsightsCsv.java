package dev.earmark.insights.control;

import dev.earmark.platform.control.CsvRows;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A chart's figures as CSV ({@link CsvRows}: RFC 4180, formulas neutralised, as titles and origins are other people's
 * text), for spreadsheets and scripts: column names that stay the same whatever the viewer's language, ISO dates,
 * plain numbers with a decimal point, shares from 0 to 1, an unknown completion empty.
 */
public final class InsightsCsv {

    private InsightsCsv() {
    }

    /** The columns of a chart's file. */
    public static List<String> columns(InsightsChart chart) {
        return switch (chart) {
            case DAYS -> List.of("date", "plays", "listeners", "downloads");
            case DROP_OFF -> List.of("minute", "listening_share", "chapters_starting");
            case PLACES -> List.of("place", "name", "plays", "downloads");
            case CLIENTS -> List.of("client_class", "plays", "downloads");
            case EPISODES -> List.of("episode_id", "title", "duration_seconds", "plays", "listener_days",
                    "listened_seconds", "heard_seconds", "downloads", "completion", "rank_by_plays", "rank_by_completion");
        };
    }

    /** The rows below the columns. */
    public static List<List<String>> rows(InsightsChart chart, InsightsReport report) {
        return switch (chart) {
            case DAYS -> report.days().stream().map(day -> List.of(day.day().toString(), String.valueOf(day.plays()),
                    String.valueOf(day.listeners()), String.valueOf(day.downloads()))).toList();
            case DROP_OFF -> dropOff(report);
            case PLACES -> report.places().stream().map(place -> List.of(placeKey(place.kind()), place.name(),
                    place.kind().isDownload() ? "" : String.valueOf(place.count()),
                    place.kind().isDownload() ? String.valueOf(place.count()) : "")).toList();
            case CLIENTS -> report.clients().stream().map(client -> List.of(
                    client.clientClass().name().toLowerCase(Locale.ROOT), String.valueOf(client.plays()),
                    String.valueOf(client.downloads()))).toList();
            case EPISODES -> episodes(report);
        };
    }

    public static void write(Writer out, InsightsChart chart, InsightsReport report) throws IOException {
        out.write(CsvRows.BYTE_ORDER_MARK);
        out.write(CsvRows.row(columns(chart)));
        for (List<String> row : rows(chart, report)) {
            out.write(CsvRows.row(row));
        }
        out.flush();
    }

    /** "insights-the-show-episode-12-days-2026-11-01-to-2026-11-30.csv": the slug and dates are safe in a name. */
    public static String fileName(String showSlug, Long episodeId, InsightsChart chart, DayRange range) {
        return "insights-" + showSlug + (episodeId == null ? "" : "-episode-" + episodeId) + "-" + chart.key() + "-"
                + range.from() + "-to-" + range.to() + ".csv";
    }

    /** "earmark", "portal", "unknown-embed", "moment", "app", "other-downloads". */
    public static String placeKey(PlaceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<List<String>> dropOff(InsightsReport report) {
        List<List<String>> rows = new ArrayList<>();
        report.episode().ifPresent(episode -> {
            Map<Long, String> chapters = episode.chapters().stream().collect(Collectors.groupingBy(
                    chapter -> chapter.startMillis() / 60_000, Collectors.mapping(ChapterStart::title,
                            Collectors.joining("\n"))));
            List<Double> shares = episode.dropOff().shares();
            for (int minute = 0; minute < shares.size(); minute++) {
                rows.add(List.of(String.valueOf(minute), decimal(shares.get(minute)),
                        chapters.getOrDefault((long) minute, "")));
            }
        });
        return rows;
    }

    private static List<List<String>> episodes(InsightsReport report) {
        List<EpisodeFigures> byCompletion = report.byCompletion();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.episodes().size(); i++) {
            EpisodeFigures episode = report.episodes().get(i);
            int completionRank = byCompletion.indexOf(episode);
            OptionalDouble completion = episode.completion();
            rows.add(List.of(String.valueOf(episode.episodeId()), episode.title(),
                    episode.durationSeconds() == null ? "" : String.valueOf(episode.durationSeconds()),
                    String.valueOf(episode.plays()), String.valueOf(episode.listeners()),
                    String.valueOf(episode.listenedSeconds()), String.valueOf(episode.heardSeconds()),
                    String.valueOf(episode.downloads()), completion.isPresent() ? decimal(completion.getAsDouble()) : "",
                    String.valueOf(i + 1), completionRank < 0 ? "" : String.valueOf(completionRank + 1)));
        }
        return rows;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
