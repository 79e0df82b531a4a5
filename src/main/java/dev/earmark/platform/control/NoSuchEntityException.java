package dev.earmark.platform.control;

/** Thrown by a boundary's {@code getX} when X does not exist or is not visible to the caller (404). */
public abstract non-sealed class NoSuchEntityException extends LocalizedException {

    protected NoSuchEntityException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, arguments);
    }
}
