package dev.earmark.platform.web;

/**
 * The API of a listener's own data, the snips and the listening positions: the only part of the API that a portal page
 * of an allowed origin may call with the listener's session (CORS with credentials), and so the part that a forged
 * request could abuse ({@link RequestForgeryGuard}).
 */
final class ListenersOwnApi {

    private static final String[] ROOTS = {"/api/snips", "/api/positions"};

    private ListenersOwnApi() {
    }

    /** Whether a path (decoded and normalised, {@link RequestPaths}) is one of these resources or below one. */
    static boolean covers(String path) {
        for (String root : ROOTS) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }
}
