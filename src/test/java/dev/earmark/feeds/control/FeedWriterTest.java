package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.AudioEnclosure;
import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.EpisodeType;
import dev.earmark.catalogue.entity.Person;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.BaseUrl;
import dev.earmark.testing.StoredIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedWriterTest {

    private static final BaseUrl BASE = new BaseUrl("https", "podcasts.example.com", 443, "/earmark");
    private static final String MARK = "MARK1234";

    @Test
    void aShowsFeedKeepsApplesRules() {
        String xml = write(show(), MARK);
        assertEquals(List.of(), ApplePodcastRules.check(xml.replace(MARK, "").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void channelCarriesTheItunesAndPodcastTags() {
        String xml = write(show(), "");
        assertTrue(xml.contains("<itunes:category text=\"Technology\"></itunes:category>"), xml);
        assertFalse(xml.contains("Not Apple"), xml);
        assertFalse(xml.contains("<width>"), xml);
        assertTrue(xml.contains("<itunes:category text=\"Society &amp; Culture\"><itunes:category text=\"Documentary\""),
                xml);
        assertTrue(xml.contains("<itunes:explicit>false</itunes:explicit>"), xml);
        assertTrue(xml.contains("<itunes:type>serial</itunes:type>"), xml);
        assertTrue(xml.contains("<podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>"), xml);
        assertTrue(xml.contains("<podcast:locked owner=\"owner@example.com\">yes</podcast:locked>"), xml);
        assertTrue(xml.contains("<podcast:person role=\"host\" href=\"https://example.com/ada\">Ada</podcast:person>"),
                xml);
        assertTrue(xml.contains("<itunes:image href=\"https://podcasts.example.com/earmark/media/11/art.png\""), xml);
        assertTrue(xml.contains("<itunes:name>Owner</itunes:name>"), xml);
        assertEquals(1, count(xml, "xmlns:podcast="), "declared once, on the root");
        assertEquals(0, count(xml, "<dc:date"), "pubDate says it");
        assertFalse(xml.contains("<itunes:keywords"), xml);
    }

    @Test
    void itemCarriesEnclosureChaptersTranscriptsAndSoundbites() {
        String xml = write(show(), "");
        assertTrue(xml.contains("<enclosure url=\"https://podcasts.example.com/earmark/media/21/one.mp3\" "
                + "length=\"123456\" type=\"audio/mpeg\""), xml);
        assertTrue(xml.contains("<guid isPermaLink=\"false\">guid-one</guid>"), xml);
        assertTrue(xml.contains("<pubDate>Fri, 16 Feb 2024 10:00:00 GMT</pubDate>"), xml);
        assertTrue(xml.contains("<itunes:duration>1:01:01</itunes:duration>"), xml);
        assertTrue(xml.contains("<itunes:episodeType>full</itunes:episodeType>"), xml);
        assertTrue(xml.contains("<itunes:episode>7</itunes:episode>"), xml);
        assertTrue(xml.contains("<itunes:season>2</itunes:season>"), xml);
        assertTrue(xml.contains("version=\"1.2\""), xml);
        assertTrue(xml.contains("start=\"00:01:02.500\" title=\"Intro &amp; more\""), xml);
        assertTrue(xml.contains("<podcast:chapters url=\"https://podcasts.example.com/earmark/feeds/tech/31/chapters.json\" "
                + "type=\"application/json+chapters\""), xml);
        assertTrue(xml.contains("<podcast:transcript url=\"https://podcasts.example.com/earmark/media/22/one.srt\" "
                + "type=\"application/x-subrip\" language=\"en\""), xml);
        assertTrue(xml.contains("<podcast:transcript url=\"https://podcasts.example.com/earmark/api/transcripts/31.vtt\" "
                + "type=\"text/vtt\" language=\"en\" rel=\"captions\""), xml);
        assertTrue(xml.contains("<podcast:soundbite startTime=\"62.5\" duration=\"15\">Why it works</podcast:soundbite>"),
                xml);
        assertTrue(xml.contains("<content:encoded><![CDATA[") || xml.contains("<content:encoded>&lt;p&gt;"), xml);
        assertTrue(xml.contains("<link>https://podcasts.example.com/earmark/shows/tech/episodes/one</link>"), xml);
    }

    @Test
    void anExternalEnclosureIsLinkedAsItIs() {
        String xml = write(show(), "");
        assertTrue(xml.contains("<enclosure url=\"https://cdn.example.org/two.m4a\" length=\"99\" type=\"audio/mp4\""),
                xml);
    }

    @Test
    void tokensGoAfterEveryFileUrlAndNowhereElse() throws IOException {
        String mark = "EARMARK-TOKEN-abc";
        String marked = write(show(), mark);
        RenderedFeed feed = RenderedFeed.of(marked.getBytes(StandardCharsets.UTF_8), mark);
        assertEquals(marked.replace(mark, ""), new String(feed.whole(), StandardCharsets.UTF_8));
        ByteArrayOutputStream personal = new ByteArrayOutputStream();
        feed.writeWithToken("s3cr/t", personal);
        String xml = personal.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("/media/21/one.mp3?token=s3cr%2Ft\""), xml);
        assertTrue(xml.contains("/chapters.json?token=s3cr%2Ft\""), xml);
        assertTrue(xml.contains("/api/transcripts/31.vtt?token=s3cr%2Ft\""), xml);
        assertTrue(xml.contains("/media/11/art.png?token=s3cr%2Ft"), xml);
        assertTrue(xml.contains("https://cdn.example.org/two.m4a\""), "an address elsewhere gets no token: " + xml);
        assertTrue(xml.contains("/shows/tech/episodes/one</link>"), "pages are for signed-in browsers: " + xml);
    }

    private static String write(Show show, String mark) {
        Episode one = episode(show, 31, "guid-one", "one", Instant.parse("2024-02-16T10:00:00Z"));
        one.setDurationSeconds(3661);
        one.setSeason(2);
        one.setNumber(7);
        one.setDescription("<p>Notes with <b>bold</b> words.</p>");
        one.setAudioFile(file(21, "one.mp3", "audio/mpeg", 123_456));
        one.setTranscript(file(22, "one.srt", "application/x-subrip", 500));
        Episode two = episode(show, 32, "guid-two", "two", Instant.parse("2024-01-16T10:00:00Z"));
        two.setEpisodeType(EpisodeType.BONUS);
        two.setAudio(new AudioEnclosure("https://cdn.example.org/two.m4a", "audio/mp4", 99L));
        two.setDurationSeconds(59);
        List<Chapter> chapters = List.of(new Chapter(0, "Start", null), new Chapter(62_500, "Intro & more",
                "https://example.com/intro"));
        FeedContent content = new FeedContent(show, "917393e3-1b1e-5cef-ace4-edaa54e1f810", List.of(
                new FeedEpisode(one, chapters, List.of(), List.of(Soundbite.of(62_500, 70_000, "Why it works", 3_661_000))),
                new FeedEpisode(two, List.of(), List.of(new Person("Guest", "guest", "cast", null, null)), List.of())));
        return new String(new FeedWriter(new FeedAddresses(BASE, mark)).write(content), StandardCharsets.UTF_8);
    }

    static Show show() {
        Show show = new Show();
        StoredIds.withId(show, 1);
        show.setSlug("tech");
        show.setTitle("Tech Talk");
        show.setDescription("Talks about technology.");
        show.setAuthor("Tech Team");
        show.setOwnerName("Owner");
        show.setOwnerEmail("owner@example.com");
        show.setCategories(List.of("Technology", "Documentary", "Not Apple's"));
        show.setType(dev.earmark.catalogue.entity.ShowType.SERIAL);
        show.setFeedLocked(true);
        show.setArtwork(file(11, "art.png", "image/png", 1000));
        show.setPeople(List.of(new Person("Ada", "host", null, null, "https://example.com/ada")));
        return show;
    }

    private static Episode episode(Show show, long id, String guid, String slug, Instant published) {
        Episode episode = new Episode(show, guid);
        StoredIds.withId(episode, id);
        episode.setSlug(slug);
        episode.setTitle("Episode " + slug);
        episode.setStatus(EpisodeStatus.PUBLISHED);
        episode.setPublishedAt(published);
        return episode;
    }

    private static MediaFile file(long id, String name, String type, long length) {
        return StoredIds.withId(new MediaFile("key-" + id, name, type, length, "0".repeat(64), Instant.EPOCH), id);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
