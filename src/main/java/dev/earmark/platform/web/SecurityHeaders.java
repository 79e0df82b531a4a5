package dev.earmark.platform.web;

import dev.earmark.platform.control.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Headers every answer carries, above all its Content-Security-Policy. Pages load scripts, styles and fonts
 * from Earmark only, and no inline script runs, so injected markup cannot execute; images and audio may come
 * from the web, as show artwork and enclosures of imported shows do. The curation pages allow inline
 * scripts, because Faces writes its Ajax calls into event attributes. Stored media are sandboxed: an uploaded
 * file opened on its own can run nothing. No page may be framed (clickjacking), except the player's embed
 * pages under {@value #EMBED_PATHS}: Earmark itself and the portal origins of {@code earmark.embed-origins}
 * may frame those. Browsers that know CSP ignore X-Frame-Options, which cannot name origins.
 */
public class SecurityHeaders extends HttpFilter {

    public static final String EMBED_PATHS = "/embed/";
    private static final String CURATION_PATHS = "/admin/";
    private static final String DECIDED = SecurityHeaders.class.getName() + ".decided";
    private static final String MEDIA_PATHS = "/media/";

    private static final String SOURCES = "default-src 'self'; img-src 'self' https: http: data:; "
            + "media-src 'self' https: http:; object-src 'none'; base-uri 'none'; form-action 'self'; ";
    private static final String NO_INLINE_SCRIPTS = "script-src 'self'; ";
    private static final String FACES_INLINE_SCRIPTS = "script-src 'self' 'unsafe-inline'; ";
    private static final String SANDBOXED = "sandbox; default-src 'none'; ";
    private static final String NOT_FRAMED = "frame-ancestors 'none'";

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(DECIDED) != null) {
            // A forward after the request was seen: the embed routes' target must keep the embed pages' framing.
            // (An attribute, not containsHeader: Payara's forwarded response does not report the headers set.)
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(DECIDED, Boolean.TRUE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // The normalised path: /embed/%2e%2e/admin/ is the curation area, which no one may frame. On a forward it is
        // the target's: the container's sign-in page shown in place of a protected page.
        String path = RequestPaths.of(request);
        response.setHeader("Content-Security-Policy", policy(path, settings.embedOrigins()));
        if (!path.startsWith(EMBED_PATHS)) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    /** The policy for an answer at this path (servlet path and path info). */
    static String policy(String path, Set<String> embedOrigins) {
        if (path.startsWith(MEDIA_PATHS)) {
            return SANDBOXED + NOT_FRAMED;
        }
        if (path.startsWith(CURATION_PATHS)) {
            return SOURCES + FACES_INLINE_SCRIPTS + NOT_FRAMED;
        }
        return SOURCES + NO_INLINE_SCRIPTS + (path.startsWith(EMBED_PATHS) ? frameAncestors(embedOrigins) : NOT_FRAMED);
    }

    /** The embed pages' framing: Earmark itself and each allowed portal origin, in a stable order. */
    static String frameAncestors(Set<String> origins) {
        StringBuilder policy = new StringBuilder("frame-ancestors 'self'");
        new TreeSet<>(origins).forEach(origin -> policy.append(' ').append(origin));
        return policy.toString();
    }
}
