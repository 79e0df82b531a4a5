package dev.earmark.insights.control;

import dev.earmark.platform.control.InvalidParameterException;

/** A listening report that is not as the player sends them (400), with what is wrong in words. */
public class InvalidReportException extends InvalidParameterException {

    public InvalidReportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
