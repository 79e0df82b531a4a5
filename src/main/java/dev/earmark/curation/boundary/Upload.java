package dev.earmark.curation.boundary;

import dev.earmark.media.boundary.MediaLibrary;
import dev.earmark.media.entity.MediaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** An uploaded file, opened only when it is stored, so that it streams from where the container keeps it. */
public record Upload(String fileName, Content content) {

    @FunctionalInterface
    public interface Content {

        InputStream open() throws IOException;
    }

    /** Stores the file; one refused for what it is is reported at {@code field}, so the form shows why next to it. */
    MediaFile storeIn(MediaLibrary media, String field, long maxBytes, Set<String> acceptedTypes) {
        return InvalidFieldException.rejectedAt(field, () -> {
            try (InputStream in = content.open()) {
                return media.store(in, fileName, maxBytes, acceptedTypes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
