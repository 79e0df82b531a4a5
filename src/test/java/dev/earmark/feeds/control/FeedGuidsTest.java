package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedGuidsTest {

    /** The example of the podcast namespace's documentation (podcasting2.org, tag "guid"). */
    @Test
    void theNamespacesPublishedExample() {
        assertEquals(UUID.fromString("917393e3-1b1e-5cef-ace4-edaa54e1f810"),
                FeedGuids.ofFeedUrl("mp3s.nashownotes.com/pc20rss.xml"));
    }

    @Test
    void schemeAndTrailingSlashesDoNotCount() {
        UUID plain = FeedGuids.ofFeedUrl("mp3s.nashownotes.com/pc20rss.xml");
        assertEquals(plain, FeedGuids.ofFeedUrl("https://mp3s.nashownotes.com/pc20rss.xml"));
        assertEquals(plain, FeedGuids.ofFeedUrl("http://mp3s.nashownotes.com/pc20rss.xml//"));
    }

    /** RFC 9562's own UUIDv5 example: "www.example.com" in the DNS namespace. */
    @Test
    void rfc9562Example() {
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
                FeedGuids.nameBased(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    @Test
    void versionAndVariant() {
        UUID guid = FeedGuids.ofFeedUrl("example.com/feeds/x.xml");
        assertEquals(5, guid.version());
        assertEquals(2, guid.variant());
    }
}
