package dev.earmark.platform.web;

import dev.earmark.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/**
 * Only the curation area ({@value #CURATION}, for curators alone) takes uploads. The Faces servlet serves
 * every page and has a multipart-config, so any multipart request to any page would be written to the
 * container's temporary files as soon as something read a parameter; this filter refuses them first, with 415.
 */
public class UploadsOnlyInCuration extends HttpFilter {

    static final String CURATION = "/admin/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipart(request.getContentType()) && !RequestPaths.of(request).startsWith(CURATION)) {
            JsonErrors.send(response, Status.UNSUPPORTED_MEDIA_TYPE,
                    Messages.format(request.getLocale(), "error.uploadOutsideCuration"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.stripLeading().regionMatches(true, 0, "multipart/", 0, 10);
    }
}
