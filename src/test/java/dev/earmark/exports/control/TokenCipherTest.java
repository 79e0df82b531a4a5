package dev.earmark.exports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private final TokenCipher cipher = TokenCipher.ofBase64(KEY).orElseThrow();

    @Test
    void aTokenComesBackAsItWasAndIsNotStoredInClear() {
        String token = "rw_Sk3yQ9-token-of-ada";

        String sealed = cipher.encrypt(token, "ada\nREADWISE");

        assertFalse(sealed.contains(token));
        assertFalse(new String(Base64.getDecoder().decode(sealed)).contains(token));
        assertEquals(Optional.of(token), cipher.decrypt(sealed, "ada\nREADWISE"));
    }

    @Test
    void eachValueHasItsOwnIv() {
        assertNotEquals(cipher.encrypt("same", "ada\nREADWISE"), cipher.encrypt("same", "ada\nREADWISE"));
    }

    @Test
    void aChangedValueAnotherOwnerOrAnotherKeyDoNotDecrypt() {
        String sealed = cipher.encrypt("secret-token", "ada\nNOTION");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(bytes);

        assertEquals(Optional.empty(), cipher.decrypt(tampered, "ada\nNOTION"), "the tag finds any change");
        assertEquals(Optional.empty(), cipher.decrypt(sealed, "brian\nNOTION"), "sealed to its owner");
        assertEquals(Optional.empty(), TokenCipher.ofBase64(OTHER_KEY).orElseThrow().decrypt(sealed, "ada\nNOTION"));
        assertEquals(Optional.empty(), cipher.decrypt("not base64 !", "ada\nNOTION"));
        assertEquals(Optional.empty(), cipher.decrypt("AAAA", "ada\nNOTION"));
    }

    @Test
    void onlyBase64Of32BytesIsAKey() {
        assertTrue(TokenCipher.ofBase64(KEY).isPresent());
        assertTrue(TokenCipher.ofBase64(Base64.getEncoder().encodeToString(new byte[16])).isEmpty(), "AES-128 is not enough");
        assertTrue(TokenCipher.ofBase64("not-a-key").isEmpty());
    }
}
