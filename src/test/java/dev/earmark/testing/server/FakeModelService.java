package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Only in tests, started in the server under test: an OpenAI-compatible chat-completions service,
 * {@code POST /v1/chat/completions}. It checks the request as OpenAI does — JSON with a model and messages, and the
 * bearer key the server's environment sets (EARMARK_SUMMARY_SERVICE_KEY, see pom.xml) — and gives the answers a test
 * scripted, one per request, the last one again for every request after.
 */
public final class FakeModelService extends FakeService {

    /** A request as the fake received it: its path, authorization and JSON body (null when it was none). */
    public record Received(String path, String authorization, JsonObject body) {
    }

    private final List<Optional<Reply>> script = new CopyOnWriteArrayList<>();

    private FakeModelService() {
        super("fake-model-service");
    }

    public static FakeModelService start() {
        return new FakeModelService();
    }

    /** The answers to the next requests, in order; replaces what was scripted. */
    public void script(List<Optional<Reply>> replies) {
        script.clear();
        script.addAll(replies);
    }

    /** A chat completion whose message is {@code content}, as OpenAI answers. */
    public static Optional<Reply> completion(String content) {
        return Optional.of(new Reply(200, "application/json", Json.createObjectBuilder()
                .add("id", "chatcmpl-fake").add("object", "chat.completion").add("model", "fake")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .build().toString()));
    }

    /** A completion with the summary as the prompt asks for it. */
    public static Optional<Reply> summary(String title, String... takeaways) {
        return completion(Json.createObjectBuilder().add("title", title)
                .add("takeaways", Json.createArrayBuilder(List.of(takeaways))).build().toString());
    }

    /** OpenAI's error answer, with extra headers (Retry-After). */
    public static Optional<Reply> error(int status, Map<String, String> headers) {
        return Optional.of(new Reply(status, "application/json",
                "{\"error\":{\"message\":\"Fake error " + status + "\",\"type\":\"server_error\"}}", headers));
    }

    /** No answer at all, until the service closes. */
    public static Optional<Reply> silence() {
        return Optional.empty();
    }

    public List<Received> received() {
        return requests().stream().map(request -> new Received(request.path(), request.header("authorization"),
                json(request.text()))).toList();
    }

    @Override
    protected Optional<Reply> answer(Request request, int index) {
        String key = System.getenv("EARMARK_SUMMARY_SERVICE_KEY");
        JsonObject body = json(request.text());
        if (!"POST".equals(request.method()) || !"/v1/chat/completions".equals(request.path())) {
            return Optional.of(openAiError(404, "Invalid URL (" + request.method() + " " + request.path() + ")"));
        }
        if (key != null && !Objects.equals("Bearer " + key, request.header("authorization"))) {
            return Optional.of(openAiError(401, "You didn't provide an API key."));
        }
        if (body == null || !body.containsKey("model") || !body.containsKey("messages")) {
            return Optional.of(openAiError(400, "model and messages are required"));
        }
        return script.get(Math.min(index, script.size() - 1));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }
}
