package dev.earmark.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The JSON body of every API error: the status, its reason phrase, and what went wrong in words. */
public record ApiError(int status, String error, String message, List<Violation> violations) {

    /** One invalid field of a request. */
    public record Violation(String field, String message) {
    }

    public static Response response(Response.StatusType status, String message) {
        return response(status, message, List.of());
    }

    public static Response response(Response.StatusType status, String message, List<Violation> violations) {
        ApiError body = new ApiError(status.getStatusCode(), status.getReasonPhrase(), message,
                violations.isEmpty() ? null : violations);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
