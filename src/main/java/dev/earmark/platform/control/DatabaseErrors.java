package dev.earmark.platform.control;

import java.sql.SQLException;

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

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
