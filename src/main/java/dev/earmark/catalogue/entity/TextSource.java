package dev.earmark.catalogue.entity;

/** Who wrote an episode's summary or topics: what a curator is shown and the audit trail records. */
public enum TextSource {
    /** A curator wrote it, or changed what was suggested. */
    CURATOR,
    /** The built-in engine took it from the transcript (sentences, distinctive terms, lexical cohesion). */
    EXTRACT,
    /** The site's language model wrote it; its name is kept beside. */
    MODEL;

    /**
     * How the audit trail records that a field took a text of this source: {@code "summary MODEL llama3.2"}, the field's
     * name in the code, this source and the model's name, if any.
     */
    public String audited(String field, String model) {
        return field + " " + name() + (this == MODEL && model != null ? " " + model : "");
    }
}
