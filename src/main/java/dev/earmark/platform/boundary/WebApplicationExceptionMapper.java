package dev.earmark.platform.boundary;

import dev.earmark.platform.control.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own errors (unknown path, wrong method, unacceptable media type) answer in JSON too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String message = Messages.format(RequestLocale.of(headers), "error.http." + status.getStatusCode());
        if (message.startsWith("???")) {
            message = status.getReasonPhrase();
        }
        return ApiError.response(status, message);
    }
}
