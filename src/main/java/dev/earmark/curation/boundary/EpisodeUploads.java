package dev.earmark.curation.boundary;

import java.io.IOException;
import java.io.InputStream;

/** Files that come with a save: new audio, a new transcript, or the stored audio to be dropped. */
public record EpisodeUploads(Upload audio, Upload transcript, boolean removeAudio) {

    public static final EpisodeUploads NONE = new EpisodeUploads(null, null, false);

    /** An uploaded file, opened only when it is stored, so that it streams from where the container keeps it. */
    public record Upload(String fileName, Content content) {
    }

    @FunctionalInterface
    public interface Content {

        InputStream open() throws IOException;
    }
}
