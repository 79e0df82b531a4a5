package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotionPageIdTest {

    private static final Optional<NotionPageId> EXPECTED = Optional.of(new NotionPageId("0123abcd-4567-89ef-0123-456789abcdef"));

    @Test
    void anIdWithOrWithoutHyphens() {
        assertEquals(EXPECTED, NotionPageId.parse("0123abcd456789ef0123456789abcdef"));
        assertEquals(EXPECTED, NotionPageId.parse(" 0123ABCD-4567-89EF-0123-456789ABCDEF "));
    }

    @Test
    void thePagesLinkAsNotionCopiesIt() {
        assertEquals(EXPECTED, NotionPageId.parse("https://www.notion.so/team/Podcast-notes-0123abcd456789ef0123456789abcdef?pvs=4"));
        assertEquals(EXPECTED, NotionPageId.parse("https://www.notion.so/0123abcd456789ef0123456789abcdef"));
        assertEquals(EXPECTED, NotionPageId.parse("https://team.notion.site/Notes-0123abcd456789ef0123456789abcdef#heading"));
    }

    @Test
    void anythingElseIsNoPage() {
        assertEquals(Optional.empty(), NotionPageId.parse("https://example.com/Notes-0123abcd456789ef0123456789abcdef"));
        assertEquals(Optional.empty(), NotionPageId.parse("https://www.notion.so/team/Podcast-notes"));
        assertEquals(Optional.empty(), NotionPageId.parse("0123abcd456789ef0123456789abcde"));
        assertEquals(Optional.empty(), NotionPageId.parse(""));
        assertEquals(Optional.empty(), NotionPageId.parse(null));
    }
}
