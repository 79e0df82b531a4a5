package dev.earmark.platform.control;

/** Uploaded content refused for what it is (413 when too large, 415 when of a kind not accepted). */
public abstract class RejectedContentException extends LocalizedException {

    private final boolean tooLarge;

    protected RejectedContentException(boolean tooLarge, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.tooLarge = tooLarge;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
