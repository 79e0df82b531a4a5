package dev.earmark.platform.web;

import dev.earmark.platform.control.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Clean, bookmarkable addresses for the listener pages (the {@link Routes.Route}s with a view: a show, an episode,
 * the embed pages for portals' iframes), served by their Facelets views, which are not reachable by their own
 * names: web.xml maps this filter to the pages' addresses and to the views' folders, and anything there that is no
 * route is a 404.
 */
public class PageRoutes extends HttpFilter {

    @Inject
    Links links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.of(request);
        Optional<Routes.Match> page = Routes.parse(path).filter(Routes.Match::isPage);
        if (page.isPresent()) {
            request.getRequestDispatcher(page.get().view()).forward(request, response);
        } else if (Routes.SHOWS.equals(path) || (Routes.SHOWS + "/").equals(path)) {
            response.sendRedirect(links.path(Routes.HOME));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
