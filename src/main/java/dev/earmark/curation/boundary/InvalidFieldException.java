package dev.earmark.curation.boundary;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.RejectedContentException;
import java.util.function.Supplier;

/** A value of one field that cannot be saved; the field's name lets a form show the message next to it. */
public class InvalidFieldException extends InvalidParameterException {

    private final String field;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** Runs {@code work}; content it refuses (a file of the wrong kind, too large) is reported at {@code field}. */
    static <T> T rejectedAt(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (RejectedContentException refused) {
            throw new InvalidFieldException(field, refused.messageKey(), refused.arguments());
        }
    }

    @Override
    public String field() {
        return field;
    }
}
