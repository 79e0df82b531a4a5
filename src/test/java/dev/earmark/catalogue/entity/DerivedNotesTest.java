package dev.earmark.catalogue.entity;

import static dev.earmark.testing.CpuTimeBound.withinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.demo.control.DemoShow;
import dev.earmark.notes.control.ShowNotes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DerivedNotesTest {

    private static final String NOTES = "<p>Hello <script>alert(1)</script><b>world</b>, see https://example.org/a.</p>"
            + "<p><strong>Timestamps:</strong><br>(0:00) Intro<br>(1:00) Outro</p><p>Thanks!</p>";

    /**
     * What the derivation makes of the demo show's notes, by {@link DerivedNotes#VERSION}: a derivation that makes
     * something else of them needs a new version, or stored notes would keep what the old one made.
     */
    private static final Map<Integer, String> FINGERPRINTS = Map.of(
            1, "4254aa01bf17bb8d3037b77f862725c0875c1a6595f2e1ebd80ace13a1a0f2a7");

    @Test
    void derivesWhatPagesShowOfTheNotes() {
        DerivedNotes derived = DerivedNotes.of(NOTES);

        assertEquals("<p>Hello <b>world</b>, see <a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">"
                + "https://example.org/a</a>.</p><p><strong>Timestamps:</strong><br />(0:00) Intro<br />(1:00) Outro</p>"
                + "<p>Thanks!</p>", derived.getHtml());
        assertEquals("<p>Hello <b>world</b>, see <a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">"
                + "https://example.org/a</a>.</p><p>Thanks!</p>", derived.getHtmlWithoutTimestamps());
        assertEquals("Hello world, see https://example.org/a. Thanks!", derived.getTeaser());
        assertEquals("Hello world, see https://example.org/a. Thanks!", derived.getSummary());
    }

    @Test
    void derivesWhatTheViewsDerivedOfTheDemoNotes() {
        for (String notes : demoNotes().toList()) {
            DerivedNotes derived = DerivedNotes.of(notes);

            assertEquals(ShowNotes.toSafeHtml(notes), derived.getHtml());
            assertEquals(ShowNotes.withoutTimestamps(notes), derived.getHtmlWithoutTimestamps());
            assertEquals(ShowNotes.teaser(notes, 420), derived.getTeaser());
            assertEquals(ShowNotes.teaser(notes, 200), derived.getSummary());
        }
    }

    @Test
    void cutsTheTeaserAndTheSummaryAtTheirLengths() {
        DerivedNotes derived = DerivedNotes.of("<p>" + "word ".repeat(200) + "</p>");

        assertEquals(DerivedNotes.TEASER_MAX, derived.getTeaser().length(), derived.getTeaser());
        assertTrue(derived.getTeaser().endsWith("word…"), derived.getTeaser());
        assertTrue(derived.getSummary().length() <= DerivedNotes.SUMMARY_MAX, derived.getSummary());
        assertTrue(derived.getTeaser().startsWith(derived.getSummary().replace("…", "")), derived.getSummary());
    }

    @Test
    void derivesNothingOfNoNotes() {
        DerivedNotes derived = DerivedNotes.of(null);

        assertEquals(List.of("", "", "", ""), List.of(derived.getHtml(), derived.getHtmlWithoutTimestamps(),
                derived.getTeaser(), derived.getSummary()));
        assertEquals("", DerivedNotes.summaryOf(null));
    }

    @Test
    void settingTheNotesDerivesThem() {
        Episode episode = new Episode(new Show(), "guid");
        assertEquals("", episode.getDerivedNotes().getHtml());

        episode.setDescription(NOTES);

        assertEquals(DerivedNotes.of(NOTES).getHtml(), episode.getDerivedNotes().getHtml());
        assertFalse(episode.getDerivedNotes().getHtml().contains("script"));
    }

    @Test
    void settingTheShowsDescriptionDerivesItsSummary() {
        Show show = new Show();
        assertEquals("", show.getSummary());

        show.setDescription("Talks about <em>software</em>.\n\nEvery week.");

        assertEquals("Talks about software. Every week.", show.getSummary());
    }

    /** The notes that took 12.6 s of CPU on every view before they were derived once, at the longest an episode keeps. */
    @Test
    void derivesHostileNotesInBoundedTime() {
        String hostile = "<p>" + "Chapters: ".repeat(40) + "0:01 a" + "-".repeat(5000) + "b 0:00</p>";
        String longest = hostile.repeat(Episode.DESCRIPTION_MAX / hostile.length());

        DerivedNotes derived = withinBound(() -> DerivedNotes.of(longest));

        assertTrue(derived.getTeaser().startsWith("Chapters: Chapters: "), derived.getTeaser());
    }

    @Test
    void versionNamesWhatTheDerivationMakes() {
        assertEquals(FINGERPRINTS.get(DerivedNotes.VERSION), fingerprint(), "what DerivedNotes makes of notes changed: "
                + "raise DerivedNotes.VERSION, so that deployments derive the stored notes again, and add its fingerprint");
    }

    private static String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Stream.concat(demoNotes(), Stream.of(NOTES, null, "")).forEach(notes -> {
                DerivedNotes derived = DerivedNotes.of(notes);
                Stream.of(derived.getHtml(), derived.getHtmlWithoutTimestamps(), derived.getTeaser(),
                        derived.getSummary(), DerivedNotes.summaryOf(notes))
                        .forEach(text -> sha256.update((text + '\0').getBytes(StandardCharsets.UTF_8)));
            });
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo show's description and its episodes' notes: real notes, of every kind the demo has. */
    private static Stream<String> demoNotes() {
        try (JsonReader reader = Json.createReader(DemoShow.resource("meta-tech-podcast.json"))) {
            JsonObject demo = reader.readObject();
            return Stream.concat(Stream.of(demo.getJsonObject("show")),
                            demo.getJsonArray("episodes").getValuesAs(JsonObject.class).stream())
                    .map(described -> described.getString("description"))
                    .toList().stream();
        }
    }
}
