package dev.earmark.feeds.control;

import dev.earmark.platform.control.BaseUrl;
import java.util.Optional;

/**
 * A closed catalogue's addresses for podcast apps: the feed's, and each address the feed names on Earmark (audio,
 * artwork, chapters, transcripts), with the listener's token as the query parameter {@value #PARAMETER}.
 */
public final class PersonalAddresses {

    public static final String PARAMETER = "token";

    private PersonalAddresses() {
    }

    /**
     * The address with the token when it is this Earmark's own (below {@code base}); any other (an imported episode's
     * audio elsewhere) as it was, so that the secret never goes to another host.
     */
    public static String ofOwn(BaseUrl base, String address, Optional<String> token) {
        return address != null && base.appPathOf(address).isPresent() ? of(address, token) : address;
    }

    /** The address with the token added to its query; as it was without a token. */
    public static String of(String address, Optional<String> token) {
        if (token.isEmpty()) {
            return address;
        }
        int fragment = address.indexOf('#');
        String beforeFragment = fragment < 0 ? address : address.substring(0, fragment);
        String separator = beforeFragment.contains("?") ? "&" : "?";
        // The secret's characters need no escaping in a query (FeedSecrets).
        return beforeFragment + separator + PARAMETER + "=" + token.get() + (fragment < 0 ? "" : address.substring(fragment));
    }
}
