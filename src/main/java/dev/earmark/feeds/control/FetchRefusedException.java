package dev.earmark.feeds.control;

import dev.earmark.platform.control.InvalidParameterException;

/** A fetch that was refused or failed, with the reason as a bundle key ({@code feeds.fetch.*}) and its arguments. */
public class FetchRefusedException extends InvalidParameterException {

    public FetchRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
