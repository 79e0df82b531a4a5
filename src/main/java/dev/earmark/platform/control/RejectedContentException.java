package dev.earmark.platform.control;

/** Uploaded content refused for what it is (413 when too large, 415 when of a kind not accepted). */
public abstract non-sealed class RejectedContentException extends LocalizedException {

    protected RejectedContentException(boolean tooLarge, String messageKey, Object... arguments) {
        super(tooLarge ? Kind.TOO_LARGE : Kind.UNSUPPORTED_CONTENT, messageKey, arguments);
    }
}
