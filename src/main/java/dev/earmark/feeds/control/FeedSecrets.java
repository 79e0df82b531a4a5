package dev.earmark.feeds.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of personal feed addresses: 256 random bits, written URL-safe (Base64url without padding, 43
 * characters, nothing a query needs to escape), and the SHA-256 that is stored in their place. A hash without salt
 * is enough: the secret is random and long, so no table of likely secrets exists to look a hash up in, and one
 * hash finds its row by the index.
 */
public final class FeedSecrets {

    static final int BYTES = 32;
    /** What {@link #generate} writes: anything else is no secret of ours and needs no database look-up. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedSecrets() {
    }

    public static String generate() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether the text has the form of a secret (not whether it is anyone's). */
    public static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The SHA-256 of the secret's characters, lowercase hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
