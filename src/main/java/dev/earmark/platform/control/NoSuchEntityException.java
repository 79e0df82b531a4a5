package dev.earmark.platform.control;

/** Thrown by a boundary's {@code getX} when X does not exist or is not visible to the caller. */
public abstract class NoSuchEntityException extends LocalizedException {

    protected NoSuchEntityException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
