package dev.earmark.insights.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One day's way of telling clients apart without knowing them: an HMAC-SHA256 of address and user agent keyed with
 * the day's secret salt. Without the salt, which is deleted when its day is over, a hash cannot be traced back to an
 * address (there are few enough IPv4 addresses to try them all against a plain digest) nor matched with another
 * day's.
 */
public final class ClientHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    /** @param salt as {@link #newSalt()} makes them */
    public ClientHash(String salt) {
        this.key = new SecretKeySpec(Base64.getUrlDecoder().decode(salt), ALGORITHM);
    }

    /** A new secret: 256 random bits as 43 characters of URL-safe Base64. */
    public static String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return TEXT.encodeToString(salt);
    }

    /** The client's hash: 43 characters of URL-safe Base64. */
    public String of(String address, String userAgent) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // A line break cannot occur in an address, so no other pair of address and user agent gives these bytes.
            byte[] digest = mac.doFinal((address + "\n" + (userAgent == null ? "" : userAgent))
                    .getBytes(StandardCharsets.UTF_8));
            return TEXT.encodeToString(digest);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, missing);
        }
    }
}
