package com.microcredit.portfolio.infrastructure.jpa;

import com.microcredit.portfolio.application.AccountRegister;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account is a borrower's settlement account at the bank (core banking streams only
 * those). Known accounts are remembered, so the stream reads the database once per account, not per
 * message; an unknown account is looked up again each time (it may be registered later). Reads the
 * borrower register read-only (docs/adr/0007) through origination's read model {@code
 * origination_settlement_holder} (a view, V28_1) – by the keyed lookup hash of the encrypted
 * account number (ADR 0011): the origination context owns it and publishes no event for it yet.
 */
@ApplicationScoped
public class KnownAccounts implements AccountRegister {

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, Long> holders = new ConcurrentHashMap<>();
    private final java.util.Map<String, String[]> ledgerForms = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LookupHasher hasher;

    @Inject private FieldCipher cipher;

    @Override
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
    @Override
    public java.util.Optional<Long> holder(String accountNumber) {
        Long cached = holders.get(accountNumber);
        if (cached != null) {
            return java.util.Optional.of(cached);
        }
        List<?> ids =
                em.createNativeQuery(
                                "SELECT h.borrower_id FROM origination_settlement_holder h WHERE"
                                        + " h.account_hash = ?")
                        .setParameter(1, hasher.hash(accountNumber.trim()))
                        .setMaxResults(1)
                        .getResultList();
        java.util.Optional<Long> found =
                ids.stream().findFirst().map(id -> ((Number) id).longValue());
        found.ifPresent(id -> holders.put(accountNumber, id));
        return found;
    }

    /**
     * How the ledger stores an account (ADR 0016): its lookup hash and an AES-GCM ciphertext of it,
     * computed once per account and server start instead of once per message on the settlement
     * stream. Every row of the account then carries the same ciphertext, which tells no more than
     * the hash beside it (that the rows share an account).
     *
     * @return {hash, ciphertext}
     */
    @Override
    public String[] ledgerForm(String accountNumber) {
        return ledgerForms.computeIfAbsent(
                accountNumber,
                a -> new String[] {LedgerAccount.hash(hasher, a), cipher.encrypt(a.trim())});
    }

    /**
     * Borrowers with a settlement account and at least one live loan: id, account, declared annual
     * turnover (origination's read model {@code origination_settlement_holder}).
     */
    @SuppressWarnings("unchecked")
    @Override
    public java.util.List<MonitoredHolder> monitoredHolders() {
        java.util.List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT h.borrower_id, h.account_cipher, h.declared_turnover FROM"
                                    + " origination_settlement_holder h WHERE h.account_cipher IS"
                                    + " NOT NULL AND EXISTS (SELECT 1 FROM loan_exposure e WHERE"
                                    + " e.borrower_id = h.borrower_id AND e.status = 'LIVE') ORDER"
                                    + " BY h.borrower_id")
                        .getResultList();
        // Account numbers are encrypted at rest (ADR 0011): decrypted here, in memory only.
        return rows.stream()
                .map(
                        r ->
                                new MonitoredHolder(
                                        ((Number) r[0]).longValue(),
                                        cipher.decrypt((String) r[1]),
                                        r[2] == null
                                                ? null
                                                : new java.math.BigDecimal(r[2].toString())))
                .toList();
    }
}
