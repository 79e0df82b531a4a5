package dev.earmark.platform.control;

/** A request parameter that cannot be used as given: the caller's fault, reported with its name (400). */
public non-sealed class InvalidParameterException extends LocalizedException {

    public InvalidParameterException(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, arguments);
    }
}
