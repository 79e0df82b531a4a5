package dev.earmark.curation.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks an entity as a curator left it before anything is written or stored, so that a refusal names every invalid
 * field at once, each by its path from the entity (a chapter's title is "chapters[2].title", not "title").
 */
final class Validation {

    private Validation() {
    }

    static <T> void requireValid(Validator validator, T entity) {
        Set<ConstraintViolation<T>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
