package dev.earmark.media.control;

/** What {@link MediaStorage} wrote: where it lies, what it is, and its fingerprint. */
public record StoredContent(String storageKey, String mediaType, long lengthBytes, String sha256) {
}
