package dev.earmark.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedSecretsTest {

    @Test
    void aSecretIs256RandomBitsThatAQueryCarriesAsTheyAre() {
        String secret = FeedSecrets.generate();

        assertEquals(43, secret.length());
        assertEquals(FeedSecrets.BYTES, Base64.getUrlDecoder().decode(secret).length);
        assertEquals(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8), "nothing to escape in a query");
        assertTrue(FeedSecrets.wellFormed(secret));
    }

    @Test
    void secretsDiffer() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            secrets.add(FeedSecrets.generate());
        }
        assertEquals(1_000, secrets.size());
    }

    @Test
    void theHashIsTheSha256OfTheSecretInLowercaseHex() {
        // SHA-256("abc"), FIPS 180-2's example.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FeedSecrets.hash("abc"));
        String secret = FeedSecrets.generate();
        assertTrue(FeedSecrets.hash(secret).matches("[0-9a-f]{64}"));
        assertEquals(FeedSecrets.hash(secret), FeedSecrets.hash(secret));
        assertNotEquals(FeedSecrets.hash(secret), FeedSecrets.hash(FeedSecrets.generate()));
    }

    @Test
    void whatIsNoSecretsShapeIsNotLookedUp() {
        String secret = FeedSecrets.generate();

        assertFalse(FeedSecrets.wellFormed(null));
        assertFalse(FeedSecrets.wellFormed(""));
        assertFalse(FeedSecrets.wellFormed(secret.substring(1)));
        assertFalse(FeedSecrets.wellFormed(secret + "A"));
        assertFalse(FeedSecrets.wellFormed(secret.substring(1) + "="));
        assertFalse(FeedSecrets.wellFormed(secret.substring(1) + "+"));
        assertFalse(FeedSecrets.wellFormed("' OR 1=1 --" + secret.substring(11)));
    }
}
