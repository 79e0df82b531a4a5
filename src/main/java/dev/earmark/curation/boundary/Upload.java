package dev.earmark.curation.boundary;

import java.io.InputStream;

/** A file as it arrives from a form or a request; the caller opens and closes the stream. */
public record Upload(String fileName, InputStream content) {
}
