package dev.earmark.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Rows read and written by SQL behind JPA's back: what an older version of Earmark or another server stored, and what
 * is stored rather than what an entity makes of it.
 */
@ApplicationScoped
@Transactional
public class SqlRows {

    @PersistenceContext
    EntityManager em;

    /** The one row the query finds, its columns in the order it names them. */
    public Object[] row(String sql, Object... parameters) {
        return (Object[]) bound(em.createNativeQuery(sql), parameters).getSingleResult();
    }

    /** Every row the query finds, each a row of its columns in the order it names them (one column: still an array). */
    public List<Object[]> rows(String sql, Object... parameters) {
        List<?> rows = bound(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    /** @return how many rows it changed; entities cached before no longer count */
    public int update(String sql, Object... parameters) {
        int changed = bound(em.createNativeQuery(sql), parameters).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return changed;
    }

    private static Query bound(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
