package dev.earmark.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Earmark is reached ("https://podcasts.example.com/earmark"), the one base of every link it writes: the
 * configured {@code earmark.base-url}, else the address of the request being answered. App paths ("/shows/x",
 * see {@link Routes}) become links below it; Earmark's own external URLs stay as they are.
 *
 * @param scheme   "http" or "https"
 * @param host     the host name, an IPv6 address in brackets
 * @param port     the port, or -1 for the scheme's default
 * @param basePath "" at the server's root, else "/earmark": no final slash
 */
public record BaseUrl(String scheme, String host, int port, String basePath) {

    public BaseUrl {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        port = defaultPort ? -1 : port;
        basePath = basePath == null || "/".equals(basePath) ? "" : basePath;
    }

    /** A configured base (checked by {@link Settings#baseUrl()}); a final slash is left out. */
    public static BaseUrl of(URI configured) {
        String path = configured.getRawPath();
        return new BaseUrl(configured.getScheme(), configured.getHost(), configured.getPort(),
                path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** "https://podcasts.example.com", or with the port when it is not the scheme's default. */
    public String origin() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }

    /** The link for an app path as the site's pages use it: "/earmark/shows/x". */
    public String path(String appPath) {
        return isOwnPath(appPath) ? basePath + appPath : appPath;
    }

    /** The link for an app path as it leaves the site (oEmbed, link previews, the API, embed snippets). */
    public String absolute(String appPath) {
        return isOwnPath(appPath) ? origin() + basePath + appPath : appPath;
    }

    /**
     * The app path of a URL that points at this Earmark, as written ("/shows/x" for
     * "https://podcasts.example.com/earmark/shows/x?page=2"), else empty. Its host must be this base's; scheme and
     * port may differ, as the same page answers on both.
     */
    public Optional<String> appPathOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String path = uri.getRawPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host) || path == null
                    || !path.startsWith(basePath + "/")) {
                return Optional.empty();
            }
            return Optional.of(path.substring(basePath.length()));
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    /** External URLs (an episode's audio elsewhere), null and "" pass unchanged. */
    private static boolean isOwnPath(String appPath) {
        return appPath != null && appPath.startsWith("/");
    }
}
