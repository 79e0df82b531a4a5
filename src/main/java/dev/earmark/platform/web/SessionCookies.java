package dev.earmark.platform.web;

import dev.earmark.platform.control.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure by the servers' own decision per request (see web.xml) unless
 * {@code earmark.secure-cookies} asks for it on every answer, for a TLS proxy that does not tell the server. Only a
 * listener may change the cookie's settings, and only while the application starts, so a changed setting needs a
 * restart.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        if (settings.secureCookies()) {
            started.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
