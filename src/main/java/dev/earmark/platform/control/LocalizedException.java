package dev.earmark.platform.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * A failure a user should read about: it carries a bundle key and arguments, and is put
 * into words in the reader's language where it is shown (REST body, Faces message).
 * The kinds are fixed here, each answered with its own HTTP status; features extend a kind
 * ({@code ShowNotFoundException extends NoSuchEntityException}), never this class.
 */
public abstract sealed class LocalizedException extends RuntimeException permits NoSuchEntityException,
        ConcurrentChangeException, AlreadyTakenException, InvalidParameterException, NotPermittedException,
        RejectedContentException, TooManyRequestsException {

    /** What went wrong, as far as the caller is concerned. */
    public enum Kind {
        NOT_FOUND,
        CHANGED_MEANWHILE,
        TAKEN,
        INVALID,
        NOT_PERMITTED,
        TOO_LARGE,
        TOO_MANY_REQUESTS,
        UNSUPPORTED_CONTENT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    LocalizedException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The name of the form field the failure is about, for forms that show it there; null for the whole request. */
    public String field() {
        return null;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}
