package dev.earmark.platform.control;

/** Someone else saved the same thing since the caller loaded it: their change would be lost (409). */
public non-sealed class ConcurrentChangeException extends LocalizedException {

    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(Kind.CHANGED_MEANWHILE, messageKey, arguments);
    }
}
