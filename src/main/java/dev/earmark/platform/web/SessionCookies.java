package dev.earmark.platform.web;

import dev.earmark.platform.control.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie goes with top-level navigation from other sites (a link into Earmark keeps the listener
 * signed in) but not with their forms, images or frames: SameSite=Lax. Secure is the servers' own decision per
 * request (see web.xml) unless {@code earmark.secure-cookies} asks for it on every answer. Only a listener may
 * change the cookie's settings, and only while the application starts, so a changed setting needs a restart.
 * WildFly 38 ignores the SameSite attribute set here: WEB-INF/undertow-handlers.conf sets it there.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        SessionCookieConfig cookie = started.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        if (settings.secureCookies()) {
            cookie.setSecure(true);
        }
    }
}
