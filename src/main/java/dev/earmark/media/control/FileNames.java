package dev.earmark.media.control;

import dev.earmark.media.entity.MediaFile;
import java.text.Normalizer;

/** Makes an uploader's file name fit to be offered back in a download: a name only, no path, nothing invisible. */
public final class FileNames {

    static final String FALLBACK = "audio";

    /** A longer "extension" is rather part of the name, and is cut like the rest. */
    private static final int EXTENSION_MAX = 16;

    private FileNames() {
    }

    public static String clean(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        // Browsers on Windows used to send the whole client path; either separator may come.
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints()
                .filter(FileNames::isShown)
                .forEach(kept::appendCodePoint);
        // Leading dots would hide the file on save, trailing ones are dropped by Windows anyway.
        String trimmed = kept.toString().replaceAll("^[\\s\\p{Z}.]+|[\\s\\p{Z}.]+$", "");
        return trimmed.isEmpty() ? FALLBACK : shorten(trimmed);
    }

    /**
     * Control and format characters go: among them the right-to-left override that shows
     * "photo[RLO]gpj.exe" as "photoexe.jpg". Double quotes go too, as they end a quoted header parameter.
     */
    private static boolean isShown(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint != '"'
                && type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Counts UTF-16 units, as Bean Validation and H2 do, and never cuts a surrogate pair in half; keeps a
     * short extension so the saved file still opens with the right program.
     */
    private static String shorten(String name) {
        if (name.length() <= MediaFile.FILE_NAME_MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= EXTENSION_MAX ? name.substring(dot) : "";
        int cut = MediaFile.FILE_NAME_MAX - extension.length();
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut) + extension;
    }
}
