package dev.earmark.platform.control;

/** Someone else saved the same thing since the caller loaded it: their change would be lost (409). */
public class ConcurrentChangeException extends LocalizedException {

    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
