package dev.earmark.transcripts.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body (RFC 7578) of text fields and one file, which streams from disk rather than memory. */
final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream fields = new ByteArrayOutputStream();

    Multipart(String boundary) {
        this.boundary = boundary;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    void field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    /** The body: the fields so far, then the file, then the closing boundary. */
    BodyPublisher withFile(String name, AudioToTranscribe audio) throws IOException {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + quotable(audio.fileName()) + "\"\r\nContent-Type: " + audio.mediaType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return BodyPublishers.concat(BodyPublishers.ofByteArray(fields.toByteArray()), BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(audio.path()), BodyPublishers.ofByteArray(tail));
    }

    private void write(String text) {
        fields.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file name inside the header's quotes: no quote, backslash or line break can end it early. */
    private static String quotable(String fileName) {
        return fileName.replaceAll("[\"\\\\\\r\\n]", "_");
    }
}
