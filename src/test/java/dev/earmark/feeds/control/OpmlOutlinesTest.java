package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.platform.control.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlOutlinesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryOutlineWithAFeedNestedOrNotOncePerAddress() {
        List<OpmlOutlines.Entry> entries = OpmlOutlines.read(bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>My podcasts</title></head><body>
                  <outline text="Tech" title="Tech">
                    <outline type="rss" text="Deep Dive" title="Deep Dive" xmlUrl="https://feeds.example/deep.xml"/>
                    <outline text="More"><outline type="rss" text="Inner" xmlUrl="https://feeds.example/inner.xml"/></outline>
                  </outline>
                  <outline type="rss" text="Deep again" xmlUrl="https://feeds.example/deep.xml"/>
                  <outline type="link" text="A page" url="https://example.org/"/>
                  <outline type="rss" text="Old" xmlUrl="http://old.example/rss"/>
                </body></opml>
                """));

        assertEquals(List.of(new OpmlOutlines.Entry("Deep Dive", "https://feeds.example/deep.xml"),
                new OpmlOutlines.Entry("Inner", "https://feeds.example/inner.xml"),
                new OpmlOutlines.Entry("Old", "http://old.example/rss")), entries);
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <opml version="2.0"><head><title>&secret;</title></head><body>
                  <outline type="rss" text="&secret;" xmlUrl="https://feeds.example/a.xml"/></body></opml>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <opml version="2.0"><head><title>&lol3;</title></head><body/></opml>
                """;

        assertEquals("feeds.opml.unreadable", assertThrows(InvalidParameterException.class,
                () -> OpmlOutlines.read(bytes(xxe))).messageKey());
        assertEquals("feeds.opml.unreadable", assertThrows(InvalidParameterException.class,
                () -> OpmlOutlines.read(bytes(laughs))).messageKey());
    }

    @Test
    void whatIsNoOpmlOrListsTooManyFeedsIsRefused() {
        StringBuilder many = new StringBuilder("<opml version=\"2.0\"><head/><body>");
        for (int i = 0; i <= OpmlOutlines.MAX_OUTLINES; i++) {
            many.append("<outline type=\"rss\" text=\"f").append(i).append("\" xmlUrl=\"https://feeds.example/").append(i)
                    .append(".xml\"/>");
        }
        many.append("</body></opml>");

        assertEquals("feeds.opml.tooMany", assertThrows(InvalidParameterException.class,
                () -> OpmlOutlines.read(bytes(many.toString()))).messageKey());
        assertEquals("feeds.opml.unreadable", assertThrows(InvalidParameterException.class,
                () -> OpmlOutlines.read(bytes("not xml at all"))).messageKey());
        assertEquals("feeds.opml.notOpml", assertThrows(InvalidParameterException.class,
                () -> OpmlOutlines.read(bytes("<rss version=\"2.0\"><channel><title>x</title></channel></rss>"))).messageKey());
    }
}
