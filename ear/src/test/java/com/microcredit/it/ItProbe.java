package com.microcredit.it;

import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * Runs inside the test module: reads the shared persistence unit so tests can check what was
 * committed, and lends tests the server's field keys (the platform's beans) to find and read
 * encrypted numbers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ItProbe {

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LookupHasher hasher;

    @Inject private FieldCipher cipher;

    /** How the ledger keys an account number (ADR 0016), with the server's lookup key. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String accountHash(String accountNumber) {
        return LedgerAccount.hash(hasher, accountNumber);
    }

    /** The server's keyed lookup hash of a value as given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String lookupHash(String value) {
        return hasher.hash(value);
    }

    /** A value stored encrypted, read with the server's keys. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String decrypt(String sealed) {
        return cipher.decrypt(sealed);
    }

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

    /**
     * A native update in its own transaction: a row as another tool or an older release wrote it
     * (e.g. a maker's user id in another case, for the one maker-checker's same-person rule).
     */
    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /**
     * The number of rows of every entity of the persistence unit, by entity name: what a test
     * compares before and after requests that must store nothing.
     */
    public java.util.SortedMap<String, Long> rowCounts() {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        for (var entity : em.getMetamodel().getEntities()) {
            String name = entity.getName();
            counts.put(
                    name,
                    em.createQuery("select count(e) from " + name + " e", Long.class)
                            .getSingleResult());
        }
        return counts;
    }

    /** Stores an entity made in the test (e.g. a proposal whose maker is named in capitals). */
    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
