package dev.earmark.catalogue.web;

import dev.earmark.catalogue.boundary.CatalogueRevision;
import dev.earmark.catalogue.control.CatalogueState;
import dev.earmark.platform.control.Release;
import dev.earmark.platform.control.Roles;
import dev.earmark.platform.control.Routes;
import dev.earmark.platform.control.Settings;
import dev.earmark.platform.web.CacheControl;
import dev.earmark.platform.web.EntityTag;
import dev.earmark.platform.web.Links;
import dev.earmark.platform.web.RequestPaths;
import dev.earmark.platform.web.Revalidation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Conditional GETs of what listeners read: the pages, the read API and oEmbed. Each is built from the catalogue's
 * state and a few things of the request, all known before building it, so a client whose copy is current gets a
 * 304 at the cost of comparing a tag; nothing renders. Mapped after the sign-in check (a closed catalogue never
 * confirms anything to a visitor who has not signed in) and before the page routes.
 * <p>
 * The listener pages hold no per-session state (no Faces form: the view state would be), only who is signed in,
 * which their tag includes; they are localised, so the tag includes the languages asked for.
 */
public class ListenerCaching extends HttpFilter {

    private static final String PAGE_VARY = "Accept-Encoding, Accept-Language";
    private static final String DATA_VARY = "Accept-Encoding";

    @Inject
    CatalogueRevision revision;

    @Inject
    Settings settings;

    /**
     * A new build may render the same catalogue differently, so its build time counts as a change of every answer;
     * the nodes of a cluster run the same build, so each confirms the others' answers.
     */
    @Inject
    Release release;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Kind> kind = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? Kind.of(RequestPaths.of(request)) : Optional.empty();
        if (kind.isPresent() && kind.get() == Kind.OEMBED && embedsPersonalPage(request.getParameter("url"))) {
            // A page that is not the catalogue's alone (a shared moment, which its listener may stop sharing): no
            // validator of the catalogue stands for its oEmbed answer either, and no cache keeps it.
            response.setHeader("Cache-Control", CacheControl.NO_STORE);
            chain.doFilter(request, response);
        } else if (kind.isEmpty() || !revalidation(kind.get(), request).answerNotModified(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean embedsPersonalPage(String url) {
        return url != null && links.base().appPathOf(url).flatMap(Routes::parse)
                .filter(page -> page.route().isPersonal()).isPresent();
    }

    private Revalidation revalidation(Kind kind, HttpServletRequest request) {
        CatalogueState state = revision.current();
        List<String> parts = new ArrayList<>(List.of(kind.name(), String.valueOf(state.revision()),
                String.valueOf(state.lastModified().getEpochSecond()), release.version(), String.valueOf(release.builtAt().getEpochSecond()),
                // Without a configured base URL, absolute links are made of the request's own address.
                request.getScheme(), request.getServerName(), String.valueOf(request.getServerPort())));
        parts.addAll(settings.configuredValues());
        if (kind.localised) {
            parts.add(Objects.toString(request.getHeader("Accept-Language"), ""));
        }
        if (Routes.parse(RequestPaths.of(request)).filter(page -> page.route() == Routes.Route.HIGHLIGHTS_PAGE).isPresent()) {
            // Its periods (this week, this month) lose moments as days pass, with no change of the catalogue.
            parts.add(clock.instant().truncatedTo(ChronoUnit.DAYS).toString());
        }
        String user = request.getRemoteUser();
        if (kind.personal && user != null) {
            parts.add(user);
            parts.add(String.valueOf(request.isUserInRole(Roles.ADMIN)));
            parts.add(String.valueOf(request.isUserInRole(Roles.EDITOR)));
        }
        Instant lastModified = state.lastModified().isAfter(release.builtAt()) ? state.lastModified() : release.builtAt();
        return new Revalidation(EntityTag.digestOf(parts.toArray(String[]::new)), lastModified,
                CacheControl.revalidated(settings.anonymousBrowsing() && user == null),
                kind.localised ? PAGE_VARY : DATA_VARY);
    }

    /** What listeners read, by what its answer depends on besides the catalogue. */
    enum Kind {
        /** Localised, and they show who is signed in. */
        PAGE(true, true),
        /** The iframe's title and the provider's name are localised. */
        OEMBED(true, false),
        /** The same for everyone who may read it. */
        API(false, false);

        private static final String API_SHOWS = "/api/shows";
        private static final String API_EPISODES = "/api/episodes/";
        private static final String API_TRANSCRIPTS = "/api/transcripts/";

        final boolean localised;
        final boolean personal;

        Kind(boolean localised, boolean personal) {
            this.localised = localised;
            this.personal = personal;
        }

        /** The kind of the answer at a request's path; empty for what is none of them. */
        static Optional<Kind> of(String path) {
            if (path.equals(Routes.HOME) || path.equals("/index.xhtml")
                    || Routes.parse(path).filter(Routes.Match::isCataloguePage).isPresent()) {
                return Optional.of(PAGE);
            }
            if (path.equals(Routes.OEMBED)) {
                return Optional.of(OEMBED);
            }
            if (path.equals(API_SHOWS) || path.startsWith(API_SHOWS + "/") || path.startsWith(API_EPISODES)
                    || path.startsWith(API_TRANSCRIPTS)) {
                return Optional.of(API);
            }
            return Optional.empty();
        }
    }
}
