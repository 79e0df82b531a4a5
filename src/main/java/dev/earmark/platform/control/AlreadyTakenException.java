package dev.earmark.platform.control;

/** A value that must be unique, such as an address, belongs to something else already (409). */
public non-sealed class AlreadyTakenException extends LocalizedException {

    public AlreadyTakenException(String messageKey, Object... arguments) {
        super(Kind.TAKEN, messageKey, arguments);
    }
}
