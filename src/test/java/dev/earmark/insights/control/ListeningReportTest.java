package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.insights.control.ListeningReport.PlayedRange;
import dev.earmark.insights.entity.ListeningContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListeningReportTest {

    private static final String VIEW = "k3Jf_9-aQ2xZ7pLm";

    @Test
    void readsWhatThePlayerSends() {
        ListeningReport report = parse("{\"episode\": 42, \"view\": \"" + VIEW + "\", \"context\": \"embed\","
                + " \"origin\": \"https://portal.example.com\", \"ranges\": [[12.0, 41.5], [60, 75.2]]}");

        assertEquals(42, report.episodeId());
        assertEquals(VIEW, report.viewKey());
        assertEquals(ListeningContext.EMBED, report.context());
        assertEquals("https://portal.example.com", report.origin());
        assertEquals(List.of(new PlayedRange(12, 41.5), new PlayedRange(60, 75.2)), report.ranges());
    }

    @Test
    void everyContextByItsName() {
        assertEquals(ListeningContext.EARMARK, parse(report("earmark", "[[0, 1]]")).context());
        assertEquals(ListeningContext.MOMENT, parse(report("moment", "[[0, 1]]")).context());
        assertEquals("", parse(report("earmark", "[[0, 1]]")).origin());
    }

    @Test
    void anEmbedMayNameNoOrigin() {
        assertEquals("", parse(report("embed", "[[0, 1]]")).origin());
        assertEquals("", parse("{\"episode\": 1, \"view\": \"" + VIEW + "\", \"context\": \"embed\", \"origin\": null,"
                + " \"ranges\": [[0, 1]]}").origin());
        assertEquals("", parse("{\"episode\": 1, \"view\": \"" + VIEW + "\", \"context\": \"embed\", \"origin\": \"\","
                + " \"ranges\": [[0, 1]]}").origin());
    }

    @Test
    void membersThePlayerDoesNotSendAreIgnored() {
        assertEquals(7, parse("{\"episode\": 7, \"view\": \"" + VIEW + "\", \"context\": \"earmark\","
                + " \"ranges\": [[0, 1]], \"later\": {\"a\": [1, 2]}}").episodeId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "42", "\"text\"", "{\"episode\": 1", "null"})
    void refusesWhatIsNoJsonObject(String body) {
        assertRefused("insights.beacon.error.malformed", body);
    }

    @Test
    void refusesDeepNestingAsMalformed() {
        String deep = "[".repeat(4000) + "]".repeat(4000);
        assertRefused("insights.beacon.error.malformed", deep);
        assertRefused("insights.beacon.error.malformed", "{\"x\": " + deep + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1.5", "\"42\"", "null", "99999999999999999999", "true"})
    void refusesAnEpisodeThatIsNoId(String episode) {
        assertRefused("insights.beacon.error.episode", "{\"episode\": " + episode + ", \"view\": \"" + VIEW
                + "\", \"context\": \"earmark\", \"ranges\": [[0, 1]]}");
    }

    @Test
    void refusesAMissingEpisode() {
        assertRefused("insights.beacon.error.episode", "{\"view\": \"" + VIEW + "\", \"context\": \"earmark\","
                + " \"ranges\": [[0, 1]]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"short\"", "\"0123456789abcdef0123456789abcdef0\"", "\"0123456789abcdef!\"",
        "\"0123456789abcdéf\"", "12345678901234567", "null"})
    void refusesAViewKeyOfAnotherShape(String view) {
        assertRefused("insights.beacon.error.view", "{\"episode\": 1, \"view\": " + view
                + ", \"context\": \"earmark\", \"ranges\": [[0, 1]]}");
    }

    @Test
    void takesViewKeysOf16To32Characters() {
        assertEquals("a".repeat(16), parse(report("a".repeat(16), "earmark", "[[0, 1]]")).viewKey());
        assertEquals("-_".repeat(16), parse(report("-_".repeat(16), "earmark", "[[0, 1]]")).viewKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"EARMARK\"", "\"page\"", "\"\"", "1", "null"})
    void refusesAnUnknownContext(String context) {
        assertRefused("insights.beacon.error.context", "{\"episode\": 1, \"view\": \"" + VIEW + "\", \"context\": "
                + context + ", \"ranges\": [[0, 1]]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"portal.example.com\"", "\"https://portal.example.com/page\"", "\"javascript:alert(1)\"",
        "\"https://user@portal.example.com\"", "42"})
    void refusesAnOriginThatIsNone(String origin) {
        assertRefused("insights.beacon.error.origin", "{\"episode\": 1, \"view\": \"" + VIEW
                + "\", \"context\": \"embed\", \"origin\": " + origin + ", \"ranges\": [[0, 1]]}");
    }

    @Test
    void refusesAnOriginOutsideAnEmbedAndOneTooLongToStore() {
        assertRefused("insights.beacon.error.origin", "{\"episode\": 1, \"view\": \"" + VIEW
                + "\", \"context\": \"earmark\", \"origin\": \"https://portal.example.com\", \"ranges\": [[0, 1]]}");
        assertRefused("insights.beacon.error.origin", "{\"episode\": 1, \"view\": \"" + VIEW
                + "\", \"context\": \"embed\", \"origin\": \"https://" + "a".repeat(250) + ".com\", \"ranges\": [[0, 1]]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "{}", "\"0-1\""})
    void refusesRangesThatAreNoListOfRanges(String ranges) {
        assertRefused("insights.beacon.error.rangeCount", report("earmark", ranges));
    }

    @Test
    void takesFiftyRangesAndNoMore() {
        assertEquals(50, parse(report("earmark", ranges(50))).ranges().size());
        InvalidReportException refused = assertThrows(InvalidReportException.class,
                () -> parse(report("earmark", ranges(51))));
        assertEquals("The report's \"ranges\" must be a list of 1 to 50 ranges.",
                refused.localizedMessage(Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[5, 5]]", "[[6, 5]]", "[[-1, 5]]", "[[0]]", "[[0, 1, 2]]", "[[\"0\", 1]]",
        "[[0, null]]", "[[0, 1e400]]", "[[1e400, 1e401]]", "[5]", "[0, 1]"})
    void refusesARangeThatIsNone(String ranges) {
        assertRefused("insights.beacon.error.range", report("earmark", ranges));
    }

    @Test
    void namesTheRangeAtFault() {
        InvalidReportException refused = assertThrows(InvalidReportException.class,
                () -> parse(report("earmark", "[[0, 1], [2, 3], [9, 4]]")));
        assertEquals(List.of(3), List.of(refused.arguments()));
    }

    @Test
    void storesWholeSecondsWithEverySecondHeard() {
        ListeningReport report = parse(report("earmark", "[[12.0, 41.5], [60, 75.2], [0.9, 1.1]]"));

        assertEquals(List.of(new HeardRange(0, 2), new HeardRange(12, 42), new HeardRange(60, 76)),
                report.heard(2462));
    }

    @Test
    void joinsRangesThatOverlapOrMeetOnceRounded() {
        ListeningReport report = parse(report("earmark", "[[30, 40], [10, 20.2], [20.5, 25], [35, 38], [41, 50]]"));

        assertEquals(List.of(new HeardRange(10, 25), new HeardRange(30, 40), new HeardRange(41, 50)),
                report.heard(100));
    }

    @Test
    void refusesARangeBeyondTheEnd() {
        ListeningReport report = parse(report("earmark", "[[0, 10], [2450, 2462.5]]"));

        assertEquals(List.of(new HeardRange(0, 10), new HeardRange(2450, 2463)), report.heard(2462.5));
        InvalidReportException refused = assertThrows(InvalidReportException.class, () -> report.heard(2462));
        assertEquals("insights.beacon.error.beyondEnd", refused.messageKey());
        assertEquals(2, refused.arguments()[0]);
        assertEquals("Range 2 of the report ends after the episode does (at 2462 s).",
                refused.localizedMessage(Locale.ENGLISH));
    }

    private static String report(String context, String ranges) {
        return report(VIEW, context, ranges);
    }

    private static String report(String view, String context, String ranges) {
        return "{\"episode\": 1, \"view\": \"" + view + "\", \"context\": \"" + context + "\", \"ranges\": " + ranges + "}";
    }

    private static String ranges(int count) {
        return IntStream.range(0, count).mapToObj(i -> "[" + i * 10 + ", " + (i * 10 + 5) + "]")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static ListeningReport parse(String json) {
        return ListeningReport.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String key, String json) {
        InvalidReportException refused = assertThrows(InvalidReportException.class, () -> parse(json), json);
        assertEquals(key, refused.messageKey(), json);
    }
}
