package dev.earmark.audit.boundary;

import dev.earmark.audit.entity.AuditAction;
import dev.earmark.audit.entity.AuditEntry;
import dev.earmark.audit.entity.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The record of every change curators make. Writing joins the caller's transaction, so a change and
 * its record are committed, or rolled back, together.
 */
@ApplicationScoped
public class AuditTrail {

    /** Who acts when no one is signed in: start-up work such as loading the demo. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, AuditSubject subject, long subjectId, String details) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, subject, subjectId, details));
    }

    @Transactional
    public List<AuditEntry> history(AuditSubject subject, long subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
                .setParameter("subject", subject)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }
}
