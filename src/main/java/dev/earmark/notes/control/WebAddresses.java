package dev.earmark.notes.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Addresses that Earmark hands to listeners' browsers: only http and https, so no link opens a local file or script. */
public final class WebAddresses {

    /** The longest address taken, as long as the columns that store addresses; it also bounds the parsing. */
    public static final int MAX_LENGTH = 2000;

    private WebAddresses() {
    }

    /** The address as a URI when it is an absolute http or https one with a host. */
    public static Optional<URI> http(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }
}
