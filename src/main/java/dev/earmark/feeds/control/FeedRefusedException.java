package dev.earmark.feeds.control;

import dev.earmark.platform.control.InvalidParameterException;

/** A feed that cannot be read as a whole (not XML, a DOCTYPE, no RSS or Atom, too large): nothing is imported. */
public class FeedRefusedException extends InvalidParameterException {

    public FeedRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
