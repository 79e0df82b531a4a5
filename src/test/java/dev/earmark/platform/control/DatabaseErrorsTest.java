package dev.earmark.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

    @Test
    void findsTheUniqueViolationBehindTheProvidersWrappers() {
        SQLException duplicate = new SQLException("Unique index or primary key violation", "23505", 23505);
        assertTrue(DatabaseErrors.isUniqueViolation(new PersistenceException(new RuntimeException(duplicate))));
    }

    @Test
    void otherDatabaseFailuresAreNotUniqueViolations() {
        assertFalse(DatabaseErrors.isUniqueViolation(new PersistenceException(new SQLException("lock timeout", "HYT00"))));
        assertFalse(DatabaseErrors.isUniqueViolation(new PersistenceException(new SQLException("not null", "23502"))));
        assertFalse(DatabaseErrors.isUniqueViolation(new PersistenceException("no cause")));
    }
}
