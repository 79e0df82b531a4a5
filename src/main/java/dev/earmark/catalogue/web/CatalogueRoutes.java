package dev.earmark.catalogue.web;

import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.platform.web.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clean, bookmarkable catalogue URLs: {@code /shows/{show}} and {@code /shows/{show}/episodes/{episode}}
 * are served by the Facelets views under {@code /catalogue/}, which are not reachable by their own names.
 */
public class CatalogueRoutes extends HttpFilter {

    public static final String SHOW_VIEW = "/catalogue/show.xhtml";
    public static final String EPISODE_VIEW = "/catalogue/episode.xhtml";

    private static final Pattern SHOW = Pattern.compile("/shows/(?<show>" + Slugs.PATTERN + ")/?");
    private static final Pattern EPISODE = Pattern.compile(
            "/shows/(?<show>" + Slugs.PATTERN + ")/episodes/(?<episode>" + Slugs.PATTERN + ")/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.of(request);
        Matcher episode = EPISODE.matcher(path);
        Matcher show = SHOW.matcher(path);
        if (episode.matches()) {
            forward(request, response, EPISODE_VIEW + "?show=" + encode(episode.group("show"))
                    + "&episode=" + encode(episode.group("episode")));
        } else if (show.matches()) {
            forward(request, response, SHOW_VIEW + "?show=" + encode(show.group("show")));
        } else if ("/shows".equals(path) || "/shows/".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        request.getRequestDispatcher(target).forward(request, response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
