package dev.earmark.insights.boundary;

import dev.earmark.insights.entity.DailySalt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/** The stored salts, one per day (the table's unique constraint on the day decides between servers). */
@ApplicationScoped
public class DailySalts {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> find(LocalDate day) {
        return em.createNamedQuery(DailySalt.FIND_BY_DAY, DailySalt.class)
                .setParameter("day", day)
                .getResultStream()
                .findFirst()
                .map(DailySalt::getSalt);
    }

    /**
     * Stores the day's salt and forgets the days before, in a transaction of its own, as the first server to need
     * that day's does.
     *
     * @throws jakarta.persistence.PersistenceException a unique violation ({@code DatabaseErrors}) when another
     *                                                  server or thread stored the day's salt first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(LocalDate day, String salt) {
        em.persist(new DailySalt(day, salt));
        em.flush();
        forgetBefore(day);
    }

    /** @return how many days' salts were deleted */
    @Transactional
    public int forgetBefore(LocalDate day) {
        return em.createNamedQuery(DailySalt.DELETE_BEFORE).setParameter("day", day).executeUpdate();
    }
}
