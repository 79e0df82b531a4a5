package dev.earmark.platform.web;

import dev.earmark.platform.control.Routes;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * A form on a routed page posts to the page's own address ({@code /snips/12}), not to its view's name
 * ({@code /snip.xhtml}), which {@link PageRoutes} answers with a 404 so that each page has one address: the post
 * goes through the route, which forwards it to the view with the route's values, and Faces restores the view there.
 * faces-config.xml installs it.
 */
public class RoutedForms extends ViewHandlerWrapper {

    public RoutedForms(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            String routedUri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String routedPath = routedPathOf(request);
            boolean routedHere = routedUri != null && routedPath != null && Routes.parse(routedPath)
                    .filter(Routes.Match::isPage).filter(page -> Objects.equals(page.viewId(), viewId)).isPresent();
            if (routedHere) {
                return routedUri;
            }
        }
        return super.getActionURL(context, viewId);
    }

    /** The path the request had before the route forwarded it, as {@link RequestPaths} reads a request's. */
    private static String routedPathOf(HttpServletRequest request) {
        String servletPath = (String) request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        String pathInfo = (String) request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
        return servletPath == null ? null : pathInfo == null ? servletPath : servletPath + pathInfo;
    }
}
