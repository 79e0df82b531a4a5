package dev.earmark.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every entity. One sequence for all tables keeps the
 * migrations simple; ids are allocated in blocks of 50 to spare round trips.
 */
@MappedSuperclass
public abstract class PersistentEntity {

    @Id
    @SequenceGenerator(name = "earmark_seq", sequenceName = "earmark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "earmark_seq")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((PersistentEntity) other).id);
    }

    /** Constant per class, so that an entity keeps its hash code when persisting assigns the id. */
    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
