package dev.earmark.player.web;

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
 * The player's embed pages for iframes: {@code /embed/episodes/{id}} and {@code /embed/shows/{slug}} (the
 * latest episode, with the show's list to pick from), served by {@value #EMBED_VIEW}, which is not
 * reachable by its own name. Portals may frame them (see platform's SecurityHeaders).
 */
public class EmbedRoutes extends HttpFilter {

    public static final String EMBED_VIEW = "/player/embed.xhtml";

    private static final Pattern EPISODE = Pattern.compile("/embed/episodes/(?<id>[0-9]{1,18})/?");
    private static final Pattern SHOW = Pattern.compile("/embed/shows/(?<show>" + Slugs.PATTERN + ")/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.of(request);
        Matcher episode = EPISODE.matcher(path);
        Matcher show = SHOW.matcher(path);
        if (episode.matches()) {
            forward(request, response, EMBED_VIEW + "?episode=" + episode.group("id"));
        } else if (show.matches()) {
            forward(request, response, EMBED_VIEW + "?show=" + URLEncoder.encode(show.group("show"), StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        request.getRequestDispatcher(target).forward(request, response);
    }
}
