package dev.earmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A session gets a new id with its first request after someone signed in, so that an id planted in a browser
 * before the sign-in (session fixation) is worth nothing after it. WildFly changes the id at the sign-in itself;
 * Payara keeps it, so Earmark does it here, on the servers' own login, once per user and session.
 */
public class NewSessionAtSignIn extends HttpFilter {

    private static final String SIGNED_IN_AS = NewSessionAtSignIn.class.getName() + ".user";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        HttpSession session = user == null ? null : request.getSession(false);
        if (session != null && !user.equals(session.getAttribute(SIGNED_IN_AS))) {
            request.changeSessionId();
            session.setAttribute(SIGNED_IN_AS, user);
        }
        chain.doFilter(request, response);
    }
}
