package dev.earmark.platform.web;

import dev.earmark.platform.boundary.ApiError;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Settings;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * When anonymous browsing is switched off (setting {@code earmark.anonymous-browsing=false}), everything
 * but the sign-in itself and static resources asks for a signed-in user: pages go to the protected
 * sign-in address (the container's login, then back to the page), the API answers 401. A setting
 * rather than web.xml, so admins can change it.
 */
public class SignInRequiredFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (settings.anonymousBrowsing() || request.getRemoteUser() != null || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/") || !"GET".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            ApiError error = new ApiError(HttpServletResponse.SC_UNAUTHORIZED, Status.UNAUTHORIZED.getReasonPhrase(),
                    Messages.format(request.getLocale(), "error.signInRequired"), null);
            JSON.toJson(error, response.getWriter());
            return;
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/account/sign-in?next="
                + URLEncoder.encode(path(request) + query, StandardCharsets.UTF_8));
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/account/")
                || path.equals("/widget.js") || path.equals("/widget.css") || path.endsWith("/j_security_check");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
