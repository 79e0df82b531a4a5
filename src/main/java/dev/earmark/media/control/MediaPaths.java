package dev.earmark.media.control;

import dev.earmark.media.entity.MediaFile;
import dev.earmark.platform.control.Routes.Route;

/** Where the media servlet serves a stored file, as an app path. */
public final class MediaPaths {

    private MediaPaths() {
    }

    /** "/media/7/Episode%2060.opus": the id selects the file, the name only makes the link readable. */
    public static String of(MediaFile file) {
        return Route.MEDIA.path(file.getId(), file.getFileName());
    }
}
