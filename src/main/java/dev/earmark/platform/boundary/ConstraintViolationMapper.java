package dev.earmark.platform.boundary;

import dev.earmark.platform.control.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Invalid input names each offending field, so a client can show the message next to it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ApiError.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new ApiError.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ApiError.Violation::field))
                .toList();
        return ApiError.response(Status.BAD_REQUEST,
                Messages.format(RequestLocale.of(headers), "error.validation"), violations);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
