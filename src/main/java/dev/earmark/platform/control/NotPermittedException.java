package dev.earmark.platform.control;

/** The caller is signed in but their role does not allow this (403). */
public non-sealed class NotPermittedException extends LocalizedException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(Kind.NOT_PERMITTED, messageKey, arguments);
    }
}
