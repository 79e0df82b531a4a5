package dev.earmark.curation.boundary;

/** The columns a curator may sort a show's episodes by, with the attribute each sorts on. */
public enum EpisodeSort {
    TITLE("title"),
    NUMBER("number"),
    STATUS("status"),
    PUBLISHED_AT("publishedAt");

    private final String attribute;

    EpisodeSort(String attribute) {
        this.attribute = attribute;
    }

    String attribute() {
        return attribute;
    }
}
