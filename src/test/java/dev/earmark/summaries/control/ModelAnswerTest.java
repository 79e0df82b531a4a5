package dev.earmark.summaries.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which answers become a summary, and that every other one is refused whole, with the reason. */
class ModelAnswerTest {

    @Test
    void aGoodAnswerIsTrimmedAndKeptInOrder() throws SummaryFailure {
        Summary summary = ModelAnswer.read(answer("""
                {"title": "  Publishing every key  ", "takeaways": [" Every key is published. ", "Anyone can check it."]}"""));

        assertEquals("Publishing every key", summary.title());
        assertEquals(List.of("Every key is published.", "Anyone can check it."), summary.texts());
        assertEquals(List.of(0, 1), summary.takeaways().stream().map(Takeaway::sentence).toList());
    }

    @Test
    void oneCodeFenceAroundTheObjectIsAllowedAndOtherKeysAreIgnored() throws SummaryFailure {
        Summary summary = ModelAnswer.read(answer("```json\n{\"title\": \"T\", \"takeaways\": [\"One.\"], \"mood\": \"calm\"}\n```"));

        assertEquals("T", summary.title());
        assertEquals(List.of("One."), summary.texts());
    }

    @Test
    void textsAtTheLimitsPass() throws SummaryFailure {
        String title = "t".repeat(80);
        String takeaway = "a".repeat(240);

        Summary summary = ModelAnswer.read(answer(content(title, takeaway, takeaway, takeaway)));

        assertEquals(title, summary.title());
        assertEquals(3, summary.texts().size());
    }

    @Test
    void textsAboutComparisonsAndAmpersandsAreNoMarkup() throws SummaryFailure {
        Summary summary = ModelAnswer.read(answer(content("Latency < 5 ms & fewer hops", "2 * 3 is 6; a-b is fine.")));

        assertEquals("Latency < 5 ms & fewer hops", summary.title());
    }

    @Test
    void anAnswerThatIsNoJsonOrNoChatCompletionIsRefused() {
        assertRefused("<html>Bad gateway</html>", "The service's answer is not JSON: <html>Bad gateway</html>");
        assertRefused("{\"choices\": []}", "The service's answer has no message");
        assertRefused("{\"object\": \"list\"}", "The service's answer has no message");
        assertRefused("{\"choices\": [{\"message\": {\"content\": null}}]}", "The service's answer has no message");
    }

    @Test
    void contentThatIsNoJsonObjectIsRefused() {
        assertRefused(answer("Here is your summary: {\"title\": \"T\""), "The model's answer is not a JSON object");
        assertRefused(answer("[\"T\", \"One.\"]"), "The model's answer is not a JSON object");
        assertRefused(answer("{\"title\": \"T\", \"takeaways\": [\"One.\"]"), "The model's answer is not a JSON object");
    }

    @Test
    void aMissingOrWrongTitleIsRefused() {
        assertRefused(answer("{\"takeaways\": [\"One.\"]}"), "The answer's title is no text");
        assertRefused(answer("{\"title\": 7, \"takeaways\": [\"One.\"]}"), "The answer's title is no text");
        assertRefused(answer(content("   ", "One.")), "The answer's title is empty");
        assertRefused(answer(content("t".repeat(81), "One.")), "The answer's title has 81 characters, more than 80");
        assertRefused(answer(content("Two\nlines", "One.")), "The answer's title has a line break");
    }

    @Test
    void noneOrMoreThanThreeTakeawaysOrWrongOnesAreRefused() {
        assertRefused(answer("{\"title\": \"T\"}"), "The answer has no list of takeaways");
        assertRefused(answer("{\"title\": \"T\", \"takeaways\": \"One.\"}"), "The answer has no list of takeaways");
        assertRefused(answer(content("T")), "The answer has 0 takeaways, not 1 to 3");
        assertRefused(answer(content("T", "One.", "Two.", "Three.", "Four.")), "The answer has 4 takeaways, not 1 to 3");
        assertRefused(answer(content("T", "a".repeat(241))), "The answer's takeaway has 241 characters, more than 240");
        assertRefused(answer(content("T", " ")), "The answer's takeaway is empty");
        assertRefused(answer("{\"title\": \"T\", \"takeaways\": [{\"text\": \"One.\"}]}"), "The answer's takeaway is no text");
    }

    @Test
    void htmlAndMarkdownAreRefusedNotStripped() {
        for (String markup : List.of("<b>Keys</b> are public", "Keys are public<br>", "</p>", "<!-- note -->",
                "Keys &amp; directories", "It&#39;s public", "**Keys** are public", "Use `curl` to check",
                "See [the paper](https://example.com)", "![chart](x.png)", "# Keys", "- Keys are public",
                "* Keys are public", "1. Keys are public", "> Keys are public", "__init__ runs first")) {
            assertRefused(answer(content("T", markup)), "The answer's takeaway has markup");
            assertRefused(answer(content(markup, "One.")), "The answer's title has markup");
        }
    }

    private static void assertRefused(String body, String reasonStart) {
        SummaryFailure refused = assertThrows(SummaryFailure.class, () -> ModelAnswer.read(body), body);
        assertTrue(refused.getMessage().startsWith(reasonStart), refused.getMessage());
    }

    /** A chat completion whose message says {@code content}, as OpenAI answers. */
    static String answer(String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-1").add("object", "chat.completion").add("model", "test-model")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .build().toString();
    }

    static String content(String title, String... takeaways) {
        return Json.createObjectBuilder().add("title", title)
                .add("takeaways", Json.createArrayBuilder(List.of(takeaways))).build().toString();
    }
}
