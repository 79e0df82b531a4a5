package dev.earmark.curation.boundary;

import dev.earmark.platform.control.InvalidParameterException;

/** A value of one field that cannot be saved; the field's name lets a form show the message next to it. */
public class EpisodeFieldException extends InvalidParameterException {

    private final String field;

    public EpisodeFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
