package dev.earmark.platform.boundary;

import dev.earmark.platform.control.ConcurrentChangeException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A stale version that reaches JPA without a boundary having put it in words is still the client's
 * concurrent change (409), never a 500: they should reload and apply their change again.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return LocalizedExceptionMapper.response(new ConcurrentChangeException("error.concurrentChange"), headers);
    }
}
