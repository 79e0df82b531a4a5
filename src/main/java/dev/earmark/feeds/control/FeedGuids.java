package dev.earmark.feeds.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Podcasting 2.0's {@code podcast:guid}: a UUID version 5 (name-based, SHA-1, RFC 9562) of the feed's URL without
 * its scheme and trailing slashes, in the namespace the podcast namespace defines. The JDK makes only version 3.
 */
public final class FeedGuids {

    /** The "podcast" namespace of Podcasting 2.0. */
    public static final UUID PODCAST_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    private FeedGuids() {
    }

    /** The guid a feed at this URL gets ("https://example.com/feed.xml/" and "example.com/feed.xml" alike). */
    public static UUID ofFeedUrl(String feedUrl) {
        String seed = feedUrl.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("/+$", "");
        return nameBased(PODCAST_NAMESPACE, seed);
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
