package dev.earmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collections;

/** Whether a GET's conditions (RFC 9110, section 13) say the client's copy is still current. */
public final class Preconditions {

    private Preconditions() {
    }

    /** If-None-Match, when present, decides alone (RFC 9110, section 13.2.2); dates count in whole seconds. */
    public static boolean notModified(HttpServletRequest request, EntityTag tag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match") == null ? null
                : String.join(",", Collections.list(request.getHeaders("If-None-Match")));
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            ifModifiedSince = -1;
        }
        return notModified(ifNoneMatch, ifModifiedSince, tag, lastModified);
    }

    /**
     * @param ifNoneMatch the header's value, null when absent
     * @param ifModifiedSince the header's date in milliseconds, negative when absent or unreadable
     */
    static boolean notModified(String ifNoneMatch, long ifModifiedSince, EntityTag tag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return tag.matchesAnyOf(ifNoneMatch);
        }
        return ifModifiedSince >= 0 && lastModified.getEpochSecond() * 1000 <= ifModifiedSince;
    }
}
