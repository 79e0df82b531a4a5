package dev.earmark.exports.control;

import dev.earmark.catalogue.entity.Episode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of exported files that every system takes: none of {@code / \ : * ? " < > |} or control characters, no final
 * dot or space (Windows drops them), none of Windows' device names ({@code CON}, {@code COM1} …), composed Unicode (as
 * macOS would otherwise decompose it, and a re-export then names another file) and at most {@value #MAX_BYTES} bytes
 * of UTF-8 before the extension (file systems take 255). Names from the show's and episode's slugs and the episode's
 * date stay the same at every export, so a re-export replaces the files of the one before. An instance hands out
 * names unique within one ZIP, also to a system that ignores case.
 */
public final class FileNames {

    static final int MAX_BYTES = 120;
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}\\u2028\\u2029\\uFEFF]+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private final Set<String> taken = new HashSet<>();

    /** The file of an episode's snips: "2024-05-01-show-slug-episode-slug.md", without a date when unpublished. */
    public static String episode(Episode episode, String extension) {
        LocalDate date = EpisodeSnips.date(episode.getPublishedAt());
        return safe((date == null ? "" : date + "-") + episode.getShow().getSlug() + "-" + episode.getSlug())
                + "." + extension;
    }

    /** The file of a whole export: "earmark-snips-2026-12-02.zip". */
    public static String export(LocalDate day, String extension) {
        return "earmark-snips-" + day + "." + extension;
    }

    /** {@code name} (without its extension) as every system takes it; "_" when nothing of it is left. */
    public static String safe(String name) {
        String safe = UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("-").strip();
        safe = shortened(safe).replaceAll("[. ]+$", "").strip();
        if (safe.isEmpty()) {
            return "_";
        }
        return DEVICE.matcher(safe).matches() ? "_" + safe : safe;
    }

    /** {@code name} if no name before it was the same ignoring case, else with "-2", "-3" … before its extension. */
    public String unique(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }

    /** At most {@link #MAX_BYTES} bytes of UTF-8, cut between characters. */
    private static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            bytes += character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                break;
            }
            kept.append(character);
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }
}
