package dev.earmark.snips.control;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.snips.entity.Snip;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tags as listeners type them ("#Security", "key  transparency") made one way: lower case, without a leading
 * "#", inner white space as single hyphens, so that one tag is not two by its spelling.
 */
public final class SnipTags {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private SnipTags() {
    }

    /** @throws InvalidParameterException for more than {@link Snip#TAGS_MAX} tags or one over {@link Snip#TAG_MAX} */
    public static Set<String> normalise(Collection<String> typed) {
        Set<String> tags = new TreeSet<>();
        if (typed != null) {
            typed.stream().map(SnipTags::normalise).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        }
        if (tags.size() > Snip.TAGS_MAX) {
            throw new InvalidParameterException("snips.error.tooManyTags", Snip.TAGS_MAX);
        }
        return tags;
    }

    /** One tag made the one way; empty when nothing of it is left. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String tag = CONTROL.matcher(typed).replaceAll("").strip();
        while (tag.startsWith("#")) {
            tag = tag.substring(1).strip();
        }
        tag = WHITESPACE.matcher(tag).replaceAll("-").toLowerCase(Locale.ROOT);
        if (tag.length() > Snip.TAG_MAX) {
            throw new InvalidParameterException("snips.error.tagTooLong", typed.strip(), Snip.TAG_MAX);
        }
        return tag;
    }
}
