package dev.earmark.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Reads what the database said behind a JPA exception. A check such as "is this slug free?" and the
 * insert after it are two statements: a second curator can slip in between, and then only the
 * database's unique constraint notices.
 */
public final class DatabaseErrors {

    /** SQLSTATE class 23 "integrity constraint violation", subclass 505 "unique violation" (SQL standard; H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {
    }

    /**
     * Writes the pending changes, turning what a concurrent save causes into the caller's own answers:
     * a row changed since it was read ({@code whenStale}), a unique value taken meanwhile ({@code whenTaken}).
     */
    public static void flush(EntityManager em, Supplier<? extends RuntimeException> whenStale,
            Supplier<? extends RuntimeException> whenTaken) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw whenStale.get();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                throw whenTaken.get();
            }
            throw failure;
        }
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
