package dev.earmark.summaries.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The body of {@code POST …/v1/chat/completions} as every prompt sends it: its instructions as the system message, the
 * material as the user's, and the answer asked for as a JSON object ({@code response_format} {@code json_object}, which
 * OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp's server and LocalAI understand; each prompt's instructions say so too,
 * for a service that ignores it), not streamed.
 */
final class ChatRequest {

    private ChatRequest() {
    }

    /** @param jsonMode whether to ask for {@code response_format: json_object} (for a service that refuses it, not) */
    static JsonObject of(String model, String instructions, String material, boolean jsonMode) {
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("model", model)
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", instructions))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", material)));
        if (jsonMode) {
            request.add("response_format", Json.createObjectBuilder().add("type", "json_object"));
        }
        return request.add("stream", false).build();
    }
}
