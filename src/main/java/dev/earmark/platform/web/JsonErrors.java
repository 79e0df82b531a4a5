package dev.earmark.platform.web;

import dev.earmark.platform.boundary.ApiError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/** A filter's refusal in the API's error format ({@link ApiError}), for requests that never reach JAX-RS. */
final class JsonErrors {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonErrors() {
    }

    static void send(HttpServletResponse response, Status status, String message) throws IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.toJson(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, null), response.getWriter());
    }
}
