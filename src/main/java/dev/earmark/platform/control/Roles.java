package dev.earmark.platform.control;

/** The roles of web.xml, as the boundaries check them. */
public final class Roles {

    /** Everything, including deleting shows and the settings (editors curate episodes only). */
    public static final String ADMIN = "earmark-admin";

    /** Curates the episodes of all shows. */
    public static final String EDITOR = "earmark-editor";

    private Roles() {
    }
}
