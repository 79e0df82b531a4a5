package dev.earmark.platform.control;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Requests to a service that may be busy for a moment, tried again a bounded number of times with exponential
 * back-off: after a timeout, a 429 (Too Many Requests) or a 5xx. A {@code Retry-After} the service sends (seconds or
 * an HTTP date) is waited for instead of the back-off when it is longer; one longer than {@code longest} ends the
 * tries at once, as holding a thread that long helps no one.
 *
 * @param retries how many times a request is tried again after the first
 * @param first   the wait before the first retry; each further one doubles it
 * @param longest the longest wait
 * @param pause   how to wait ({@link #SLEEP} in the server; a test records the waits instead)
 */
public record Retries(int retries, Duration first, Duration longest, Pause pause, Clock clock) {

    /** Waits between tries. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration wait) throws InterruptedException;
    }

    public static final Pause SLEEP = wait -> Thread.sleep(wait.toMillis());

    /**
     * Sends the request, and again while the answer says to and tries are left.
     *
     * @return the last answer, which may be a 429 or 5xx when the tries ran out
     * @throws HttpTimeoutException when the last try timed out
     * @throws IOException          when the service could not be reached or its answer read
     */
    public <T> HttpResponse<T> send(HttpClient client, HttpRequest request, BodyHandler<T> body)
            throws IOException, InterruptedException {
        return send(client, request, body, true);
    }

    /**
     * Sends a request that must not be done twice (a POST or PATCH that adds): tried again only after a 429, which says
     * the service refused it undone. After a timeout or a 5xx the service may have done it, so the answer (or the
     * timeout) comes back at once and the caller decides.
     */
    public <T> HttpResponse<T> sendUnrepeatable(HttpClient client, HttpRequest request, BodyHandler<T> body)
            throws IOException, InterruptedException {
        return send(client, request, body, false);
    }

    private <T> HttpResponse<T> send(HttpClient client, HttpRequest request, BodyHandler<T> body, boolean repeatable)
            throws IOException, InterruptedException {
        for (int retry = 1; ; retry++) {
            Optional<Duration> wait;
            try {
                HttpResponse<T> response = client.send(request, body);
                int status = response.statusCode();
                if (repeatable ? !retryable(status) : status != 429) {
                    return response;
                }
                wait = waitBefore(retry, response.headers().firstValue("Retry-After"));
                if (wait.isEmpty()) {
                    return response;
                }
            } catch (HttpTimeoutException timedOut) {
                wait = repeatable ? waitBefore(retry, Optional.empty()) : Optional.empty();
                if (wait.isEmpty()) {
                    throw timedOut;
                }
            }
            pause.pause(wait.get());
        }
    }

    /** The wait before retry number {@code retry} (from 1), or none when no more tries are left or worth it. */
    Optional<Duration> waitBefore(int retry, Optional<String> retryAfter) {
        if (retry > retries) {
            return Optional.empty();
        }
        Duration backOff = first.multipliedBy(1L << Math.min(retry - 1, 20));
        Duration asked = retryAfter.flatMap(this::retryAfter).orElse(Duration.ZERO);
        if (asked.compareTo(longest) > 0) {
            return Optional.empty();
        }
        Duration wait = asked.compareTo(backOff) > 0 ? asked : backOff;
        return Optional.of(wait.compareTo(longest) > 0 ? longest : wait);
    }

    static boolean retryable(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    /** Retry-After (RFC 9110 10.2.3): a number of seconds or an HTTP date; anything else is ignored. */
    public Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        if (text.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
