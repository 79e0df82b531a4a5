package dev.earmark.platform.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The signed-in listener of an API request: what is theirs (positions, snips) is theirs alone. */
public final class SignedIn {

    /** WWW-Authenticate's scheme: sign-in happens on Earmark's sign-in page, not through an HTTP challenge. */
    private static final String CHALLENGE = "FormBased";

    private SignedIn() {
    }

    /** @throws NotAuthorizedException (401) when nobody is signed in */
    public static String listener(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        return principal.getName();
    }
}
