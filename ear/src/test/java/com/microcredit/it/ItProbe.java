package com.microcredit.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * Runs inside the test module: reads the shared persistence unit so tests can check what was
 * committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ItProbe {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public long count(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * As {@link #count}, but inside the caller's transaction: the query flushes what it has written
     * so far.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long countInCallersTransaction(String jpql, Map<String, Object> parameters) {
        return count(jpql, parameters);
    }

    /** The single value of a one-column query, or null when it finds no row. */
    public Object firstValue(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql);
        parameters.forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Object[] firstRow(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().findFirst().orElse(null);
    }

    public java.util.List<Object[]> rows(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
