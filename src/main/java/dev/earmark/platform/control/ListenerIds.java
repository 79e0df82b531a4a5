package dev.earmark.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An opaque id of a signed-in listener for the player, which stamps the snips waiting in the browser with it so that
 * they are sent only with the session of the listener who made them (a shared computer: the next listener's session
 * must not take them). The same on every server and after every restart, so that a snip waiting in the browser is
 * sent whichever server answers and however long the browser was offline: a SHA-256 of the name, marked as Earmark's.
 * It does not show the name; someone who guesses a name can check the guess against an id, which in an intranet tells
 * nothing that its directory does not (the id goes only to the listener's own browser and the allowed portals).
 */
@ApplicationScoped
@Named("listenerIds")
public class ListenerIds {

    private static final String ALGORITHM = "SHA-256";
    /** Sets these ids apart from any other hash of the same names. */
    private static final String PURPOSE = "earmark listener id\u0000";

    public String of(String listener) {
        try {
            byte[] hash = MessageDigest.getInstance(ALGORITHM)
                    .digest((PURPOSE + listener).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java platform", unavailable);
        }
    }
}
