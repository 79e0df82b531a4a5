package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.ScriptedService;
import dev.earmark.testing.ScriptedService.Reply;
import java.io.IOException;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers read to a bound from a service in this JVM, and the messages of services' error answers. */
class ServiceCallsTest {

    private final ScriptedService service = new ScriptedService();

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void anAnswerUpToTheBoundIsReadAsUtf8() throws Exception {
        String text = "Grüße ".repeat(100);
        service.then(new Reply(200, text));

        assertEquals(text, ServiceCalls.client().send(request(), ServiceCalls.boundedText(800)).body(), "800 bytes in UTF-8");
    }

    @Test
    void aLongerAnswerFailsWithoutBeingReadWhole() {
        service.then(new Reply(200, "x".repeat(1024 * 1024)));

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
        return HttpRequest.newBuilder(service.base("/")).build();
    }
}
