package dev.earmark.curation.web;

import dev.earmark.curation.boundary.Upload;
import jakarta.servlet.http.Part;

/** What an {@code h:inputFile} hands over. */
final class FileInputs {

    private FileInputs() {
    }

    /**
     * The chosen file, to be streamed from where the container keeps it; null for none: a file input left empty
     * still sends a part, without a name or content.
     */
    static Upload upload(Part part) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isEmpty())) {
            return null;
        }
        return new Upload(part.getSubmittedFileName(), part::getInputStream);
    }
}
