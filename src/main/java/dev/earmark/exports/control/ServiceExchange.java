package dev.earmark.exports.control;

import dev.earmark.platform.control.Retries;
import dev.earmark.platform.control.ServiceCalls;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Requests to one service with one listener's token, the house's way ({@link ServiceCalls}): answers read to at most
 * {@value #MAX_ANSWER_BYTES} bytes, each try within a time limit, tried again after a 429 (its Retry-After) or, when
 * repeating it is safe, a timeout or 5xx ({@link Retries}), at most one request every {@code spacing} (a service's rate limit), and the token never in what a
 * failure says, whatever the service echoes.
 */
public final class ServiceExchange {

    /** How often a sync renews its claim while it sends: well within the claim's lease of ten minutes. */
    static final Duration RENEWAL = Duration.ofMinutes(1);
    /** A service's answer about a page or a batch is a few KiB; a page of block children not much more. */
    static final int MAX_ANSWER_BYTES = 512 * 1024;

    private final String service;
    private final HttpClient client;
    private final URI base;
    private final String token;
    private final Map<String, String> headers;
    private final Retries retries;
    private final Duration timeout;
    private final Duration spacing;
    private final Lease lease;
    private Instant renewedAt;
    private Long lastRequestNanos;

    /**
     * The claim of the sync that sends, renewed while it sends: a page written with many requests (and the waits
     * Notion's 429s ask for) may take longer than the claim holds unrenewed.
     */
    @FunctionalInterface
    public interface Lease {

        /** The lease of a check, which no other server can take over. */
        Lease NONE = () -> true;

        /** Renews the claim; false when another server took the sync over, and then nothing more is sent. */
        boolean renew();
    }

    /**
     * @param base    the service's address, its paths below it
     * @param headers sent with every request: the authorization with the token, a pinned API version
     * @param timeout each try's limit
     * @param lease   renewed before a request once {@link #RENEWAL} passed (by the retries' clock) since the last time
     */
    public ServiceExchange(String service, HttpClient client, URI base, String token, Map<String, String> headers,
            Retries retries, Duration timeout, Duration spacing, Lease lease) {
        this.service = service;
        this.client = client;
        this.base = base;
        this.token = token;
        this.headers = Map.copyOf(headers);
        this.retries = retries;
        this.timeout = timeout;
        this.spacing = spacing;
        this.lease = lease;
        this.renewedAt = retries.clock().instant();
    }

    public String service() {
        return service;
    }

    /**
     * An exchange that is safe to repeat (a read, a delete, a write that replaces or that the service de-duplicates);
     * a JSON body when {@code json} is not null. Any answer comes back, a 401 and a 404 too.
     */
    public HttpResponse<String> send(String method, String path, String json) throws ExportFailure, InterruptedException {
        return send(method, path, json, true);
    }

    /**
     * An exchange that adds something each time it is done: tried again only after a 429 (refused, so not done). A
     * timeout or a 5xx may have been done all the same, so it comes back as a failure at once; the caller's next sync
     * writes what it holds again as a whole.
     */
    public HttpResponse<String> sendUnrepeatable(String method, String path, String json)
            throws ExportFailure, InterruptedException {
        return send(method, path, json, false);
    }

    private HttpResponse<String> send(String method, String path, String json, boolean repeatable)
            throws ExportFailure, InterruptedException {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        renewLease();
        awaitTurn();
        try {
            return repeatable ? retries.send(client, request.build(), ServiceCalls.boundedText(MAX_ANSWER_BYTES))
                    : retries.sendUnrepeatable(client, request.build(), ServiceCalls.boundedText(MAX_ANSWER_BYTES));
        } catch (HttpTimeoutException timedOut) {
            throw new ExportFailure("exports.failure.timeout", service, "");
        } catch (ConnectException unreachable) {
            throw new ExportFailure("exports.failure.unreachable", service, withoutToken(String.valueOf(unreachable.getMessage())));
        } catch (IOException failed) {
            throw new ExportFailure("exports.failure.unreachable", service, withoutToken(String.valueOf(failed.getMessage())));
        } finally {
            lastRequestNanos = System.nanoTime();
        }
    }

    /** A failure for an answer the caller did not expect: its status and the service's own words. */
    public ExportFailure refused(HttpResponse<String> response) {
        if (response.statusCode() == 401) {
            return ExportFailure.invalidToken(service);
        }
        String message = withoutToken(ServiceCalls.errorMessage(response.body()));
        String shortened = message.length() > 300 ? message.substring(0, 300) + "…" : message;
        ExportFailure failure = new ExportFailure("exports.failure.answered", service,
                response.statusCode() + " " + shortened.strip());
        Optional<Duration> wait = response.statusCode() == 429
                ? response.headers().firstValue("Retry-After").flatMap(retries::retryAfter) : Optional.empty();
        return wait.map(failure::withRetryAfter).orElse(failure);
    }

    /** @throws ExportFailure {@code exports.failure.claimLost} when another server runs the sync now */
    private void renewLease() throws ExportFailure {
        Instant now = retries.clock().instant();
        if (!now.isBefore(renewedAt.plus(RENEWAL))) {
            if (!lease.renew()) {
                throw new ExportFailure("exports.failure.claimLost", service, "");
            }
            renewedAt = now;
        }
    }

    /** Real time, not the application's clock: the service counts requests by its own. */
    private void awaitTurn() throws InterruptedException {
        if (lastRequestNanos != null) {
            Duration since = Duration.ofNanos(System.nanoTime() - lastRequestNanos);
            if (since.compareTo(spacing) < 0) {
                retries.pause().pause(spacing.minus(since));
            }
        }
    }

    /** A service may quote the token it refused; no message of Earmark's repeats it. */
    private String withoutToken(String message) {
        return message.replace(token, "***");
    }
}
