package dev.earmark.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A strong entity tag (RFC 9110, section 8.8.3) and the two ways requests compare against it. */
public record EntityTag(String opaqueTag) {

    /** 128 bits of SHA-256: no two states an answer depends on share a tag by chance. */
    private static final int DIGEST_BYTES = 16;

    /**
     * A tag for whatever an answer depends on, each part in the order given: any part that changes changes the tag,
     * and the parts, which may hold any character (a header's value), never show in it.
     */
    public static EntityTag digestOf(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                // A separator that no part contains, so ("ab", "c") and ("a", "bc") differ.
                digest.update((byte) 0);
            }
            byte[] bytes = new byte[DIGEST_BYTES];
            System.arraycopy(digest.digest(), 0, bytes, 0, DIGEST_BYTES);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The tag as the ETag header carries it, in double quotes. */
    public String header() {
        return '"' + opaqueTag + '"';
    }

    /**
     * The tag as a weak one ({@code W/"…"}): for answers that are the same in meaning, not in every byte (a page
     * rendered again, compressed or not). Comparing them is what If-None-Match does anyway.
     */
    public String weakHeader() {
        return "W/" + header();
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
