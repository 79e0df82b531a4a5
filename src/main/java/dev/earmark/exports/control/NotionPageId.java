package dev.earmark.exports.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Notion page's id as the API takes it (a UUID with hyphens), from what a listener pastes: the page's link
 * ("https://www.notion.so/team/Podcast-notes-0123456789abcdef0123456789abcdef?pvs=4"), its id with or without hyphens.
 * The id is the last 32 hexadecimal digits of the link's path.
 */
public record NotionPageId(String value) {

    private static final Pattern BARE = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern HYPHENATED = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IN_LINK = Pattern.compile("^https://(?:[a-z0-9-]+\\.)*notion\\.(?:so|site)/[^?#]*?"
            + "([0-9a-fA-F]{32}|[0-9a-fA-F-]{36})(?:[?#].*)?$");

    public static Optional<NotionPageId> parse(String pasted) {
        if (pasted == null) {
            return Optional.empty();
        }
        String text = pasted.strip();
        if (BARE.matcher(text).matches() || HYPHENATED.matcher(text).matches()) {
            return Optional.of(of(text));
        }
        Matcher link = IN_LINK.matcher(text);
        if (link.matches() && (BARE.matcher(link.group(1)).matches() || HYPHENATED.matcher(link.group(1)).matches())) {
            return Optional.of(of(link.group(1)));
        }
        return Optional.empty();
    }

    private static NotionPageId of(String hex) {
        String bare = hex.replace("-", "").toLowerCase(Locale.ROOT);
        return new NotionPageId(bare.substring(0, 8) + "-" + bare.substring(8, 12) + "-" + bare.substring(12, 16) + "-"
                + bare.substring(16, 20) + "-" + bare.substring(20));
    }
}
