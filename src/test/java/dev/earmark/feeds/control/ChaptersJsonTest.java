package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Chapter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersJsonTest {

    @Test
    void chaptersAsPodcastingJsonChapters() {
        assertEquals("{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"Start\"},"
                + "{\"startTime\":62.5,\"title\":\"Links \\\"here\\\"\",\"url\":\"https://example.com/\"},"
                + "{\"startTime\":2485,\"title\":\"Rebound\"}]}",
                ChaptersJson.of(List.of(new Chapter(0, "Start", null),
                        new Chapter(62_500, "Links \"here\"", "https://example.com/"), new Chapter(2_485_000, "Rebound", null))));
    }
}
