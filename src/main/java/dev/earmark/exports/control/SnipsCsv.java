package dev.earmark.exports.control;

import dev.earmark.platform.control.CsvRows;
import dev.earmark.snips.entity.Snip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Snips as CSV for spreadsheets ({@link CsvRows}: RFC 4180, formulas neutralised): a header row, a row per snip. Times
 * are "H:MM:SS", which spreadsheets read as durations; dates and times UTC. The caller writes
 * {@link CsvRows#BYTE_ORDER_MARK} first: Excel reads UTF-8 only with it.
 */
public final class SnipsCsv {

    public static final List<String> COLUMNS = List.of("show", "episode", "date", "start", "end", "link", "title",
            "takeaways", "excerpt", "note", "tags", "created");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final MomentLinks links;
    private final Writer out;

    public SnipsCsv(MomentLinks links, Writer out) {
        this.links = links;
        this.out = out;
    }

    public void header() {
        row(COLUMNS);
    }

    public void snip(Snip snip) {
        LocalDate date = EpisodeSnips.date(snip.getEpisode().getPublishedAt());
        row(List.of(snip.getEpisode().getShow().getTitle(), snip.getEpisode().getTitle(),
                date == null ? "" : date.toString(), duration(snip.getStartMillis()), duration(snip.getEndMillis()),
                links.moment(snip), snip.getTitle(), String.join("\n", snip.getTakeaways()),
                SnipText.turns(snip).stream()
                        .map(turn -> turn.speaker() == null ? turn.text() : turn.speaker() + ": " + turn.text())
                        .collect(Collectors.joining("\n")),
                snip.getNote(), String.join(", ", snip.getTags()), CREATED.format(snip.getCreatedAt())));
    }

    private void row(List<String> fields) {
        try {
            out.write(CsvRows.row(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "0:12:34": hours always, so that no spreadsheet takes minutes for hours. */
    static String duration(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
