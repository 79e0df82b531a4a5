package dev.earmark.summaries.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * What every chat-completions answer must be, whichever prompt asked: OpenAI's shape
 * ({@code {"choices": [{"message": {"content": "…"}}]}}) with a JSON object as its content, alone or in one Markdown
 * code fence (models without a JSON mode add one); each text in it trimmed, not empty, within its length, plain text on
 * one line. A text with markup in it (HTML tags or entities, Markdown emphasis, code, links, headings, list marks) is a
 * model not following the prompt, and what it meant cannot be told by stripping: it is refused, never repaired.
 */
final class ChatAnswer {

    private static final Pattern FENCED = Pattern.compile("(?s)```[A-Za-z]*\\s*(.*?)\\s*```");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|`|\\]\\(|!\\[|^(#{1,6}|>|[-*+]|[0-9]+[.)])\\s");

    private ChatAnswer() {
    }

    /** The JSON object the first choice's message holds. */
    static JsonObject object(String body) throws SummaryFailure {
        return objectIn(content(body));
    }

    /** The list the answer names {@code name}. */
    static JsonArray list(JsonObject answer, String name) throws SummaryFailure {
        if (answer.get(name) instanceof JsonArray list) {
            return list;
        }
        throw new SummaryFailure("The answer has no list of " + name + ": " + SummaryFailure.quoted(answer.toString()));
    }

    /** The value as a trimmed text of one to {@code maxLength} characters, plain and on one line. */
    static String text(JsonValue value, String what, int maxLength) throws SummaryFailure {
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

    /** The content of the first choice's message. */
    private static String content(String body) throws SummaryFailure {
        JsonObject answer;
        try {
            answer = objectIn(body);
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

    private static JsonObject objectIn(String content) throws SummaryFailure {
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
}
