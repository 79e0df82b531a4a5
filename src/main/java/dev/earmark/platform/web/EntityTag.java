package dev.earmark.platform.web;

/** A strong entity tag (RFC 9110, section 8.8.3) and the two ways requests compare against it. */
public record EntityTag(String opaqueTag) {

    /** The tag as the ETag header carries it, in double quotes. */
    public String header() {
        return '"' + opaqueTag + '"';
    }

    /** If-None-Match compares weakly: {@code W/"x"} matches {@code "x"}; {@code *} matches any tag. */
    public boolean matchesAnyOf(String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(header())) {
                return true;
            }
        }
        return false;
    }

    /** If-Range compares strongly: a weak tag never matches. */
    public boolean matchesStrongly(String candidate) {
        return candidate.strip().equals(header());
    }
}
