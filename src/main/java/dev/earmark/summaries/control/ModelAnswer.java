package dev.earmark.summaries.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chat-completions answer read as a snip's summary, or refused. The answer must be OpenAI's shape
 * ({@code {"choices": [{"message": {"content": "…"}}]}}) and its content the JSON object {@link SummaryPrompt} asks
 * for, alone or in one Markdown code fence (models without a JSON mode add one): a title and one to
 * {@value ExtractiveSummariser#MAX_TAKEAWAYS} takeaways, each trimmed, not empty and within its length, all plain text
 * on one line. Anything else is refused as a whole, never repaired: a text with markup in it (HTML tags or entities,
 * Markdown emphasis, code, links, headings, list marks) is a model not following the prompt, and what it meant cannot
 * be told by stripping.
 */
public final class ModelAnswer {

    private static final Pattern FENCED = Pattern.compile("(?s)```[A-Za-z]*\\s*(.*?)\\s*```");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|`|\\]\\(|!\\[|^(#{1,6}|>|[-*+]|[0-9]+[.)])\\s");

    private ModelAnswer() {
    }

    /** The summary the answer holds; its takeaways' places are their order in the answer, their time unknown (0). */
    public static Summary read(String body) throws SummaryFailure {
        JsonObject summary = object(content(body));
        String title = text(summary.get("title"), "title", ExtractiveSummariser.MAX_TITLE_LENGTH);
        if (!(summary.get("takeaways") instanceof JsonArray takeaways)) {
            throw new SummaryFailure("The answer has no list of takeaways: " + SummaryFailure.quoted(summary.toString()));
        }
        if (takeaways.isEmpty() || takeaways.size() > ExtractiveSummariser.MAX_TAKEAWAYS) {
            throw new SummaryFailure("The answer has " + takeaways.size() + " takeaways, not 1 to "
                    + ExtractiveSummariser.MAX_TAKEAWAYS);
        }
        List<Takeaway> texts = new ArrayList<>(takeaways.size());
        for (JsonValue takeaway : takeaways) {
            texts.add(new Takeaway(text(takeaway, "takeaway", ExtractiveSummariser.MAX_TAKEAWAY_LENGTH), texts.size(), 0));
        }
        return new Summary(title, texts);
    }

    /** The content of the first choice's message. */
    private static String content(String body) throws SummaryFailure {
        JsonObject answer;
        try {
            answer = object(body);
        } catch (SummaryFailure notJson) {
            throw new SummaryFailure("The service's answer is not JSON: " + SummaryFailure.quoted(body));
        }
        if (answer.get("choices") instanceof JsonArray choices && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject choice && choice.get("message") instanceof JsonObject message
                && message.get("content") instanceof JsonString content) {
            return content.getString();
        }
        throw new SummaryFailure("The service's answer has no message: " + SummaryFailure.quoted(body));
    }

    private static JsonObject object(String content) throws SummaryFailure {
        String json = content.strip();
        var fenced = FENCED.matcher(json);
        if (fenced.matches()) {
            json = fenced.group(1);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new SummaryFailure("The model's answer is not a JSON object: " + SummaryFailure.quoted(content));
        }
    }

    private static String text(JsonValue value, String what, int maxLength) throws SummaryFailure {
        if (!(value instanceof JsonString string)) {
            throw new SummaryFailure("The answer's " + what + " is no text: " + SummaryFailure.quoted(String.valueOf(value)));
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            throw new SummaryFailure("The answer's " + what + " is empty");
        }
        if (text.length() > maxLength) {
            throw new SummaryFailure("The answer's " + what + " has " + text.length() + " characters, more than " + maxLength);
        }
        if (CONTROL.matcher(text).find()) {
            throw new SummaryFailure("The answer's " + what + " has a line break or control character: "
                    + SummaryFailure.quoted(text));
        }
        if (HTML.matcher(text).find() || MARKDOWN.matcher(text).find()) {
            throw new SummaryFailure("The answer's " + what + " has markup: " + SummaryFailure.quoted(text));
        }
        return text;
    }
}
