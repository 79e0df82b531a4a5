package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.platform.control.BaseUrl;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalAddressesTest {

    private static final Optional<String> TOKEN = Optional.of("Ab_-9");

    @Test
    void theTokenJoinsTheQuery() {
        assertEquals("https://e.example/feeds/tea.xml?token=Ab_-9",
                PersonalAddresses.of("https://e.example/feeds/tea.xml", TOKEN));
        assertEquals("https://e.example/media/7/a.mp3?v=2&token=Ab_-9",
                PersonalAddresses.of("https://e.example/media/7/a.mp3?v=2", TOKEN));
        assertEquals("https://e.example/media/7/a.mp3?token=Ab_-9#t=10",
                PersonalAddresses.of("https://e.example/media/7/a.mp3#t=10", TOKEN));
    }

    @Test
    void withoutATokenTheAddressIsAsItWas() {
        assertEquals("https://e.example/feeds/tea.xml", PersonalAddresses.of("https://e.example/feeds/tea.xml",
                Optional.empty()));
    }

    @Test
    void onlyEarmarksOwnAddressesGetTheToken() {
        BaseUrl base = new BaseUrl("https", "e.example", 443, "/earmark");

        assertEquals("https://e.example/earmark/media/7/a.mp3?token=Ab_-9",
                PersonalAddresses.ofOwn(base, "https://e.example/earmark/media/7/a.mp3", TOKEN));
        assertEquals("https://cdn.example/earmark/a.mp3", PersonalAddresses.ofOwn(base, "https://cdn.example/earmark/a.mp3", TOKEN));
        assertEquals("https://e.example/other/a.mp3", PersonalAddresses.ofOwn(base, "https://e.example/other/a.mp3", TOKEN));
        assertEquals(null, PersonalAddresses.ofOwn(base, null, TOKEN));
    }
}
