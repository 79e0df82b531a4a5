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
 * Headers every answer carries. No page may be framed (clickjacking), except the player's embed
 * pages under {@value #EMBED_PATHS}: Earmark itself and the portal origins of {@code earmark.embed-origins}
 * may frame those. Browsers that know CSP ignore X-Frame-Options, which cannot name origins.
 */
public class SecurityHeaders extends HttpFilter {

    public static final String EMBED_PATHS = "/embed/";

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // The normalised path: /embed/%2e%2e/admin/ is the curation area, which no one may frame.
        if (RequestPaths.of(request).startsWith(EMBED_PATHS)) {
            response.setHeader("Content-Security-Policy", frameAncestors(settings.embedOrigins()));
        } else {
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    /** The embed pages' policy: Earmark itself and each allowed portal origin, in a stable order. */
    static String frameAncestors(Set<String> origins) {
        StringBuilder policy = new StringBuilder("frame-ancestors 'self'");
        new TreeSet<>(origins).forEach(origin -> policy.append(' ').append(origin));
        return policy.toString();
    }
}
