package dev.earmark.feeds.control;

import dev.earmark.platform.control.BaseUrl;

/**
 * The absolute URLs a feed writes. Those of files that a podcast app fetches without a sign-in (audio, artwork,
 * transcripts, chapters) end with {@code fileMark}, where a closed catalogue's listener token goes
 * ({@link RenderedFeed}); pages are for browsers, which sign in, and carry none.
 *
 * @param fileMark written after each file's URL; "" for none
 */
public record FeedAddresses(BaseUrl base, String fileMark) {

    /** A page of Earmark, or a URL elsewhere as it is. */
    public String page(String appPath) {
        return base.absolute(appPath);
    }

    /** A file of Earmark, marked; a URL elsewhere (an external enclosure) as it is. */
    public String file(String appPath) {
        return appPath.startsWith("/") ? base.absolute(appPath) + fileMark : appPath;
    }
}
