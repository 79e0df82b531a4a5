package dev.earmark.platform.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * A failure a user should read about: it carries a bundle key and arguments, and is put
 * into words in the reader's language where it is shown (REST body, Faces message).
 */
public abstract class LocalizedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected LocalizedException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
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
