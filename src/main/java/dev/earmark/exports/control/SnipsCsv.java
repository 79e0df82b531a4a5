package dev.earmark.exports.control;

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
 * Snips as CSV for spreadsheets (RFC 4180): a header row, a row per snip, fields separated by commas and quoted where
 * they hold a comma, quote or line break, lines ended by CRLF. Times are "H:MM:SS", which spreadsheets read as
 * durations; dates and times UTC. A text starting as a formula would ({@code = + - @}, tab, carriage return) gets an
 * apostrophe before it, so that no spreadsheet runs it (OWASP's advice against CSV injection). The caller writes
 * {@link #BYTE_ORDER_MARK} first: Excel reads UTF-8 only with it.
 */
public final class SnipsCsv {

    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final List<String> COLUMNS = List.of("show", "episode", "date", "start", "end", "link", "title",
            "takeaways", "excerpt", "note", "tags", "created");
    private static final String FORMULA_STARTS = "=+-@\t\r";
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
            out.write(fields.stream().map(SnipsCsv::field).collect(Collectors.joining(",", "", "\r\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field as a cell: neutralised if it would start a formula, quoted if it needs to be. */
    static String field(String value) {
        String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(value);
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** "0:12:34": hours always, so that no spreadsheet takes minutes for hours. */
    static String duration(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
