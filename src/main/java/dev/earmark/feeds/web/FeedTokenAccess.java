package dev.earmark.feeds.web;

import dev.earmark.feeds.boundary.FeedTokens;
import dev.earmark.feeds.control.PersonalAddresses;
import dev.earmark.platform.control.Messages;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Routes.Route;
import dev.earmark.platform.web.CacheControl;
import dev.earmark.platform.web.RequestPaths;
import dev.earmark.platform.web.SessionlessAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A closed catalogue's feeds for podcast apps, which cannot sign in: a request that reads a feed, the OPML file or a
 * file a feed names (its audio, artwork, chapters and transcripts), and carries a listener's current token as
 * {@code ?token=…}, is served without a session, as a visitor's would be in an open catalogue (so only what
 * listeners may see). The token opens nothing else: every other address still asks for a sign-in. A token that is
 * no one's (mistyped, renewed or revoked) is refused as such, whichever address it came with, so the refusal tells
 * nothing about what exists there.
 */
@ApplicationScoped
public class FeedTokenAccess implements SessionlessAccess {

    /** The addresses a feed names, besides the feeds themselves. */
    private static final Set<Route> FEED_FILES = EnumSet.of(Route.FEED, Route.CHAPTERS, Route.OPML, Route.MEDIA);
    /** The transcript as WebVTT, made from its cues (catalogue.control.CatalogueLinks#captions). */
    private static final Pattern TRANSCRIPT = Pattern.compile("/api/transcripts/" + Routes.ID + "\\.vtt");

    @Inject
    FeedTokens tokens;

    @Override
    public Verdict decide(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || !isFeedFile(RequestPaths.of(request))) {
            return Verdict.NOT_MINE;
        }
        String token = request.getParameter(PersonalAddresses.PARAMETER);
        if (token == null) {
            return Verdict.NOT_MINE;
        }
        keepPrivate(response);
        if (tokens.holderOf(token).isPresent()) {
            return Verdict.ADMITTED;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        // The API's challenge: sign-in happens on Earmark's page, not through a prompt of the app.
        response.setHeader("WWW-Authenticate", "FormBased");
        response.setHeader("Cache-Control", CacheControl.NO_STORE);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(Messages.format(request.getLocale(), "feeds.access.tokenRefused"));
        return Verdict.REFUSED;
    }

    /**
     * A personal address is kept by no shared cache, and no page it leads to learns it from the Referer. Whatever
     * answers may still tighten the caching (the servlets set their own private Cache-Control).
     */
    static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    static boolean isFeedFile(String path) {
        return TRANSCRIPT.matcher(path).matches()
                || Routes.parse(path).filter(match -> FEED_FILES.contains(match.route())).isPresent();
    }
}
