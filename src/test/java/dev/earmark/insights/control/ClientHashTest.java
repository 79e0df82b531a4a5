package dev.earmark.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.insights.entity.DailySalt;
import dev.earmark.insights.entity.ListeningEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ClientHashTest {

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    @Test
    void saltsAreNewEachTimeAndFitTheirColumn() {
        Set<String> salts = new HashSet<>();
        IntStream.range(0, 1_000).forEach(any -> salts.add(ClientHash.newSalt()));

        assertEquals(1_000, salts.size());
        assertTrue(salts.stream().allMatch(salt -> salt.length() == 43 && salt.length() <= DailySalt.SALT_LENGTH
                && salt.matches("[A-Za-z0-9_-]+")), salts.iterator().next());
    }

    @Test
    void oneClientOneHashForTheDay() {
        ClientHash today = new ClientHash(ClientHash.newSalt());
        String hash = today.of("192.0.2.10", CHROME);

        assertEquals(hash, today.of("192.0.2.10", CHROME));
        assertEquals(43, hash.length());
        assertTrue(hash.length() <= ListeningEvent.CLIENT_HASH_LENGTH);
        assertFalse(hash.contains("192.0.2.10"));
        assertNotEquals(hash, today.of("192.0.2.11", CHROME), "another address");
        assertNotEquals(hash, today.of("192.0.2.10", CHROME.replace("131", "130")), "another browser");
        assertNotEquals(today.of("192.0.2.1", "0" + CHROME), today.of("192.0.2.10", CHROME), "no ambiguous joins");
        assertEquals(today.of("2001:db8::1", null), today.of("2001:db8::1", ""));
    }

    @Test
    void anotherDaysSaltAnotherHash() {
        assertNotEquals(new ClientHash(ClientHash.newSalt()).of("192.0.2.10", CHROME),
                new ClientHash(ClientHash.newSalt()).of("192.0.2.10", CHROME));
    }

    @Test
    void isTheHmacOfAddressAndUserAgentWithTheSalt() throws Exception {
        String salt = ClientHash.newSalt();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(salt), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(("192.0.2.10\n" + CHROME).getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, new ClientHash(salt).of("192.0.2.10", CHROME));
    }
}
