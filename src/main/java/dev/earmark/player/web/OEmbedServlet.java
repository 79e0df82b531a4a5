package dev.earmark.player.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.platform.boundary.ApiError;
import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.web.Links;
import dev.earmark.player.control.OEmbed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * oEmbed (oembed.com) for Earmark's episode and show pages and their embed pages:
 * {@code /oembed?url=…&format=json|xml} answers the player as a "rich" iframe; other features' pages that embed it
 * (a shared moment's) answer through {@link EmbeddablePages}. The URL must point at this Earmark
 * (the host of its base URL) and be one of those pages' addresses exactly as {@link Routes} reads them. Per the spec:
 * 404 for any other URL, 501 for a format other than json or xml; a missing url or a bad maxwidth/maxheight is a 400.
 */
@WebServlet(name = "OEmbed", urlPatterns = Routes.OEMBED)
public class OEmbedServlet extends HttpServlet {

    /** Thread-safe and costly to create: one for the servlet's life. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Catalogue catalogue;

    @Inject
    Links links;

    @Inject
    PlayerView player;

    @Inject
    Instance<EmbeddablePages> otherPages;

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
            Optional<OEmbed> found = links.base().appPathOf(url)
                    .flatMap(Routes::parse)
                    .flatMap(route -> answer(route, locale, maxWidth, maxHeight));
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

    /**
     * An episode page or embed gives that episode's player, a show page or embed the show's; each only if visible. The
     * other pages are other features' ({@link EmbeddablePages}), if any of them embeds the player.
     */
    private Optional<OEmbed> answer(Routes.Match route, Locale locale, OptionalInt maxWidth, OptionalInt maxHeight) {
        return switch (route.route()) {
            case EPISODE_PAGE -> catalogue.findEpisode(route.value("show"), route.value("episode"))
                    .map(episode -> player.episodeEmbed(episode, locale, maxWidth, maxHeight));
            case EPISODE_EMBED -> catalogue.findEpisode(route.id("episode"))
                    .map(episode -> player.episodeEmbed(episode, locale, maxWidth, maxHeight));
            case SHOW_PAGE, SHOW_EMBED -> catalogue.findShow(route.value("show"))
                    .map(show -> player.showEmbed(show, locale, maxWidth, maxHeight));
            case MEDIA, SEARCH_PAGE, SNIPS_PAGE, SNIP_PAGE, EXPORT_PAGE, HIGHLIGHTS_PAGE, MOMENT_PAGE, FEED, CHAPTERS, OPML,
                    SUBSCRIBE_PAGE, INSIGHTS_PAGE -> otherPages.stream()
                    .map(pages -> pages.embed(route, locale, maxWidth, maxHeight))
                    .flatMap(Optional::stream)
                    .findFirst();
        };
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
