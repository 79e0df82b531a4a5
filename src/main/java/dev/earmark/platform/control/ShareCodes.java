package dev.earmark.platform.control;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The codes that name shared things in short links ({@code /m/{code}}): ten characters of lower-case base32, 50
 * random bits, so that a link cannot be guessed from another (ids are counted) and reads aloud without confusing 0
 * with O or 1 with l. Random, not derived from the id, so that a link says nothing of how many things there are.
 */
public final class ShareCodes {

    public static final int LENGTH = 10;
    public static final String PATTERN = "[a-z2-7]{" + LENGTH + "}";

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShareCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The first random code that {@code taken} says nothing holds yet (50 random bits: a repeat is rare). */
    public static String nextFree(Predicate<String> taken) {
        String code = next();
        while (taken.test(code)) {
            code = next();
        }
        return code;
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }
}
