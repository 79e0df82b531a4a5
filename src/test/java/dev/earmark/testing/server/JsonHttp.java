package dev.earmark.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny HTTP client for tests in the server: GET a path below the deployment's URL, keep status, type and body. */
public final class JsonHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;

    public JsonHttp(URL base) {
        this.base = base;
    }

    public record Reply(int status, String contentType, String body) {

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        public boolean isJson() {
            return contentType != null && contentType.startsWith("application/json") && json() != JsonValue.NULL;
        }
    }

    public Reply get(String path) {
        return get(path, "application/json");
    }

    public Reply get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response = send(CLIENT, request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /** Sends a request of any test, turning the client's checked exceptions into failures of the test. */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
