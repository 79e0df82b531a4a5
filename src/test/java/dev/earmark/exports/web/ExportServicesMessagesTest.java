package dev.earmark.exports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.platform.control.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The send button and its confirmation count the snips in words, none and one included. */
class ExportServicesMessagesTest {

    @Test
    void noneOneAndManySnips() {
        assertEquals("Send no snips to Notion", Messages.format(Locale.ENGLISH, "exports.services.send", 0, "Notion"));
        assertEquals("Send one snip to Notion", Messages.format(Locale.ENGLISH, "exports.services.send", 1, "Notion"));
        assertEquals("Send 1,200 snips to Notion", Messages.format(Locale.ENGLISH, "exports.services.send", 1200, "Notion"));
        assertEquals("Sending no snips to Readwise in the background. Reload the page to see how far it got.",
                Messages.format(Locale.ENGLISH, "exports.services.queued", 0, "Readwise"));
    }
}
