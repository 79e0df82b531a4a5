package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.testing.ScriptedService;
import dev.earmark.testing.ScriptedService.Reply;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a request is tried again and how long it waits first; the waits are recorded, nothing sleeps. */
class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    private final List<Duration> waits = new ArrayList<>();
    private final Retries retries = new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ScriptedService service = new ScriptedService();

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void theBackOffDoublesUpToTheLongestAndEndsAfterTheRetries() {
        Retries many = new Retries(8, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC());

        assertEquals(Optional.of(Duration.ofSeconds(1)), many.waitBefore(1, Optional.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(2)), many.waitBefore(2, Optional.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(4)), many.waitBefore(3, Optional.empty()));
        assertEquals(Optional.of(Duration.ofSeconds(60)), many.waitBefore(8, Optional.empty()));
        assertEquals(Optional.empty(), many.waitBefore(9, Optional.empty()));
    }

    @Test
    void aRetryAfterLongerThanTheBackOffIsWaitedForAndOneTooLongEndsTheTries() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), retries.waitBefore(1, Optional.of("7")));
        assertEquals(Optional.of(Duration.ofSeconds(2)), retries.waitBefore(2, Optional.of("1")), "the back-off is longer");
        assertEquals(Optional.of(Duration.ofSeconds(30)), retries.waitBefore(1, Optional.of("Wed, 02 Dec 2026 05:00:30 GMT")));
        assertEquals(Optional.of(Duration.ofSeconds(1)), retries.waitBefore(1, Optional.of("Wed, 02 Dec 2026 04:00:00 GMT")),
                "a date past is no wait of its own");
        assertEquals(Optional.of(Duration.ofSeconds(1)), retries.waitBefore(1, Optional.of("soon")), "ignored");
        assertEquals(Optional.empty(), retries.waitBefore(1, Optional.of("3600")));
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetryableOtherAnswersAreNot() {
        assertTrue(Retries.retryable(429));
        assertTrue(Retries.retryable(500));
        assertTrue(Retries.retryable(503));
        assertFalse(Retries.retryable(200));
        assertFalse(Retries.retryable(400));
        assertFalse(Retries.retryable(401));
        assertFalse(Retries.retryable(404));
    }

    @Test
    void aServerErrorIsTriedAgainUntilItSucceeds() throws Exception {
        service.then(new Reply(500, "{}"), new Reply(502, "{}"), new Reply(200, "{}"));

        HttpResponse<String> response = send(retries);

        assertEquals(200, response.statusCode());
        assertEquals(3, service.received().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void tooManyRequestsWaitsAsTheServiceSays() throws Exception {
        service.then(new Reply(429, "{}", Map.of("Retry-After", "5")), new Reply(200, "{}"));

        assertEquals(200, send(retries).statusCode());
        assertEquals(List.of(Duration.ofSeconds(5)), waits);
    }

    @Test
    void theLastAnswerIsReturnedWhenTheTriesRunOut() throws Exception {
        service.then(new Reply(503, "{}"));

        assertEquals(503, send(retries).statusCode());
        assertEquals(4, service.received().size(), "the first try and three more");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void aRefusalIsNotTriedAgain() throws Exception {
        service.then(new Reply(401, "{}"));

        assertEquals(401, send(retries).statusCode());
        assertEquals(1, service.received().size());
        assertEquals(List.of(), waits);
    }

    @Test
    void aTimeoutIsTriedAgainAndTheLastOneThrown() {
        service.then(Reply.silence());
        Retries once = new Retries(1, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC());

        assertThrows(HttpTimeoutException.class, () -> once.send(ServiceCalls.client(), request(Duration.ofMillis(300)),
                HttpResponse.BodyHandlers.ofString()));
        assertEquals(2, service.received().size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void anUnrepeatableRequestIsTriedAgainOnlyAfterA429() throws Exception {
        service.then(new Reply(429, "{}", Map.of("Retry-After", "5")), new Reply(500, "{}"));

        HttpResponse<String> response = retries.sendUnrepeatable(ServiceCalls.client(), request(Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(500, response.statusCode(), "the service may have done it: not sent a third time");
        assertEquals(2, service.received().size());
        assertEquals(List.of(Duration.ofSeconds(5)), waits);
    }

    @Test
    void anUnrepeatableRequestThatTimedOutIsNotTriedAgain() {
        service.then(Reply.silence());

        assertThrows(HttpTimeoutException.class, () -> retries.sendUnrepeatable(ServiceCalls.client(),
                request(Duration.ofMillis(300)), HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, service.received().size());
        assertEquals(List.of(), waits);
    }

    private HttpResponse<String> send(Retries retries) throws IOException, InterruptedException {
        return retries.send(ServiceCalls.client(), request(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(Duration timeout) {
        return HttpRequest.newBuilder(service.base("/")).timeout(timeout).build();
    }
}
