package dev.earmark.platform.entity;

import java.lang.reflect.Field;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Declares every column of an {@link Instant} (see {@link InstantConverter}) a timestamp with time zone, so that
 * EclipseLink binds a null as one: the converter's database type is Object (drivers read different types), and a
 * null of that type goes as a string, which PostgreSQL refuses for a timestamp column.
 */
public class InstantColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct && isInstant(descriptor.getJavaClass(),
                        mapping.getAttributeName())) {
                    direct.getField().setSqlType(Types.TIMESTAMP_WITH_TIMEZONE);
                }
            }
        }
    }

    private static boolean isInstant(Class<?> type, String attribute) {
        return declared(type, attribute).map(field -> field.getType() == Instant.class).orElse(false);
    }

    private static Optional<Field> declared(Class<?> type, String attribute) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return Optional.of(current.getDeclaredField(attribute));
            } catch (NoSuchFieldException inSuperclass) {
                // look further up
            }
        }
        return Optional.empty();
    }
}
