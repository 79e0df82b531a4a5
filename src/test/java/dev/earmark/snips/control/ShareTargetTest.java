package dev.earmark.snips.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The share menu's plain links: each place's documented parameters, the link and title encoded once. */
class ShareTargetTest {

    private static final String URL = "https://podcasts.example.com/earmark/m/abcdefgh23";
    private static final String ENCODED_URL = "https%3A%2F%2Fpodcasts.example.com%2Fearmark%2Fm%2Fabcdefgh23";
    private static final String TITLE = "Ship it & measure it";
    private static final String ENCODED_TITLE = "Ship%20it%20%26%20measure%20it";

    @Test
    void eachPlaceGetsTheLinkAndTitleInItsOwnParameters() {
        Map<String, String> links = ShareTarget.of(URL, TITLE).stream()
                .collect(Collectors.toMap(ShareTarget::name, ShareTarget::href));
        assertEquals("mailto:?subject=" + ENCODED_TITLE + "&body=" + ENCODED_TITLE + "%20" + ENCODED_URL,
                links.get("email"));
        assertEquals("https://teams.microsoft.com/share?href=" + ENCODED_URL + "&msgText=" + ENCODED_TITLE,
                links.get("teams"));
        assertEquals("https://www.linkedin.com/sharing/share-offsite/?url=" + ENCODED_URL, links.get("linkedin"));
        assertEquals("https://x.com/intent/post?text=" + ENCODED_TITLE + "&url=" + ENCODED_URL, links.get("x"));
        assertEquals("https://wa.me/?text=" + ENCODED_TITLE + "%20" + ENCODED_URL, links.get("whatsapp"));
    }

    @Test
    void theLinksAreListedInTheMenusOrderAndDecodeBackToWhatWasShared() {
        List<ShareTarget> targets = ShareTarget.of(URL, "Straße, 50% & \"quotes\"?");
        assertEquals(List.of("email", "teams", "linkedin", "x", "whatsapp"),
                targets.stream().map(ShareTarget::name).toList());
        String whatsapp = URI.create(targets.get(4).href()).getQuery();
        assertEquals("text=Straße, 50% & \"quotes\"? " + URL, whatsapp, "one encoding, undone once");
    }
}
