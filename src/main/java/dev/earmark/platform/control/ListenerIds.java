package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque id of a signed-in listener for the player, which stamps the snips waiting in the browser with it so that
 * they are sent only with the session of the listener who made them (a shared computer: the next listener's session
 * must not take them). It reveals nothing of the account: an HMAC of the name with a secret drawn at each start and
 * kept in memory only. It needs to be stable only while the browser's queue lives; after a restart the ids change
 * and the snips stamped before wait in the browser as another listener's (the player never moves them into an
 * account without asking).
 */
@ApplicationScoped
@Named("listenerIds")
public class ListenerIds {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;

    private final SecretKeySpec secret;

    public ListenerIds() {
        byte[] key = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(key);
        secret = new SecretKeySpec(key, ALGORITHM);
    }

    /** The same for the same name as long as this deployment runs. */
    public String of(String listener) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(listener.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java platform", unavailable);
        }
    }
}
