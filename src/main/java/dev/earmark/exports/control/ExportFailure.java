package dev.earmark.exports.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Why a service did not take what was sent, or refused a token: a bundle key with the service's name and details (a
 * status, the service's own words), never the token. The English message is for the log.
 */
public class ExportFailure extends Exception {

    private static final long serialVersionUID = 1L;
    /** The token was refused, or the server's key no longer reads it: no automatic sync until the listener reconnects. */
    public static final List<String> TOKEN_FAILURES = List.of("exports.failure.invalidToken",
            "exports.failure.tokenUnreadable");

    private final String messageKey;
    private final String service;
    private final String detail;
    private final Duration retryAfter;

    public ExportFailure(String messageKey, String service, String detail) {
        this(messageKey, service, detail, null);
    }

    private ExportFailure(String messageKey, String service, String detail, Duration retryAfter) {
        super(service + ": " + messageKey + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.messageKey = messageKey;
        this.service = service;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /** The service refused more requests for now (429): the same failure, with how long it asked to wait. */
    public ExportFailure withRetryAfter(Duration wait) {
        return new ExportFailure(messageKey, service, detail, wait);
    }

    /** How long the service asked to be left alone (a 429's Retry-After); no automatic sync comes before. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The service refused the token (401): nothing can be sent until the listener connects again. */
    public static ExportFailure invalidToken(String service) {
        return new ExportFailure("exports.failure.invalidToken", service, "");
    }

    public String messageKey() {
        return messageKey;
    }

    public String service() {
        return service;
    }

    public String detail() {
        return detail;
    }
}
