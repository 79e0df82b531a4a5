package dev.earmark.feeds.control;

import java.net.URI;

/**
 * A fetch's answer: the body (empty when not modified), its media type as the server declared it (may be null), the
 * address it finally came from after redirects, and the validators to send next time.
 */
public record Fetched(URI address, boolean notModified, byte[] body, String mediaType, Validators validators) {
}
