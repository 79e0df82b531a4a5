package dev.earmark.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Stores an Instant in a TIMESTAMP WITH TIME ZONE column. EclipseLink 4.0 has no basic mapping
 * for Instant (it would serialise it), and it hands the converter what the driver reads: H2
 * gives an OffsetDateTime, PostgreSQL a Timestamp. Both are absolute instants, so either is read
 * exactly; a Timestamp is written, which both drivers store exactly.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (stored instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + stored.getClass().getName());
    }
}
