package dev.earmark.feeds.web;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.feeds.boundary.FeedDocuments;
import dev.earmark.feeds.boundary.FeedRendering;
import dev.earmark.feeds.boundary.FeedTokens;
import dev.earmark.feeds.control.ChaptersJson;
import dev.earmark.feeds.control.RenderedFeed;
import dev.earmark.platform.control.Release;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.CacheControl;
import dev.earmark.platform.web.ContentCoding;
import dev.earmark.platform.web.EntityTag;
import dev.earmark.platform.web.Links;
import dev.earmark.platform.web.RequestPaths;
import dev.earmark.platform.web.Revalidation;
import dev.earmark.platform.web.SignInRequiredFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows' podcast feeds ({@link Route#FEED}) and their episodes' JSON chapters ({@link Route#CHAPTERS}). Both are
 * revalidated from the catalogue's state before anything is read, as the listener pages are (ListenerCaching),
 * so a podcast app's poll of an unchanged feed costs a 304. A feed's XML is rendered once per state and kept with
 * its gzip, which goes out as it is to the apps that take gzip (the Compression filter leaves an answer that has a
 * Content-Encoding alone).
 * <p>
 * In a closed catalogue (anonymous browsing off) podcast apps cannot sign in: they present a listener's feed token
 * as {@code ?token=…}, and the feed's file URLs carry it on. Without a current token, or a signed-in listener, the
 * answer is the sign-in filter's.
 */
@WebServlet(name = "FeedServlet", urlPatterns = "/feeds/*")
public class FeedServlet extends HttpServlet {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String JSON_CHAPTERS = "application/json+chapters; charset=UTF-8";
    private static final String VARY = "Accept-Encoding";
    private static final String TOKEN = "token";

    @Inject
    FeedDocuments documents;

    @Inject
    FeedRendering rendering;

    @Inject
    FeedTokens tokens;

    @Inject
    CatalogueRevision revision;

    @Inject
    Settings settings;

    @Inject
    Release release;

    @Inject
    Links links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        Optional<Routes.Match> match = Routes.parse(RequestPaths.of(request))
                .filter(found -> found.route() == Route.FEED || found.route() == Route.CHAPTERS);
        if (match.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> token = Optional.ofNullable(request.getParameter(TOKEN)).filter(given -> !given.isBlank());
        boolean open = settings.anonymousBrowsing();
        if (!open && request.getRemoteUser() == null && token.flatMap(tokens::holderOf).isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(request.getContextPath() + SignInRequiredFilter.signIn(RequestPaths.of(request) + query));
            return;
        }
        // Open catalogues have no personal feeds: a token there changes nothing; nor does one that is no one's, which a
        // signed-in listener's request did not need.
        Optional<String> personal = open ? Optional.empty() : token.filter(given -> tokens.holderOf(given).isPresent());
        String slug = match.get().value("show");
        if (revalidation(match.get(), personal, open && request.getRemoteUser() == null)
                .answerNotModified(request, response)) {
            return;
        }
        if (match.get().route() == Route.FEED) {
            feed(request, response, slug, personal, withBody);
        } else {
            chapters(response, slug, match.get().id("episode"), withBody);
        }
    }

    private void feed(HttpServletRequest request, HttpServletResponse response, String slug,
            Optional<String> personal, boolean withBody) throws IOException {
        Optional<RenderedFeed> feed = documents.find(slug, links.base());
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(RSS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (personal.isPresent()) {
            // Personal copies are joined per request; the Compression filter gzips them on the way.
            if (withBody) {
                feed.get().writeWithToken(personal.get(), response.getOutputStream());
            }
        } else if (ContentCoding.acceptsGzip(request.getHeaders("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(feed.get().gzippedLength());
            if (withBody) {
                feed.get().writeGzipped(response.getOutputStream());
            }
        } else {
            response.setContentLength(feed.get().length());
            if (withBody) {
                feed.get().writeWhole(response.getOutputStream());
            }
        }
    }

    private void chapters(HttpServletResponse response, String slug, long episodeId, boolean withBody)
            throws IOException {
        Optional<String> json = rendering.chapters(slug, episodeId).filter(chapters -> !chapters.isEmpty())
                .map(ChaptersJson::of);
        if (json.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = json.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(JSON_CHAPTERS);
        response.setContentLength(bytes.length);
        if (withBody) {
            response.getOutputStream().write(bytes);
        }
    }

    /**
     * The validators of everything the answer is made of, known before reading any of it: the catalogue's state, the
     * build, the base URL (the links are absolute), the settings and, for a personal feed, its token.
     */
    private Revalidation revalidation(Routes.Match match, Optional<String> token, boolean shared) {
        CatalogueState state = revision.current();
        List<String> parts = new ArrayList<>(List.of(match.route().name(), match.value("show"),
                String.valueOf(match.values().getOrDefault("episode", "")), String.valueOf(state.revision()),
                String.valueOf(state.lastModified().getEpochSecond()), release.version(),
                String.valueOf(release.builtAt().getEpochSecond()), links.base().origin(), links.base().basePath(),
                token.orElse("")));
        parts.addAll(settings.configuredValues());
        Instant lastModified = state.lastModified().isAfter(release.builtAt()) ? state.lastModified() : release.builtAt();
        return new Revalidation(EntityTag.digestOf(parts.toArray(String[]::new)), lastModified,
                CacheControl.revalidated(shared && token.isEmpty()), VARY);
    }
}
