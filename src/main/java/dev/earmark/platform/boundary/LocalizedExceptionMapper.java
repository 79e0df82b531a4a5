package dev.earmark.platform.boundary;

import dev.earmark.platform.control.InvalidParameterException;
import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.NoSuchEntityException;
import dev.earmark.platform.control.NotPermittedException;
import dev.earmark.platform.control.RejectedContentException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Typed failures of the boundaries become the status they mean, with the reason in the caller's language. */
@Provider
public class LocalizedExceptionMapper implements ExceptionMapper<LocalizedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LocalizedException exception) {
        return ApiError.response(statusOf(exception), exception.localizedMessage(RequestLocale.of(headers)));
    }

    static Status statusOf(LocalizedException exception) {
        if (exception instanceof NoSuchEntityException) {
            return Status.NOT_FOUND;
        }
        if (exception instanceof NotPermittedException) {
            return Status.FORBIDDEN;
        }
        if (exception instanceof InvalidParameterException) {
            return Status.BAD_REQUEST;
        }
        if (exception instanceof RejectedContentException rejected) {
            return rejected.isTooLarge() ? Status.REQUEST_ENTITY_TOO_LARGE : Status.UNSUPPORTED_MEDIA_TYPE;
        }
        return Status.CONFLICT;
    }
}
