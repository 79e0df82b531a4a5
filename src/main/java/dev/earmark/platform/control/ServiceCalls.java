package dev.earmark.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Calls from Earmark to the services a site configures (transcription, summaries): one kind of client, bounded answers. */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /** The client for every service: connecting takes seconds at most, redirects are not followed (they would drop the body). */
    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * An answer's body as UTF-8 text, read to at most {@code maxBytes}: a longer one stops the exchange and fails with
     * an {@link IOException}, so a service gone wrong cannot fill the server's memory.
     */
    public static BodyHandler<String> boundedText(int maxBytes) {
        return response -> new BoundedText(maxBytes);
    }

    /**
     * The message a service's error answer carries (OpenAI's {@code {"error": {"message"}}}, Ollama's
     * {@code {"error": "…"}}, FastAPI's {@code {"detail"}}), or its text.
     */
    public static String errorMessage(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            JsonValue error = answer.containsKey("error") ? answer.get("error") : answer.get("detail");
            if (error instanceof JsonObject object && object.get("message") instanceof JsonString message) {
                return message.getString();
            }
            if (error instanceof JsonString message) {
                return message.getString();
            }
        } catch (JsonException | IllegalStateException notJson) {
            // Many proxies answer errors in HTML or plain text: the text itself is the message.
        }
        return body;
    }

    private static final class BoundedText implements BodySubscriber<String> {

        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedText(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (buffer.remaining() > maxBytes - bytes.size()) {
                    subscription.cancel();
                    body.completeExceptionally(new IOException("The answer is longer than " + maxBytes + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
