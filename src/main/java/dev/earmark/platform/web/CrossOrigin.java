package dev.earmark.platform.web;

import dev.earmark.platform.control.ListenerIds;
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
 * {@code earmark.embed-origins} may read it, without credentials. A listener's own data ({@link ListenersOwnApi}: snips
 * and positions) alone is open to them with credentials, so that the player on a portal page saves the signed-in
 * listener's snips and positions; what changes data there must also pass {@link RequestForgeryGuard}, whose header
 * the preflight allows. Their answers name the signed-in listener by an opaque id ({@link #LISTENER}, {@link ListenerIds}),
 * so that the player sends the snips waiting in the browser only with the session of the listener who made them.
 */
public class CrossOrigin extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, HEAD";
    static final String LISTENERS_OWN_METHODS = "GET, HEAD, POST, PUT, DELETE";
    static final String LISTENERS_OWN_HEADERS = "Content-Type, Idempotency-Key, " + RequestForgeryGuard.HEADER;
    /** The signed-in listener's opaque id, on the answers about their own data. */
    static final String LISTENER = "X-Earmark-Listener";
    /**
     * What a script may read of the answers beyond the safelisted headers: a new snip's address, when to try again,
     * whose the answer is.
     */
    static final String LISTENERS_OWN_EXPOSED = "Location, Retry-After, " + LISTENER;
    static final String VARY = "Vary";
    static final String ORIGIN = "Origin";
    /** How long a browser may keep a preflight's answer, in seconds. */
    static final String PREFLIGHT_MAX_AGE = "600";

    @Inject
    Settings settings;

    @Inject
    ListenerIds listenerIds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader(ORIGIN);
        boolean allowed = origin != null && settings.embedOrigins().contains(origin);
        boolean listenersOwn = ListenersOwnApi.covers(RequestPaths.of(request));
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            if (listenersOwn) {
                response.setHeader("Access-Control-Allow-Credentials", "true");
                response.setHeader("Access-Control-Expose-Headers", LISTENERS_OWN_EXPOSED);
            }
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            if (allowed) {
                response.setHeader("Access-Control-Allow-Methods", listenersOwn ? LISTENERS_OWN_METHODS : ALLOWED_METHODS);
                if (listenersOwn) {
                    response.setHeader("Access-Control-Allow-Headers", LISTENERS_OWN_HEADERS);
                }
                response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
            }
            response.setStatus(allowed ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (listenersOwn && request.getRemoteUser() != null) {
            response.setHeader(LISTENER, listenerIds.of(request.getRemoteUser()));
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
