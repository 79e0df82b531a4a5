package dev.earmark.audit.entity;

import dev.earmark.platform.entity.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One change to a show or an episode: who, what, when. Kept by id rather than by relation, so the
 * record of a deletion outlives what was deleted.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT, query = "SELECT a FROM AuditEntry a WHERE a.subject = :subject "
        + "AND a.subjectId = :subjectId ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry extends PersistentEntity {

    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";

    public static final int ACTOR_MAX = 200;
    public static final int DETAILS_MAX = 1000;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditSubject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** What changed, in the curator's terms (e.g. the names of the changed fields, a file name). */
    @Size(max = DETAILS_MAX)
    @Column(updatable = false, length = DETAILS_MAX)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, AuditSubject subject, long subjectId,
            String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details
                : details.substring(0, DETAILS_MAX - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditSubject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getDetails() {
        return details;
    }
}
