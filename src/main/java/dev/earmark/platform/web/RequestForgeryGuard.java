package dev.earmark.platform.web;

import dev.earmark.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.util.Set;

/**
 * The defence against cross-site request forgery on a listener's own data ({@link ListenersOwnApi}), which portals
 * may call with the listener's session: every request that changes something must carry {@value #HEADER}: 1. A form or
 * an image of another site cannot set a header, and a script of another origin can only after a CORS preflight that
 * {@link CrossOrigin} answers for the allowed origins alone; so this holds whatever the browser does with SameSite.
 * Anything else is refused with 403 and the reason in JSON.
 */
public class RequestForgeryGuard extends HttpFilter {

    static final String HEADER = "X-Earmark-Request";
    static final String VALUE = "1";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refuses(request.getMethod(), RequestPaths.of(request), request.getHeader(HEADER))) {
            JsonErrors.send(response, Status.FORBIDDEN, Messages.format(request.getLocale(), "error.requestHeaderMissing"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean refuses(String method, String path, String header) {
        return !SAFE_METHODS.contains(method) && ListenersOwnApi.covers(path) && !VALUE.equals(header);
    }
}
