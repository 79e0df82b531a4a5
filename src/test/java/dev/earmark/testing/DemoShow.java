package dev.earmark.testing;

import dev.earmark.testing.server.WebClient;
import java.net.URL;

/** The demo show that every test server loads (earmark.demo-content), as tests from outside find it. */
public final class DemoShow {

    public static final String SLUG = "meta-tech-podcast";

    /** The ARCHIVE episode: 14 chapters, "Rebound" at 41:25 (2485 s). */
    public static final String ARCHIVE = "archive-from-facebook-home-to-instagram-stories";

    /** The ARCHIVE episode's page, below the application's URL. */
    public static final String ARCHIVE_PAGE = "shows/" + SLUG + "/episodes/" + ARCHIVE;

    private DemoShow() {
    }

    /** The ARCHIVE episode's id, which the database chose when it loaded the demo. */
    public static long archiveId(URL base) {
        return WebClient.anonymous(base).get("api/shows/" + SLUG + "/episodes?size=100").object()
                .getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> ARCHIVE.equals(item.getString("slug"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
