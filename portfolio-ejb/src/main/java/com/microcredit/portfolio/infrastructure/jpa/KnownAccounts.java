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

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    public boolean isKnown(String accountNumber) {
        if (known.contains(accountNumber)) {
            return true;
        }
        boolean found = !em.createNativeQuery("SELECT 1 FROM borrower WHERE settlement_account = ?")
                .setParameter(1, accountNumber).setMaxResults(1).getResultList().isEmpty();
        if (found) {
            known.add(accountNumber);
        }
        return found;
    }
}
