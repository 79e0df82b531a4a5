package dev.earmark.media.control;

import dev.earmark.media.entity.MediaFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the media servlet serves a stored file, as an app path. */
public final class MediaPaths {

    private MediaPaths() {
    }

    /** "/media/7/Episode%2060.opus": the id selects the file, the name only makes the link readable. */
    public static String of(MediaFile file) {
        return "/media/" + file.getId() + "/"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
