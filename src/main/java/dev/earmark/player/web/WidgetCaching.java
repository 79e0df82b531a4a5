package dev.earmark.player.web;

import dev.earmark.platform.web.CacheControl;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How long the widget's files may be kept (web.xml maps it to them; the server's default servlet serves them with
 * its own ETag or Last-Modified). At this release's version, for good; any other address (none, or an old
 * version that a portal's page still names, which gets today's file) only with revalidation, so a release shows
 * at once.
 */
public class WidgetCaching extends HttpFilter {

    @Inject
    WidgetFiles files;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean current = files.version().equals(request.getParameter(WidgetFiles.VERSION));
        response.setHeader("Cache-Control", current ? CacheControl.IMMUTABLE : CacheControl.revalidated(true));
        chain.doFilter(request, response);
    }
}
