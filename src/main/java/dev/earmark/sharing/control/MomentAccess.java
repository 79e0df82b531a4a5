package dev.earmark.sharing.control;

import dev.earmark.snips.entity.Sharing;

/**
 * Who may open a snip's moment page: its listener always; a signed-in colleague when the snip is shared with the
 * signed-in or with anyone; a visitor who has not signed in only when it is shared with anyone and the catalogue lets
 * such visitors browse. The episode must be visible to the viewer as well (the catalogue decides that).
 */
public final class MomentAccess {

    private MomentAccess() {
    }

    /** @param viewer who is signed in, null for nobody */
    public static boolean maySee(Sharing sharing, String listener, String viewer, boolean anonymousBrowsing) {
        if (viewer != null && viewer.equals(listener)) {
            return true;
        }
        return switch (sharing) {
            case NOBODY -> false;
            case SIGNED_IN -> viewer != null;
            case ANYONE -> viewer != null || anonymousBrowsing;
        };
    }
}
