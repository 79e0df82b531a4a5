package dev.earmark.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.control.CatalogueLinks;
import dev.earmark.catalogue.entity.DerivedNotes;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What listeners see of an episode's summary and topics: the show page's rows (the summary instead of the notes'
 * teaser, the topics as links to their search), the episode page (both above the notes; the meta description) and
 * the validators, which a stored summary changes. Summaries are plain text, escaped wherever they are shown.
 */
class EpisodeSummaryPagesIT extends ServerTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T10:00:00Z");
    private static final CatalogueLinks LINKS = new CatalogueLinks();
    private static final String SUMMARY = "<b>x</b> Learn how gossip spreads between peers, why rumours need no "
            + "leader, and where epidemic broadcast fails: slow links, partitions and the long tail of peers that "
            + "hear last. Then a look at anti-entropy repair and at how vineyards pass news along the rows.";
    private static final Pattern META_DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\"");

    private WebClient web;
    private Show show;
    private Episode summarised;
    private Episode plain;
    private String topic;

    @BeforeEach
    void showWithASummarisedAndAPlainEpisode() {
        // A word of its own, so that its search finds nothing of the demo or other tests.
        topic = "Gossip zq" + UUID.randomUUID().toString().replace("-", "");
        show = fixtures.show("Summaries");
        web = WebClient.anonymous(base);
        plain = fixtures.episode(show, "Plain", EpisodeStatus.PUBLISHED, DAY_ONE);
        summarised = fixtures.summarise(fixtures.episode(show, "Summarised", EpisodeStatus.PUBLISHED,
                DAY_ONE.plus(Duration.ofDays(1))), SUMMARY, List.of(topic, "<b>x</b>", "C++ & \"Loom\""));
    }

    @Test
    void theShowPageShowsTheSummaryElseTheTeaserAndTheTopicsAsLinks() {
        String page = page(LINKS.show(show));

        assertFalse(page.contains("<b>x</b>"), "summary and topics are escaped");
        assertTrue(page.contains("<p class=\"episode-teaser\">" + escaped(SUMMARY) + "</p>"), page);
        assertFalse(page.contains("Notes of Summarised"), "the summary replaces the teaser");
        assertTrue(page.contains("<p class=\"episode-teaser\">Notes of Plain</p>"), "no summary: the teaser");
        assertEquals(1, count(page, "<ul class=\"topic-list\" aria-label=\"Topics\">"), "only the summarised has topics");
        for (String each : List.of(topic, "<b>x</b>", "C++ & \"Loom\"")) {
            assertTrue(page.contains("<a class=\"topic\" href=\"" + base.getPath() + LINKS.topicSearch(each).substring(1)
                    + "\">" + escaped(each) + "</a>"), each + " in " + page);
        }
    }

    @Test
    void aTopicsLinkFindsItsEpisode() {
        WebClient.Reply results = web.get(LINKS.topicSearch(topic).substring(1));

        assertEquals(200, results.status());
        assertTrue(results.body().contains(base.getPath() + LINKS.episode(summarised).substring(1)), results.body());
        assertFalse(results.body().contains(base.getPath() + LINKS.episode(plain).substring(1)), results.body());
    }

    @Test
    void theEpisodePageShowsSummaryAndTopicsAboveTheNotes() {
        String page = page(LINKS.episode(summarised));

        assertFalse(page.contains("<b>x</b>"), "summary and topics are escaped");
        int summary = page.indexOf("<h2 id=\"summary-heading\">In short</h2>");
        int topics = page.indexOf("<ul class=\"topic-list\" aria-label=\"Topics\">");
        int notes = page.indexOf("id=\"notes-heading\"");
        assertTrue(summary > 0 && summary < topics && topics < notes, page);
        assertTrue(page.indexOf("<p class=\"episode-summary-text\">" + escaped(SUMMARY) + "</p>") > summary, page);
        assertTrue(page.contains("href=\"" + base.getPath() + LINKS.topicSearch(topic).substring(1) + "\""), page);
        String description = metaDescription(page);
        assertTrue(description.startsWith(escaped("<b>x</b> Learn how gossip")), description);
        assertTrue(description.endsWith("…") && description.length() < SUMMARY.length(), description);
        assertTrue(unescaped(description).length() <= DerivedNotes.SUMMARY_MAX, description);
    }

    @Test
    void anEpisodeWithoutSummaryKeepsItsPageAndItsNotesAsDescription() {
        String page = page(LINKS.episode(plain));

        assertFalse(page.contains("summary-heading") || page.contains("topic-list"), page);
        assertEquals("Notes of Plain", metaDescription(page));
    }

    @Test
    void aStoredSummaryChangesThePagesValidators() {
        String showTag = web.get(LINKS.show(show).substring(1)).header("ETag");
        String episodeTag = web.get(LINKS.episode(plain).substring(1)).header("ETag");
        assertEquals(304, conditional(LINKS.show(show), showTag), "unchanged: not modified");

        fixtures.summarise(plain, "Now with a summary.", List.of("Afterthoughts"));

        assertEquals(200, conditional(LINKS.show(show), showTag));
        assertEquals(200, conditional(LINKS.episode(plain), episodeTag));
        assertTrue(page(LINKS.show(show)).contains("Now with a summary."));
    }

    private int conditional(String path, String tag) {
        return web.send(web.request(path.substring(1)).header("If-None-Match", tag)).status();
    }

    private String page(String path) {
        WebClient.Reply reply = web.get(path.substring(1));
        assertEquals(200, reply.status(), path);
        return reply.body();
    }

    private static String metaDescription(String page) {
        Matcher matcher = META_DESCRIPTION.matcher(page);
        assertTrue(matcher.find(), page);
        return matcher.group(1);
    }

    private static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    /** As Faces writes text: the markup characters as entities (quotes only in attributes; the summary has none). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
