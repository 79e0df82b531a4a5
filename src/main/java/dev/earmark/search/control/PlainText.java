package dev.earmark.search.control;

import java.util.regex.Pattern;

/**
 * Show notes (HTML) as the words they show, for the index and for passages; the same as the function
 * {@code earmark_plain_text} of the PostgreSQL migration V10, so that both databases see the same words.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PlainText() {
    }

    public static String ofHtml(String html) {
        if (html == null) {
            return "";
        }
        return TAG.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
