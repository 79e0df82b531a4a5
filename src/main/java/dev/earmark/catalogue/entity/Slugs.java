package dev.earmark.catalogue.entity;

import dev.earmark.platform.control.Routes;
import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names for shows and episodes: lowercase ASCII letters and digits joined by single hyphens. */
public final class Slugs {

    /** The addresses' own pattern, so that every valid slug is one page's address. */
    public static final String PATTERN = Routes.SLUG;

    private Slugs() {
    }

    /** A slug made from a title ("59: Meta ❤️ Python 3.12" → "59-meta-python-3-12"), cut at a word boundary. */
    public static String of(String title, int maxLength) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (ascii.length() <= maxLength) {
            return ascii;
        }
        String cut = ascii.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
    }
}
