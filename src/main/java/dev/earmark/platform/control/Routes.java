package dev.earmark.platform.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Earmark's public addresses, each defined once by a template ("/shows/{show}/episodes/{episode}") from which both
 * the pattern that reads it and the code that writes it are made. Routes take plain values (slugs, ids, file names);
 * features turn their entities into them (catalogue's {@code CatalogueLinks}, media's {@code MediaPaths}). Paths are
 * app paths, below the base URL, which {@link BaseUrl} makes links of. Reading is strict, so that each page has one
 * address and nothing else reaches a view: slugs as {@link #SLUG}, ids as {@link #ID}, a page's optional final slash,
 * nothing more.
 */
public final class Routes {

    /** Lowercase ASCII letters and digits joined by single hyphens: what a show's or episode's slug may be. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    /** Up to 18 digits, which always fit a long; no leading zero, so each thing has one address. */
    public static final String ID = "[1-9][0-9]{0,17}";

    public static final String HOME = "/";
    /** The list of shows is the home page; this address leads there. */
    public static final String SHOWS = "/shows";
    public static final String OEMBED = "/oembed";
    /**
     * Whether this server can serve, for load balancers and operators: {@code /health} and {@code /health/ready} check
     * what serving needs, {@code /health/live} only that the server answers. Open in a closed catalogue too.
     */
    public static final String HEALTH = "/health";
    public static final String WIDGET = "/widget.js";

    private Routes() {
    }

    /**
     * The routes with values. A template's segment is a word, or a value in braces: {@code {show}} a slug,
     * {@code {episode:id}} an id, {@code {name:file}} a file name, which is the last segment and may be left out.
     */
    public enum Route {

        SHOW_PAGE("/shows/{show}", "/catalogue/show.xhtml"),
        EPISODE_PAGE("/shows/{show}/episodes/{episode}", "/catalogue/episode.xhtml"),
        /** The player alone, for portals' iframes: the show's latest episode, with the show's list to pick from. */
        SHOW_EMBED("/embed/shows/{show}", "/player/embed.xhtml"),
        EPISODE_EMBED("/embed/episodes/{episode:id}", "/player/embed.xhtml"),
        /**
         * Search results; the words and the page come as the query ({@code ?q=…&page=…}). The view is no folder's:
         * the servers redirect a folder's name to the folder ("/search" → "/search/") before any filter runs.
         */
        SEARCH_PAGE("/search", "/search.xhtml"),
        /**
         * The signed-in listener's snips (My snips), filtered and paged by the query ({@code ?show=…&episode=…&tag=…
         * &q=…&page=…}); its view is no folder's, as the search page's.
         */
        SNIPS_PAGE("/snips", "/snips.xhtml", true),
        /** One of the listener's snips, to edit, nudge or delete; anyone else's is not found. */
        SNIP_PAGE("/snips/{snip:id}", "/snip.xhtml", true),
        /**
         * Exporting the listener's snips: files to download (Markdown for Obsidian and Logseq, CSV, JSON) and the
         * connections to Readwise and Notion; the snips are My snips' filters, passed on as the query.
         */
        EXPORT_PAGE("/snips/export", "/exports/export.xhtml", true),
        /**
         * The moments many listeners saved, catalogue-wide ({@code ?period=week|month|all&show=…&page=…}); its view is
         * no folder's, as the search page's.
         */
        HIGHLIGHTS_PAGE("/highlights", "/highlights.xhtml"),
        /**
         * A shared moment, a snip's or a highlight's, by its share code: short, stable, unguessable. Whether a viewer
         * may see it depends on the snip's sharing as well as the catalogue, so no catalogue validator stands for it.
         */
        MOMENT_PAGE("/m/{moment:code}", "/sharing/moment.xhtml", true),
        /** A stored file: the id selects it, the name only makes the link readable and names a download. */
        MEDIA("/media/{file:id}/{name:file}", null),
        /**
         * A show's podcast feed (RSS 2.0 with the iTunes and Podcasting 2.0 tags). In a closed catalogue it, and the
         * files it names, take a listener's feed token as the query ({@code ?token=…}).
         */
        FEED("/feeds/{show}.xml", null),
        /** An episode's chapters as Podcasting 2.0 JSON chapters, which its feed item names. */
        CHAPTERS("/feeds/{show}/{episode:id}/chapters.json", null),
        /** Every show's feed in one OPML 2.0 file, for a podcast app to subscribe to all. */
        OPML("/feeds/shows.opml", null),
        /**
         * Subscribing in a podcast app: every show's feed address (personal ones, with the listener's token, in a
         * closed catalogue), the OPML file, and the token's renewal and revocation. Its view is no folder's, as the
         * search page's, and not under /feeds/ either, where the feeds' servlet (/feeds/*) would take the forward
         * before the Faces servlet (*.xhtml): a path mapping wins over an extension mapping.
         */
        SUBSCRIBE_PAGE("/subscribe", "/subscribe.xhtml", true),
        /**
         * Curators' listening insights ({@code ?show=…&episode=…&from=…&to=…}): below /admin/, so that only admins
         * and editors reach it; personal, as its figures change with each aggregation, not with the catalogue.
         */
        INSIGHTS_PAGE("/admin/insights", "/insights/dashboard.xhtml", true);

        private final List<Segment> segments;
        private final Pattern pattern;
        private final String view;
        private final boolean personal;

        /** @param view the Facelets view that serves the route, not reachable by its own name; null for a servlet's */
        Route(String template, String view) {
            this(template, view, false);
        }

        /** @param personal whether what it shows depends on who asks (see {@link #isPersonal()}) */
        Route(String template, String view, boolean personal) {
            this.segments = Arrays.stream(template.substring(1).split("/")).map(Segment::of).toList();
            String path = segments.stream().map(Segment::regex).collect(Collectors.joining());
            this.pattern = Pattern.compile(view == null ? path : path + "/?");
            this.view = view;
            this.personal = personal;
        }

        /** The app path with these values, one per value segment in the template's order, encoded where needed. */
        public String path(Object... values) {
            List<String> given = Arrays.stream(values)
                    .map(value -> value == null ? "" : String.valueOf(value))
                    .toList();
            List<Segment> valued = segments.stream().filter(segment -> segment.kind() != null).toList();
            if (given.size() != valued.size()) {
                throw new IllegalArgumentException(this + " takes " + valued.size() + " values, not " + given.size());
            }
            StringBuilder path = new StringBuilder();
            int next = 0;
            for (Segment segment : segments) {
                path.append(segment.write(segment.kind() == null ? null : given.get(next++)));
            }
            return path.toString();
        }

        /** A page has a view (the others are a servlet's). */
        public boolean isPage() {
            return view != null;
        }

        /**
         * A page whose content depends on who asks, not on the catalogue's state alone (the signed-in listener's own
         * snips; a shared moment, which its listener shares with some and may stop sharing), so no validator of the
         * catalogue stands for it and no cache keeps it.
         */
        public boolean isPersonal() {
            return personal;
        }
    }

    /** A route read from a path, with its values by name. */
    public record Match(Route route, Map<String, String> values) {

        public String value(String name) {
            return values.get(name);
        }

        public long id(String name) {
            return Long.parseLong(values.get(name));
        }

        public boolean isPage() {
            return route.isPage();
        }

        /** A page that the catalogue's state alone decides, the same for everyone who may see it. */
        public boolean isCataloguePage() {
            return route.isPage() && !route.isPersonal();
        }

        /** The view that serves a page, without parameters (null for a servlet's route). */
        public String viewId() {
            return route.view;
        }

        /** A page's view with the route's values as its parameters, to forward to. */
        public String view() {
            return route.view + values.entrySet().stream()
                    .map(value -> value.getKey() + "=" + encode(value.getValue()))
                    .collect(Collectors.joining("&", "?", ""));
        }
    }

    /** The route at a decoded app path (the servlet path and path info the container serves), if any. */
    public static Optional<Match> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Route route : Route.values()) {
            Matcher matcher = route.pattern.matcher(path);
            if (matcher.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                route.segments.stream().filter(segment -> segment.kind() != null).forEach(segment ->
                        values.put(segment.text(), Optional.ofNullable(matcher.group(segment.text())).orElse("")));
                return Optional.of(new Match(route, Collections.unmodifiableMap(values)));
            }
        }
        return Optional.empty();
    }

    /** The search page's results for what a listener would type into its box ({@link Route#SEARCH_PAGE}'s {@code q}). */
    public static String search(String typed) {
        return Route.SEARCH_PAGE.path() + "?q=" + encode(typed);
    }

    /** The oEmbed answer for a page's absolute URL, in "json" or "xml". */
    public static String oembed(String pageUrl, String format) {
        return OEMBED + "?url=" + encode(pageUrl) + "&format=" + encode(format);
    }

    /** Spaces as %20 rather than "+", which in a path is a plus. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private enum Kind {
        SLUG(Routes.SLUG), ID(Routes.ID), CODE(ShareCodes.PATTERN), FILE("[^/]*");

        private final Pattern pattern;

        Kind(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        /** The segment for a value; a file name is left out when empty, any other value must be of its kind. */
        String write(String value) {
            if (this == FILE) {
                return value.isEmpty() ? "" : "/" + encode(value);
            }
            if (!pattern.matcher(value).matches()) {
                throw new IllegalArgumentException("not a " + name().toLowerCase(Locale.ROOT) + ": " + value);
            }
            return "/" + value;
        }
    }

    /** A word (kind null) or a value of a kind named by {@code text}, followed by a fixed suffix (often none). */
    private record Segment(String text, Kind kind, String suffix) {

        static Segment of(String template) {
            if (!template.startsWith("{")) {
                return new Segment(template, null, "");
            }
            int end = template.indexOf('}');
            String[] parts = template.substring(1, end).split(":");
            Kind kind = parts.length == 1 ? Kind.SLUG : Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
            return new Segment(parts[0], kind, template.substring(end + 1));
        }

        String regex() {
            if (kind == null) {
                return "/" + Pattern.quote(text);
            }
            String value = "(?<" + text + ">" + kind.pattern.pattern() + ")";
            String fixed = suffix.isEmpty() ? "" : Pattern.quote(suffix);
            return kind == Kind.FILE ? "(?:/" + value + ")?" : "/" + value + fixed;
        }

        String write(String value) {
            return kind == null ? "/" + text : kind.write(value) + suffix;
        }
    }
}
