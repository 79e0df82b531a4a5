package dev.earmark.exports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.snips.web.ApiSnips;
import dev.earmark.testing.DemoShow;
import dev.earmark.testing.server.ServerTest;
import dev.earmark.testing.server.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The downloads of a listener's snips as another program reads them: a ZIP of Obsidian Markdown (front matter,
 * callouts linking the moments, a file per episode), CSV and JSON with every snip, never another listener's, and a
 * reason for every refusal. Each test tags its snips anew, as the snips of other tests share the listeners.
 */
@RunAsClient
class SnipExportIT extends ServerTest {

    private static final Pattern CALLOUT = Pattern.compile("> \\[!quote] \\[[0-9:]+–[0-9:]+]\\((\\S+)\\) (.*)");

    @Test
    void myZipOfObsidianMarkdownHasAFilePerEpisodeWithItsSnipsLinkingTheirMoments() {
        String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        long archive = DemoShow.archiveId(base);
        long other = otherEpisode(archive);
        save(admin, archive, 300, tag, "Keep *this* [moment](https://evil.example) #1");
        save(admin, archive, 900, tag, "Second");
        save(admin, other, 200, tag, "Elsewhere");
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        save(editor, archive, 400, tag, "The editor's own");

        HttpResponse<byte[]> zip = admin.fetch("api/snips/export?format=obsidian&zip=true&tag=" + tag);
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(zip.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=\"earmark-snips-\\d{4}-\\d\\d-\\d\\d\\.zip\"; "
                        + "filename\\*=UTF-8''earmark-snips-\\d{4}-\\d\\d-\\d\\d\\.zip"));
        assertEquals("no-store", zip.headers().firstValue("Cache-Control").orElseThrow());

        Map<String, String> files = unzip(zip.body());
        assertEquals(2, files.size(), files.keySet().toString());
        String archiveFile = files.entrySet().stream().filter(file -> file.getKey().endsWith(
                DemoShow.SLUG + "-" + DemoShow.ARCHIVE + ".md")).findFirst().orElseThrow().getValue();
        List<String> lines = archiveFile.lines().toList();
        assertEquals("---", lines.get(0));
        assertTrue(lines.contains("link: \"" + base + DemoShow.ARCHIVE_PAGE + "\""), archiveFile);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("episode: \"")));
        assertTrue(lines.contains("  - \"" + tag + "\""), archiveFile);
        List<Matcher> callouts = lines.stream().map(CALLOUT::matcher).filter(Matcher::matches).toList();
        assertEquals(2, callouts.size(), archiveFile);
        callouts.forEach(callout -> assertTrue(callout.group(1).matches(
                Pattern.quote(base + DemoShow.ARCHIVE_PAGE) + "#t=\\d+(\\.\\d+)?,\\d+(\\.\\d+)?"), callout.group(1)));
        assertEquals("Keep \\*this\\* \\[moment\\](https\\://evil.example) \\#1", callouts.get(0).group(2));
        assertFalse(String.join("", files.values()).contains("The editor"), "never another listener's snip");
    }

    @Test
    void csvAndJsonHoldEverySnipOfTheSelectionAndNoneOfAnotherListener() {
        String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        long archive = DemoShow.archiveId(base);
        JsonObject first = save(editor, archive, 120, tag, "=SUM(A1:A9)");
        JsonObject second = save(editor, archive, 600, tag, "Plain, with \"quotes\"");
        WebClient admin = WebClient.signIn(base, "admin", "admin-demo");
        save(admin, archive, 130, tag, "The admin's own");

        WebClient.Reply csv = editor.get("api/snips/export?format=csv&tag=" + tag, "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFshow,episode,date,start,end,link,title,takeaways,excerpt,note,tags,created\r\n"));
        assertTrue(csv.body().contains(",\"'=SUM(A1:A9)\","), "a formula is text: " + csv.body());
        assertTrue(csv.body().contains(",\"Plain, with \"\"quotes\"\"\","), csv.body());
        assertFalse(csv.body().contains("The admin"));

        WebClient.Reply json = editor.get("api/snips/export?format=json&tag=" + tag + "&episode=" + archive);
        assertEquals(200, json.status(), json.body());
        JsonArray snips = Json.createReader(new StringReader(json.body())).readObject().getJsonArray("snips");
        assertEquals(List.of(first.getJsonNumber("id").longValue(), second.getJsonNumber("id").longValue()),
                snips.stream().map(snip -> snip.asJsonObject().getJsonNumber("id").longValue()).toList());
        JsonObject exported = snips.getJsonObject(0);
        assertEquals(first.getString("title"), exported.getString("title"));
        assertEquals(first.getJsonArray("takeaways"), exported.getJsonArray("takeaways"));
        assertEquals(first.getJsonArray("excerpt").size(), exported.getJsonArray("excerpt").size());
        assertEquals(first.getJsonNumber("startSeconds").doubleValue(), exported.getJsonNumber("startSeconds").doubleValue());
        assertEquals(List.of(tag), exported.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void whatCannotBeExportedIsRefusedWithTheReason() {
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        for (String query : new String[] {"format=pdf", "format=", "format=csv&zip=maybe", "format=csv&episode=abc",
                "format=csv&show=-1"}) {
            WebClient.Reply refused = editor.get("api/snips/export?" + query);
            assertEquals(400, refused.status(), query);
            assertFalse(refused.object().getString("message", "").isBlank(), query + ": " + refused.body());
        }
        for (String tag : new String[] {"none-" + UUID.randomUUID().toString().substring(0, 8), "t".repeat(41)}) {
            WebClient.Reply nothing = editor.get("api/snips/export?format=json&tag=" + tag);
            assertEquals(404, nothing.status(), tag);
            assertTrue(nothing.object().getString("message").contains("nothing to export"), nothing.body());
        }
        assertEquals(401, WebClient.anonymous(base).get("api/snips/export?format=json").status());
    }

    @Test
    void theExportPageIsTheListenersOwnAndItsViewIsNotReachableByItsName() {
        WebClient editor = WebClient.signIn(base, "editor", "editor-demo");
        WebClient.Reply page = editor.get("snips/export?tag=none", "text/html");
        assertEquals(200, page.status());
        assertEquals("no-store", page.header("Cache-Control"));
        assertTrue(page.body().contains("Nothing to export"), "said before any download is asked for");
        assertFalse(page.body().contains("export-form"));
        assertEquals(404, editor.get("exports/export.xhtml", "text/html").status());
        assertTrue(WebClient.anonymous(base).get("snips/export", "text/html").body().contains("j_security_check"));
    }

    private long otherEpisode(long archive) {
        return WebClient.anonymous(base).get("api/shows/" + DemoShow.SLUG + "/episodes?size=100").object()
                .getJsonArray("items").stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .filter(id -> id != archive).findFirst().orElseThrow();
    }

    /** A snip saved as the widget saves it, then titled and tagged as the listener edits it. */
    private static JsonObject save(WebClient listener, long episodeId, int atSeconds, String tag, String title) {
        WebClient.Reply created = ApiSnips.save(listener, episodeId, atSeconds, 30);
        assertEquals(201, created.status(), created.body());
        JsonObject snip = created.object();
        JsonObject edit = Json.createObjectBuilder().add("version", snip.getJsonNumber("version").longValue())
                .add("title", title).add("note", "My *note*").add("tags", Json.createArrayBuilder().add(tag)).build();
        WebClient.Reply edited = listener.put("api/snips/" + snip.getJsonNumber("id").longValue(), edit.toString());
        assertEquals(200, edited.status(), edited.body());
        return edited.object();
    }

    private static Map<String, String> unzip(byte[] bytes) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
