package dev.earmark.platform.control;

/** The caller is signed in but their role does not allow this (403). */
public class NotPermittedException extends LocalizedException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
