package dev.earmark.platform.control;

/** A caller asked more often than a limit allows (429); {@link #retryAfterSeconds()} says when it may again. */
public non-sealed class TooManyRequestsException extends LocalizedException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... arguments) {
        super(Kind.TOO_MANY_REQUESTS, messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
