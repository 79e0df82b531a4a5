package dev.earmark.platform.web;

import dev.earmark.platform.control.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * CORS for the data the player fetches from portal pages (the API, oEmbed): only the origins of
 * {@code earmark.embed-origins} may read it. Without credentials: a portal page never acts as the listener.
 */
public class CrossOrigin extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, HEAD";
    static final String VARY = "Vary";
    static final String ORIGIN = "Origin";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final String PREFLIGHT_MAX_AGE = "600";

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader(ORIGIN);
        boolean allowed = origin != null && settings.embedOrigins().contains(origin);
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            if (allowed) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
            }
            response.setStatus(allowed ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, new VaryByOrigin(response));
    }

    /**
     * Answers differ by Origin, so caches (the browser's too) must keep them apart even when this one
     * allows nobody: "Origin" stays in Vary whatever else a resource puts there (Accept-Language).
     */
    static final class VaryByOrigin extends HttpServletResponseWrapper {

        VaryByOrigin(HttpServletResponse response) {
            super(response);
            response.setHeader(VARY, ORIGIN);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, VARY.equalsIgnoreCase(name) ? withOrigin(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (VARY.equalsIgnoreCase(name)) {
                super.setHeader(VARY, withOrigin(getHeader(VARY) + ", " + value));
            } else {
                super.addHeader(name, value);
            }
        }

        static String withOrigin(String vary) {
            if (vary == null || vary.isBlank()) {
                return ORIGIN;
            }
            boolean named = Arrays.stream(vary.split(",")).map(String::strip).anyMatch(ORIGIN::equalsIgnoreCase);
            return named ? vary : vary + ", " + ORIGIN;
        }
    }
}
