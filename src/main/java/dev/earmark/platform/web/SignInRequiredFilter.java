package dev.earmark.platform.web;

import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Settings;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
 * rather than web.xml, so admins can change it. Features may admit some requests without a session on their own terms
 * ({@link SessionlessAccess}: a listener's feed token).
 */
public class SignInRequiredFilter extends HttpFilter {

    @Inject
    Settings settings;

    @Inject
    Instance<SessionlessAccess> admissions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (settings.anonymousBrowsing() || request.getRemoteUser() != null || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        for (SessionlessAccess admission : admissions) {
            SessionlessAccess.Verdict verdict = admission.decide(request, response);
            if (verdict == SessionlessAccess.Verdict.ADMITTED) {
                chain.doFilter(request, response);
            }
            if (verdict != SessionlessAccess.Verdict.NOT_MINE) {
                return;
            }
        }
        String path = RequestPaths.of(request);
        if (path.startsWith("/api/") || !"GET".equals(request.getMethod())) {
            JsonErrors.send(response, Status.UNAUTHORIZED, Messages.format(request.getLocale(), "error.signInRequired"));
            return;
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.sendRedirect(request.getContextPath() + signIn(path + query));
    }

    /** The app path of the sign-in, which brings the visitor back to {@code next} (an app path) once signed in. */
    public static String signIn(String next) {
        return "/account/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /**
     * Decided on the normalised path: {@code /account/%2e%2e/api/shows} is the API, not the account. The sign-in
     * form posts to the one address of the container's login; any other path ending like it is not open. The health
     * answers are open: a load balancer does not sign in, and they tell nothing of the catalogue.
     */
    private static boolean isOpen(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/account/")
                || path.equals("/widget.js") || path.equals("/widget.css") || path.equals("/widget-transcript.js")
                || path.equals("/widget-snips.js") || path.equals("/widget-share.js")
                || path.equals("/widget-highlights.js") || path.equals("/widget-insights.js")
                || path.equals("/j_security_check") || path.equals(Routes.HEALTH) || path.startsWith(Routes.HEALTH + "/");
    }
}
