package dev.earmark.platform.control;

/** The roles of web.xml, as the boundaries check them. */
public final class Roles {

    /** Everything, including deleting shows and the settings. */
    public static final String ADMIN = "earmark-admin";
    /** Episodes of all shows; no deletion of shows, no settings. */
    public static final String EDITOR = "earmark-editor";

    private Roles() {
    }
}
