package dev.earmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Text answers (pages, JSON, the widget's script and style, WebVTT, oEmbed) go gzipped to clients that accept it,
 * on every server alike; audio and images go as stored. Done here rather than by the servers: neither WildFly's
 * nor Payara's compression sends {@code Vary: Accept-Encoding}, and Payara's would compress a transcript's byte
 * range (docs/architecture.md). Mapped first, so that what the routes forward to is compressed too.
 */
public class Compression extends HttpFilter {

    /**
     * The curation pages carry the Faces view state, the token that keeps other sites from posting forms, next
     * to text the curator typed: compressed, their length would help guess it (BREACH). They stay as they are.
     */
    static final String CURATION_PAGES = "/admin/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!mayCompress(request)) {
            chain.doFilter(request, response);
            return;
        }
        CompressingResponse compressing = new CompressingResponse(response,
                ContentCoding.acceptsGzip(request.getHeaders("Accept-Encoding")));
        try {
            chain.doFilter(request, compressing);
        } catch (Throwable failure) {
            compressing.abandon();
            throw failure;
        }
        compressing.finish();
    }

    /** HEAD has no body, and a Range counts bytes of the body as it is stored. */
    private static boolean mayCompress(HttpServletRequest request) {
        return !"HEAD".equals(request.getMethod())
                && request.getHeader("Range") == null
                && !RequestPaths.of(request).startsWith(CURATION_PAGES);
    }
}
