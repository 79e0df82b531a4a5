package dev.earmark.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code /account/sign-in} is protected (web.xml), so reaching it means the container's login
 * succeeded: it sends the listener on to where they came from. {@code /account/sign-out} ends the
 * session. Going through a protected address keeps the FORM login's saved request on every server.
 */
@WebServlet(name = "AccountServlet", urlPatterns = {"/account/sign-in", "/account/sign-out"})
public class AccountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/sign-in")) {
            response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next")));
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!request.getServletPath().endsWith("/sign-out")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Only a path inside Earmark: never another site ("//evil.example", "https://…"). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
