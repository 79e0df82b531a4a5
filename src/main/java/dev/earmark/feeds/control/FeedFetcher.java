package dev.earmark.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Fetches a feed, or a file a feed names, from outside: only http and https, no credentials in the address, no
 * request to a loopback, link-local, private, multicast or unspecified address (checked on the address connected to),
 * redirects followed by hand and checked, timeouts and a size cap.
 */
@ApplicationScoped
public class FeedFetcher {

    /**
     * @param known the validators of the copy fetched last, for a conditional GET ({@link Validators#NONE} for none)
     * @param maxBytes the most a body may have (decoded); more is refused
     * @throws FetchRefusedException with the reason, for anything refused or failed
     */
    public Fetched fetch(URI address, Validators known, long maxBytes) {
        throw new UnsupportedOperationException("FeedFetcher: the fetching part is still being built");
    }
}
