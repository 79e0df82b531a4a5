package dev.earmark.snips.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A place to share a moment's link by a plain link (no script of theirs, nothing that tracks): its name, which names
 * its text in the bundle ({@code sharing.menu.<name>} on pages, {@code player.widget.share<Name>} in the player), and
 * the address that opens it with the link and title filled in. Made here once for both share menus: the pages' and the
 * player's, which takes them from the snips' API ({@code SnipJson.shareLinks}); a highlight's moment page uses them too.
 */
public record ShareTarget(String name, String href) {

    /** E-mail, Microsoft Teams, LinkedIn, X and WhatsApp, in the order the share menu lists them. */
    public static List<ShareTarget> of(String url, String title) {
        String text = title + " " + url;
        return List.of(
                new ShareTarget("email", "mailto:?subject=" + encode(title) + "&body=" + encode(text)),
                new ShareTarget("teams", "https://teams.microsoft.com/share?href=" + encode(url) + "&msgText="
                        + encode(title)),
                new ShareTarget("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(url)),
                new ShareTarget("x", "https://x.com/intent/post?text=" + encode(title) + "&url=" + encode(url)),
                new ShareTarget("whatsapp", "https://wa.me/?text=" + encode(text)));
    }

    /** Spaces as %20: a mail program reads "+" in a mailto body as a plus. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
