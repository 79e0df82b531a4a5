package dev.earmark.platform.control;

/** A request parameter that cannot be used as given: the caller's fault, reported with its name. */
public class InvalidParameterException extends LocalizedException {

    public InvalidParameterException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
