package dev.earmark.feeds.web;

import dev.earmark.catalogue.boundary.Catalogue;
import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.catalogue.entity.Show;
import dev.earmark.feeds.boundary.FeedTokens;
import dev.earmark.feeds.control.PersonalAddresses;
import dev.earmark.feeds.control.ShowsOpml;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Release;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.CacheControl;
import dev.earmark.platform.web.ContentDisposition;
import dev.earmark.platform.web.EntityTag;
import dev.earmark.platform.web.Links;
import dev.earmark.platform.web.Revalidation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every show with episodes listeners can see, as one OPML 2.0 file for podcast apps ({@link Route#OPML}). In a closed
 * catalogue, asked for with a listener's token, it lists their personal feed addresses; without one, the feeds' plain
 * addresses. Mapped to its exact address, which wins over the feeds' {@code /feeds/*}. Revalidated as the listener
 * answers are, by the catalogue's revision: a current copy costs a 304, nothing is read.
 */
@WebServlet(name = "OpmlServlet", urlPatterns = "/feeds/shows.opml")
public class OpmlServlet extends HttpServlet {

    static final String FILE_NAME = "earmark-shows.opml";
    private static final String VARY = "Accept-Encoding, Accept-Language";

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueRevision revision;

    @Inject
    FeedTokens tokens;

    @Inject
    Settings settings;

    @Inject
    Release release;

    @Inject
    Links links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token = personalToken(request);
        CatalogueState state = revision.current();
        if (revalidation(request, state, token).answerNotModified(request, response)) {
            return;
        }
        List<ShowsOpml.Subscription> shows = catalogue.shows().stream()
                .filter(overview -> overview.episodeCount() > 0)
                .map(overview -> subscription(overview.show(), token))
                .toList();
        byte[] file = ShowsOpml.write(Messages.format(request.getLocale(), "feeds.opml.export.title"),
                state.lastModified(), shows);
        response.setContentType(ShowsOpml.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(FILE_NAME));
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    /**
     * The token to write into the feed addresses: only a current one, and only in a closed catalogue (an open one's
     * plain addresses work in any app). A request without a session got here with it (FeedTokenAccess); a signed-in
     * listener's is checked here.
     */
    private Optional<String> personalToken(HttpServletRequest request) {
        String token = request.getParameter(PersonalAddresses.PARAMETER);
        if (token == null || settings.anonymousBrowsing() || tokens.holderOf(token).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    private ShowsOpml.Subscription subscription(Show show, Optional<String> token) {
        return new ShowsOpml.Subscription(show.getTitle(),
                PersonalAddresses.of(links.absolute(Route.FEED.path(show.getSlug())), token),
                links.absolute(Route.SHOW_PAGE.path(show.getSlug())));
    }

    private Revalidation revalidation(HttpServletRequest request, CatalogueState state, Optional<String> token) {
        EntityTag tag = EntityTag.digestOf("OPML", String.valueOf(state.revision()),
                String.valueOf(state.lastModified().getEpochSecond()), release.version(),
                String.valueOf(release.builtAt().getEpochSecond()), links.absolute("/"), token.orElse(""),
                Objects.toString(request.getHeader("Accept-Language"), ""));
        Instant lastModified = state.lastModified().isAfter(release.builtAt()) ? state.lastModified() : release.builtAt();
        boolean shared = settings.anonymousBrowsing() && request.getRemoteUser() == null;
        return new Revalidation(tag, lastModified, CacheControl.revalidated(shared), VARY);
    }
}
