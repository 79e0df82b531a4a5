package dev.earmark.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores an Instant in a TIMESTAMP WITH TIME ZONE column. EclipseLink 4.0 has no basic mapping
 * for Instant (it would serialise it); a Timestamp is an absolute instant that the H2 and
 * PostgreSQL drivers both write and read back exactly (an OffsetDateTime comes back from
 * PostgreSQL as a Timestamp, so it is no common ground).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp stored) {
        return stored == null ? null : stored.toInstant();
    }
}
