package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.SameKey;
import com.microcredit.portfolio.domain.settlement.BreakKind;
import com.microcredit.portfolio.domain.settlement.BreakStatus;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.portfolio.domain.settlement.Reconciliation;
import com.microcredit.portfolio.domain.settlement.ReconciliationBreak;
import com.microcredit.protection.api.AccessMonitor;
import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.LookupHasher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What follows a same-key message with another content besides its refusal (ADR 0025), in the
 * intake's transaction: a {@link BreakKind#CONFLICT} reconciliation break on the account and value
 * date of the applied record, and an {@code INBOUND_CONFLICT} alert to risk managers. A conflict
 * already open for the same key on that day (the conflicting message sent again) opens no second
 * break and raises no second alert; every delivery is still refused.
 */
@Dependent
public class InboundConflicts {

    /** The break's detail: [the fields that differ, the message type] (ADR 0030). */
    static final String BREAK_CONFLICT = "BREAK_CONFLICTING_CONTENT";

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject private LookupHasher hasher;

    @Inject @BankZone private Clock clock;

    @EJB private AccessMonitor monitor;

    /**
     * @param account the account of the applied record (null when it names none: no break, the
     *     alert still names the key)
     * @param applied the applied record's amount, received the new message's (may be null)
     */
    public void opened(
            String messageType,
            String businessKey,
            SameKey comparison,
            String account,
            LocalDate valueDate,
            String currency,
            BigDecimal applied,
            BigDecimal received) {
        if (account != null && alreadyOpen(account, valueDate, businessKey)) {
            return;
        }
        if (account != null) {
            BigDecimal difference =
                    applied == null || received == null ? null : received.subtract(applied);
            em.persist(
                    new ReconciliationBreak(
                            account,
                            valueDate,
                            currency,
                            new Reconciliation.Finding(
                                    BreakKind.CONFLICT,
                                    businessKey,
                                    received,
                                    applied,
                                    difference,
                                    CodedText.of(
                                                    BREAK_CONFLICT,
                                                    comparison.differing(),
                                                    messageType)
                                            .stored()),
                            clock.instant(),
                            hasher));
        }
        monitor.inboundConflict(messageType, businessKey, comparison.differing());
    }

    private boolean alreadyOpen(String account, LocalDate valueDate, String businessKey) {
        return !em.createQuery(
                        "select b.id from ReconciliationBreak b where b.accountHash = :a and"
                                + " b.businessDate = :d and b.kind = :k and b.transactionId = :t"
                                + " and b.status = :s",
                        Long.class)
                .setParameter("a", LedgerAccount.hash(hasher, account))
                .setParameter("d", valueDate)
                .setParameter("k", BreakKind.CONFLICT)
                .setParameter("t", businessKey)
                .setParameter("s", BreakStatus.OPEN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
