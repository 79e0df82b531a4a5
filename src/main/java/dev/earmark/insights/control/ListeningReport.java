package dev.earmark.insights.control;

import dev.earmark.insights.entity.ListeningContext;
import dev.earmark.insights.entity.ListeningEvent;
import dev.earmark.platform.control.Settings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a player reports of one page view's listening, as its beacon sends it:
 * {@code {"episode": 42, "view": "…", "context": "earmark", "origin": "https://portal.example.com", "ranges": [[12.0,
 * 41.5], [60, 75.2]]}}. Read strictly: every member the player sends must be there and well formed (members it does
 * not send are ignored, as elsewhere in the API); a failure names the member.
 *
 * @param origin the portal's origin the player names for an embed, "" when it names none
 */
public record ListeningReport(long episodeId, String viewKey, ListeningContext context, String origin,
        List<PlayedRange> ranges) {

    /** More than a player sends between two reports however it is used (it reports at least every few minutes). */
    public static final int MAX_RANGES = 50;
    private static final Pattern VIEW_KEY = Pattern.compile("[A-Za-z0-9_-]{16," + ListeningEvent.VIEW_KEY_LENGTH + "}");
    private static final Map<String, ListeningContext> CONTEXTS = Map.of("earmark", ListeningContext.EARMARK,
            "embed", ListeningContext.EMBED, "moment", ListeningContext.MOMENT);
    /** Made once: finding the provider on every call costs a service lookup, and every beacon is parsed. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Seconds of the episode as the player measured them. */
    public record PlayedRange(double start, double end) {
    }

    public ListeningReport {
        ranges = List.copyOf(ranges);
    }

    /** @throws InvalidReportException naming the first member that is missing or not as the player sends it */
    public static ListeningReport parse(byte[] json) {
        JsonObject report;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
            report = reader.readObject();
        } catch (RuntimeException notAnObject) {
            // JsonException for what is no JSON object; Parsson refuses deep nesting with a plain RuntimeException.
            throw new InvalidReportException("insights.beacon.error.malformed");
        }
        ListeningContext context = context(report.get("context"));
        return new ListeningReport(episode(report.get("episode")), viewKey(report.get("view")), context,
                origin(report.get("origin"), context), ranges(report.get("ranges")));
    }

    /**
     * The ranges in whole seconds, as stored: each start rounded down and each end up, so that no second heard is
     * lost, then those that overlap or meet joined, in the order of the episode.
     *
     * @param latestEnd the latest end a range may have, in seconds (the episode's end and some slack)
     * @throws InvalidReportException for the first range that ends later
     */
    public List<HeardRange> heard(double latestEnd) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).end() > latestEnd) {
                throw new InvalidReportException("insights.beacon.error.beyondEnd", i + 1, latestEnd);
            }
        }
        List<HeardRange> whole = ranges.stream()
                .map(range -> new HeardRange((int) Math.floor(range.start()), (int) Math.ceil(range.end())))
                .sorted(Comparator.comparingInt(HeardRange::startSecond))
                .toList();
        List<HeardRange> joined = new ArrayList<>();
        for (HeardRange range : whole) {
            HeardRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && range.startSecond() <= last.endSecond()) {
                joined.set(joined.size() - 1,
                        new HeardRange(last.startSecond(), Math.max(last.endSecond(), range.endSecond())));
            } else {
                joined.add(range);
            }
        }
        return joined;
    }

    private static long episode(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                if (id > 0) {
                    return id;
                }
            } catch (ArithmeticException tooLarge) {
                // refused below like any other number that is no id
            }
        }
        throw new InvalidReportException("insights.beacon.error.episode");
    }

    private static String viewKey(JsonValue value) {
        if (value instanceof JsonString text && VIEW_KEY.matcher(text.getString()).matches()) {
            return text.getString();
        }
        throw new InvalidReportException("insights.beacon.error.view");
    }

    private static ListeningContext context(JsonValue value) {
        ListeningContext context = value instanceof JsonString text ? CONTEXTS.get(text.getString()) : null;
        if (context == null) {
            throw new InvalidReportException("insights.beacon.error.context");
        }
        return context;
    }

    /** Only an embed names an origin; a player that cannot tell its portal's sends none, or "". */
    private static String origin(JsonValue value, ListeningContext context) {
        if (value == null || value == JsonValue.NULL || value instanceof JsonString text && text.getString().isEmpty()) {
            return "";
        }
        if (context == ListeningContext.EMBED && value instanceof JsonString text
                && text.getString().length() <= ListeningEvent.ORIGIN_LENGTH && Settings.isOrigin(text.getString())) {
            return text.getString();
        }
        throw new InvalidReportException("insights.beacon.error.origin");
    }

    private static List<PlayedRange> ranges(JsonValue value) {
        if (!(value instanceof JsonArray list) || list.isEmpty() || list.size() > MAX_RANGES) {
            throw new InvalidReportException("insights.beacon.error.rangeCount", MAX_RANGES);
        }
        List<PlayedRange> ranges = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            ranges.add(range(list.get(i), i + 1));
        }
        return ranges;
    }

    private static PlayedRange range(JsonValue value, int position) {
        if (value instanceof JsonArray pair && pair.size() == 2 && pair.get(0) instanceof JsonNumber first
                && pair.get(1) instanceof JsonNumber second) {
            // A number too large for a double reads as infinite.
            double start = first.doubleValue();
            double end = second.doubleValue();
            if (Double.isFinite(start) && Double.isFinite(end) && start >= 0 && start < end) {
                return new PlayedRange(start, end);
            }
        }
        throw new InvalidReportException("insights.beacon.error.range", position);
    }
}
