package dev.earmark.exports.control;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What was sent of a snip, in short: equal hashes mean the service already has it as it is. */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the JSON as sent, in hex (64 characters). */
    public static String of(JsonObject sent) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sent.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
