package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers read to a bound from a service in this JVM, and the messages of services' error answers. */
class ServiceCallsTest {

    private HttpServer server;
    private volatile byte[] answer;

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stopService() {
        server.stop(0);
    }

    @Test
    void anAnswerUpToTheBoundIsReadAsUtf8() throws Exception {
        answer = "Grüße ".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertEquals("Grüße ".repeat(100), ServiceCalls.client().send(request(),
                ServiceCalls.boundedText(answer.length)).body());
    }

    @Test
    void aLongerAnswerFailsWithoutBeingReadWhole() {
        answer = new byte[1024 * 1024];

        IOException tooLong = assertThrows(IOException.class,
                () -> ServiceCalls.client().send(request(), ServiceCalls.boundedText(64 * 1024)));
        assertTrue(tooLong.getMessage().contains("longer than 65536 bytes"), tooLong.getMessage());
    }

    @Test
    void errorMessagesAreTakenFromTheKnownShapesOrTheWholeText() {
        assertEquals("Incorrect API key provided.", ServiceCalls.errorMessage(
                "{\"error\": {\"message\": \"Incorrect API key provided.\", \"type\": \"invalid_request_error\"}}"));
        assertEquals("model \"llama9\" not found, try pulling it first",
                ServiceCalls.errorMessage("{\"error\": \"model \\\"llama9\\\" not found, try pulling it first\"}"));
        assertEquals("Model not found", ServiceCalls.errorMessage("{\"detail\": \"Model not found\"}"));
        assertEquals("Service Unavailable", ServiceCalls.errorMessage("Service Unavailable"));
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build();
    }
}
