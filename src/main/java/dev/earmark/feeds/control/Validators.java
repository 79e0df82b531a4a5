package dev.earmark.feeds.control;

/** What a server said of the copy it sent, for asking next time whether it changed; either may be null. */
public record Validators(String entityTag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
