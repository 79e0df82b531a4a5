package dev.earmark.feeds.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedTokenAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/tea.xml", "/feeds/shows.opml", "/feeds/tea/12/chapters.json", "/media/7",
            "/media/7/episode%201.mp3", "/api/transcripts/12.vtt"})
    void theFeedsAndTheFilesTheyName(String path) {
        assertTrue(FeedTokenAccess.isFeedFile(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/shows/tea", "/subscribe", "/api/shows", "/api/shows/tea", "/api/snips",
            "/api/transcripts/12", "/api/transcripts/12.vtt/x", "/api/transcripts/012.vtt", "/api/positions/12",
            "/feeds/Tea.xml", "/feeds/tea.xml/", "/feeds/", "/feeds/tea", "/snips", "/admin/", "/m/abc",
            "/search", "/feeds/subscribe.xhtml", "/media/"})
    void nothingElse(String path) {
        assertFalse(FeedTokenAccess.isFeedFile(path), path);
    }
}
