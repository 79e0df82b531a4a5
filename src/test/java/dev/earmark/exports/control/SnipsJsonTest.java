package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earmark.catalogue.entity.Episode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnipsJsonTest {

    @Test
    void everythingOfASnipReadsBackWithItsEpisodeAndShow() {
        Episode episode = ExportedSnips.episode(ExportedSnips.show("Show \"1\"", "s"), "</script>", "e", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SnipsJson json = new SnipsJson(ExportedSnips.LINKS, out, Instant.parse("2026-12-02T12:00:00Z"))) {
            json.snip(ExportedSnips.snip(episode, 60, 90, ExportedSnips.HOSTILE, List.of("One."), "*note*\n",
                    Set.of("z", "a"), "Nora", "Hi", null, "there"));
        }
        JsonObject document = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals("earmark-snips", document.getString("format"));
        assertEquals(1, document.getInt("version"));
        assertEquals("2026-12-02T12:00:00Z", document.getString("exportedAt"));
        JsonObject snip = document.getJsonArray("snips").getJsonObject(0);
        assertEquals("Show \"1\"", snip.getJsonObject("show").getString("title"));
        assertEquals("</script>", snip.getJsonObject("episode").getString("title"));
        assertEquals(true, snip.getJsonObject("episode").isNull("date"));
        assertEquals(60.0, snip.getJsonNumber("startSeconds").doubleValue());
        assertEquals(90.0, snip.getJsonNumber("endSeconds").doubleValue());
        assertEquals("https://podcasts.example.com/earmark/shows/s/episodes/e#t=60,90", snip.getString("link"));
        assertEquals(ExportedSnips.HOSTILE, snip.getString("title"));
        assertEquals(List.of("One."), snip.getJsonArray("takeaways").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Nora", snip.getJsonArray("excerpt").getJsonObject(0).getString("speaker"));
        assertEquals(true, snip.getJsonArray("excerpt").getJsonObject(1).isNull("speaker"));
        assertEquals("there", snip.getJsonArray("excerpt").getJsonObject(1).getString("text"));
        assertEquals("*note*\n", snip.getString("note"));
        assertEquals(List.of("a", "z"), snip.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("2026-11-30T08:15:30Z", snip.getString("createdAt"));
    }
}
