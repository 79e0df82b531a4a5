package dev.earmark.platform.boundary;

import dev.earmark.platform.control.LocalizedException;
import dev.earmark.platform.control.TooManyRequestsException;
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
        return response(exception, headers);
    }

    static Response response(LocalizedException exception, HttpHeaders headers) {
        Response response = ApiError.response(statusOf(exception.kind()),
                exception.localizedMessage(RequestLocale.of(headers)));
        if (exception instanceof TooManyRequestsException tooMany) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
        }
        return response;
    }

    /** Every kind has its status: a new kind does not compile until it is given one here. */
    static Status statusOf(LocalizedException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case CHANGED_MEANWHILE, TAKEN -> Status.CONFLICT;
            case INVALID -> Status.BAD_REQUEST;
            case NOT_PERMITTED -> Status.FORBIDDEN;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case TOO_MANY_REQUESTS -> Status.TOO_MANY_REQUESTS;
            case UNSUPPORTED_CONTENT -> Status.UNSUPPORTED_MEDIA_TYPE;
        };
    }
}
