package dev.earmark.player.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.entity.Episode;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.catalogue.entity.Slugs;
import dev.earmark.platform.boundary.ApiError;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Messages;
import dev.earmark.player.control.EmbedSnippets;
import dev.earmark.player.control.OEmbed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * oEmbed (oembed.com) for Earmark's episode and show pages: {@code /oembed?url=…&format=json|xml} answers
 * the player as a "rich" iframe. Per the spec: 404 for a URL that is not an Earmark page, 501 for a
 * format other than json or xml; a missing url or a bad maxwidth/maxheight is a 400.
 */
@WebServlet(name = "OEmbed", urlPatterns = "/oembed")
public class OEmbedServlet extends HttpServlet {

    private static final Pattern EPISODE_PAGE = Pattern.compile(
            "/shows/(?<show>" + Slugs.PATTERN + ")/episodes/(?<episode>" + Slugs.PATTERN + ")/?");
    private static final Pattern SHOW_PAGE = Pattern.compile("/shows/(?<show>" + Slugs.PATTERN + ")/?");
    private static final Pattern EPISODE_EMBED = Pattern.compile("/embed/episodes/(?<id>[0-9]{1,18})");
    private static final Pattern SHOW_EMBED = Pattern.compile("/embed/shows/(?<show>" + Slugs.PATTERN + ")");

    /** Thread-safe and costly to create: one for the servlet's life. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Catalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        String format = Optional.ofNullable(request.getParameter("format")).orElse("json");
        if (!"json".equals(format) && !"xml".equals(format)) {
            error(response, HttpServletResponse.SC_NOT_IMPLEMENTED, "Not Implemented",
                    Messages.format(locale, "error.oembed.format", format));
            return;
        }
        OEmbed answer;
        try {
            String url = request.getParameter("url");
            if (url == null || url.isBlank()) {
                throw new InvalidParameterException("error.oembed.url");
            }
            OptionalInt maxWidth = OEmbed.dimension("maxwidth", request.getParameter("maxwidth"));
            OptionalInt maxHeight = OEmbed.dimension("maxheight", request.getParameter("maxheight"));
            Optional<OEmbed> found = resolve(request, url, maxWidth, maxHeight);
            if (found.isEmpty()) {
                error(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                        Messages.format(locale, "error.oembed.notFound", url));
                return;
            }
            answer = found.get();
        } catch (InvalidParameterException invalid) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", invalid.localizedMessage(locale));
            return;
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("xml".equals(format)) {
            response.setContentType("text/xml");
            response.getWriter().write(answer.xml());
        } else {
            response.setContentType("application/json");
            response.getWriter().write(json(answer.fields()));
        }
    }

    private Optional<OEmbed> resolve(HttpServletRequest request, String url, OptionalInt maxWidth,
            OptionalInt maxHeight) {
        Optional<String> path = pathOnThisSite(request, url);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String appBase = appBase(request);
        Locale locale = request.getLocale();
        String provider = Messages.format(locale, "app.name");
        Matcher episodePage = EPISODE_PAGE.matcher(path.get());
        Matcher episodeEmbed = EPISODE_EMBED.matcher(path.get());
        Optional<Episode> episode = episodePage.matches()
                ? catalogue.findEpisode(episodePage.group("show"), episodePage.group("episode"))
                : episodeEmbed.matches() ? catalogue.findEpisode(Long.parseLong(episodeEmbed.group("id"))) : Optional.empty();
        if (episode.isPresent()) {
            Episode found = episode.get();
            return Optional.of(OEmbed.sized(found.getTitle(), found.getShow().getAuthor(), provider, appBase + "/",
                    appBase + "/embed/episodes/" + found.getId(),
                    Messages.format(locale, "player.embed.iframeTitle", found.getTitle()),
                    EmbedSnippets.EPISODE_HEIGHT, maxWidth, maxHeight));
        }
        Matcher showPage = SHOW_PAGE.matcher(path.get());
        Matcher showEmbed = SHOW_EMBED.matcher(path.get());
        String showSlug = showPage.matches() ? showPage.group("show") : showEmbed.matches() ? showEmbed.group("show") : null;
        Optional<Show> show = showSlug == null ? Optional.empty() : catalogue.findShow(showSlug);
        return show.map(found -> OEmbed.sized(found.getTitle(), found.getAuthor(), provider, appBase + "/",
                appBase + "/embed/shows/" + found.getSlug(),
                Messages.format(locale, "player.embed.iframeTitle", found.getTitle()),
                EmbedSnippets.SHOW_HEIGHT, maxWidth, maxHeight));
    }

    /** The URL's path inside Earmark when it points at this server's Earmark, else empty. */
    private static Optional<String> pathOnThisSite(HttpServletRequest request, String url) {
        try {
            URI uri = new URI(url.strip());
            String path = uri.getPath();
            String context = request.getContextPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || path == null || !path.startsWith(context + "/")) {
                return Optional.empty();
            }
            return Optional.of(path.substring(context.length()));
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    private static String appBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static void error(HttpServletResponse response, int status, String reason, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(new ApiError(status, reason, message, null)));
    }

    private static String json(Object value) {
        return JSONB.toJson(value);
    }
}
