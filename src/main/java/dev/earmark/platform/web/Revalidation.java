package dev.earmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;

/**
 * How an answer that is built on each request is cached and revalidated, known before building it: its validators
 * come from what it depends on, so a client's current copy is confirmed with a 304 without building anything.
 *
 * @param tag sent weak: an answer built again is the same in meaning, not necessarily in every byte
 * @param vary the request headers besides the address that the answer depends on
 */
public record Revalidation(EntityTag tag, Instant lastModified, String cacheControl, String vary) {

    /**
     * Writes the validators and caching headers, which a 304 carries as the full answer would.
     *
     * @return whether the client's copy is current: then the answer is a 304 and the caller builds nothing
     */
    public boolean answerNotModified(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("ETag", tag.weakHeader());
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", vary);
        if (Preconditions.notModified(request, tag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }
}
