package dev.earmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A feature's own admission, for some of its addresses, of requests without a session while the catalogue is closed
 * (anonymous browsing off): a podcast app cannot sign in, so the feeds let a listener's secret in the address stand
 * for them. {@link SignInRequiredFilter} asks each CDI bean of this type before it asks for a sign-in, so that the
 * platform need not know the features that admit anyone.
 */
public interface SessionlessAccess {

    enum Verdict {
        /** Not an address or a request this admission is about: the sign-in check goes on as usual. */
        NOT_MINE,
        /** Served without a session. */
        ADMITTED,
        /** Refused, and the refusal is answered. */
        REFUSED
    }

    /** Called only for requests without a signed-in user while the catalogue is closed. */
    Verdict decide(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
