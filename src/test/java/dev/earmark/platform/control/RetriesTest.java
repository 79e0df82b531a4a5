package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a request is tried again and how long it waits first; the waits are recorded, nothing sleeps. */
class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    private final List<Duration> waits = new ArrayList<>();
    private final Retries retries = new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private HttpServer server;
    /** Status and Retry-After (or null) of the answers to come, one per request; the last one repeats. */
    private final List<String[]> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String[] answer = answers.get(Math.min(requests.getAndIncrement(), answers.size() - 1));
            if (answer[0].equals("silent")) {
                try {
                    release.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (answer[1] != null) {
                exchange.getResponseHeaders().add("Retry-After", answer[1]);
            }
            byte[] body = answer[0].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopService() {
        release.countDown();
        server.stop(0);
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
        answers.add(new String[] {"500", null});
        answers.add(new String[] {"502", null});
        answers.add(new String[] {"200", null});

        HttpResponse<String> response = send(retries);

        assertEquals(200, response.statusCode());
        assertEquals(3, requests.get());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void tooManyRequestsWaitsAsTheServiceSays() throws Exception {
        answers.add(new String[] {"429", "5"});
        answers.add(new String[] {"200", null});

        assertEquals(200, send(retries).statusCode());
        assertEquals(List.of(Duration.ofSeconds(5)), waits);
    }

    @Test
    void theLastAnswerIsReturnedWhenTheTriesRunOut() throws Exception {
        answers.add(new String[] {"503", null});

        assertEquals(503, send(retries).statusCode());
        assertEquals(4, requests.get(), "the first try and three more");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void aRefusalIsNotTriedAgain() throws Exception {
        answers.add(new String[] {"401", null});

        assertEquals(401, send(retries).statusCode());
        assertEquals(1, requests.get());
        assertEquals(List.of(), waits);
    }

    @Test
    void aTimeoutIsTriedAgainAndTheLastOneThrown() {
        answers.add(new String[] {"silent", null});
        Retries once = new Retries(1, Duration.ofSeconds(1), Duration.ofSeconds(60), waits::add, Clock.systemUTC());

        assertThrows(HttpTimeoutException.class, () -> once.send(ServiceCalls.client(), request(Duration.ofMillis(300)),
                HttpResponse.BodyHandlers.ofString()));
        assertEquals(2, requests.get());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    private HttpResponse<String> send(Retries retries) throws IOException, InterruptedException {
        return retries.send(ServiceCalls.client(), request(Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                .timeout(timeout).build();
    }
}
