package dev.earmark.player.web;

import dev.earmark.platform.control.Routes;
import dev.earmark.platform.web.EntityTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The widget's static files under versioned addresses ({@code widget.js?v=…}): the version is a digest of both
 * files as this release ships them, so a browser or proxy may keep them for good, and a new release, with new
 * addresses, is never mixed with a kept old file. The script asks for its style, for its transcript view when a
 * listener opens one, and for its snips' code, with its own version.
 */
@ApplicationScoped
public class WidgetFiles {

    static final String STYLE = "/widget.css";
    /** The transcript view, which the script loads when it is first opened. */
    static final String TRANSCRIPT = "/widget-transcript.js";
    /** The snips' code, which the script loads after the first play or at the first snip. */
    static final String SNIPS = "/widget-snips.js";
    /** The share menu of the listener's snips, which the snips' code loads at the first press of "Share snip". */
    static final String SHARE = "/widget-share.js";
    /** The marks of the most saved moments, which the snips' code loads. */
    static final String HIGHLIGHTS = "/widget-highlights.js";
    /** The listening insights' reports, which the snips' code loads at the first play. */
    static final String INSIGHTS = "/widget-insights.js";
    /** The query parameter that carries the version. */
    static final String VERSION = "v";

    @Inject
    ServletContext context;

    private volatile String version;

    /** The release's version of the widget's files (they never change while it runs). */
    public String version() {
        if (version == null) {
            version = EntityTag.digestOf(content(Routes.WIDGET), content(STYLE), content(TRANSCRIPT),
                    content(SNIPS), content(SHARE), content(HIGHLIGHTS), content(INSIGHTS)).opaqueTag();
        }
        return version;
    }

    /** The app path of the script at this release's version. */
    public String versionedScript() {
        return Routes.WIDGET + "?" + VERSION + "=" + version();
    }

    private String content(String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the WAR");
            }
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
