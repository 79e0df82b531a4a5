package dev.earmark.platform.web;

import dev.earmark.platform.control.Roles;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;

/**
 * Gives every view the role names as {@code Roles}, for {@code #{request.isUserInRole(Roles.ADMIN)}}, in the
 * application scope where {@code f:importConstants} puts what a view imports. A view imports in its own
 * {@code f:metadata} only, never through its template, and the layout checks roles on every page.
 */
@WebListener
public class RoleNames implements ServletContextListener {

    static final String VIEW_NAME = "Roles";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(VIEW_NAME, Map.of("ADMIN", Roles.ADMIN, "EDITOR", Roles.EDITOR));
    }
}
