package dev.earmark.platform.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of CSV for spreadsheets (RFC 4180), the one writer of every CSV download (a listener's snips, curators'
 * listening figures): fields separated by commas and quoted where they hold a comma, quote or line break, lines ended
 * by CRLF. A text starting as a formula would ({@code = + - @}, tab, carriage return) gets an apostrophe before it, so
 * that no spreadsheet runs it (OWASP's advice against CSV injection): the texts of a file are often other people's
 * (titles, notes, a portal's origin). The caller writes {@link #BYTE_ORDER_MARK} first: Excel reads UTF-8 only with it.
 */
public final class CsvRows {

    public static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvRows() {
    }

    /** One record, its line break included. */
    public static String row(List<String> fields) {
        return fields.stream().map(CsvRows::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A field as a cell: neutralised if it would start a formula, quoted if it needs to be. */
    public static String field(String value) {
        String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(value);
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
