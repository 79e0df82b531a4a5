package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earmark.catalogue.entity.Chapter;
import dev.earmark.notes.control.ChapterMark;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersJsonTest {

    @Test
    void readsJsonChaptersInOrderLeavingOutSilentAndBrokenOnes() {
        String json = """
                {"version":"1.2","chapters":[
                  {"startTime":62.5,"title":"Guest <b>arrives</b>","url":"https://example.org/guest"},
                  {"startTime":0,"title":"Intro"},
                  {"startTime":30,"title":"Ad","toc":false},
                  {"startTime":90,"title":"Link","url":"javascript:alert(1)"},
                  {"startTime":"soon","title":"Broken"},
                  {"startTime":120},
                  {"startTime":62.5,"title":"Same start"}]}
                """;

        assertEquals(List.of(new ChapterMark(0, "Intro"),
                new ChapterMark(62_500, "Guest arrives", "https://example.org/guest"),
                new ChapterMark(90_000, "Link")), ChaptersJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesWhatIsNoChaptersFile() {
        for (String notChapters : List.of("[]", "{\"chapters\":3}", "<html/>", "")) {
            assertEquals("feeds.import.warn.badChapters", assertThrows(FeedRefusedException.class,
                    () -> ChaptersJson.read(notChapters.getBytes(StandardCharsets.UTF_8))).messageKey());
        }
    }

    @Test
    void chaptersAsPodcastingJsonChapters() {
        assertEquals("{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"Start\"},"
                + "{\"startTime\":62.5,\"title\":\"Links \\\"here\\\"\",\"url\":\"https://example.com/\"},"
                + "{\"startTime\":2485,\"title\":\"Rebound\"}]}",
                ChaptersJson.of(List.of(new Chapter(0, "Start", null),
                        new Chapter(62_500, "Links \"here\"", "https://example.com/"), new Chapter(2_485_000, "Rebound", null))));
    }
}
