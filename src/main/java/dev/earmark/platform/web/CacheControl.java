package dev.earmark.platform.web;

/** The Cache-Control values Earmark answers with, one per kind of answer (docs/architecture.md, HTTP caching). */
public final class CacheControl {

    /** Private to one person (positions, curation): kept by no cache at all, not even the browser's. */
    public static final String NO_STORE = "no-store";
    /** A file whose address names its content (a version in the query): it can never change under that address. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private CacheControl() {
    }

    /**
     * Kept, but asked again before each use, which a 304 answers cheaply. Shared caches (a company proxy) may keep
     * it only when it is the same for everyone who may ask: the catalogue open to anonymous visitors, nobody signed in.
     */
    public static String revalidated(boolean shared) {
        return (shared ? "public" : "private") + ", no-cache";
    }
}
