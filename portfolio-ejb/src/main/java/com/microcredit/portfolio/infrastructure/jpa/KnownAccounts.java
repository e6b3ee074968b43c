package com.microcredit.portfolio.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account is a borrower's settlement account at the bank (core banking streams only
 * those). Known accounts are remembered, so the stream reads the database once per account, not
 * per message; an unknown account is looked up again each time (it may be registered later).
 * Reads the borrower register's settlement_account column read-only (docs/adr/0007): the
 * origination context owns it and publishes no event for it yet.
 */
@ApplicationScoped
public class KnownAccounts {

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, Long> holders = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public boolean isKnown(String accountNumber) {
        if (known.contains(accountNumber)) {
            return true;
        }
        boolean found = holder(accountNumber).isPresent();
        if (found) {
            known.add(accountNumber);
        }
        return found;
    }

    /** The borrower who holds the settlement account, if any. */
    public java.util.Optional<Long> holder(String accountNumber) {
        Long cached = holders.get(accountNumber);
        if (cached != null) {
            return java.util.Optional.of(cached);
        }
        java.util.Optional<Long> found = em.createNativeQuery("SELECT id FROM borrower WHERE settlement_account = ?")
                .setParameter(1, accountNumber).setMaxResults(1).getResultStream().findFirst()
                .map(id -> ((Number) id).longValue());
        found.ifPresent(id -> holders.put(accountNumber, id));
        return found;
    }

    /** Borrowers with a settlement account and at least one live loan: id, account, declared annual turnover. */
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> monitoredHolders() {
        return em.createNativeQuery("SELECT b.id, b.settlement_account, b.declared_revenue FROM borrower b"
                + " WHERE b.settlement_account IS NOT NULL AND EXISTS (SELECT 1 FROM loan_exposure e"
                + " WHERE e.borrower_id = b.id AND e.status = 'LIVE') ORDER BY b.id").getResultList();
    }
}
