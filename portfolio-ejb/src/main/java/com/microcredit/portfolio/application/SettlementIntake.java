package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.RejectedMessage;
import com.microcredit.portfolio.infrastructure.jms.SettlementTransactionMessage;
import com.microcredit.portfolio.infrastructure.jpa.SettlementLedger;
import com.microcredit.shared.domain.Money;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Currency;

/**
 * Applies inbound settlement transactions exactly once (the core-banking transaction id is the
 * business key) and records refused messages. Joins the MDB's transaction, so the message is
 * consumed only if its effect commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SettlementIntake {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "mcrc")
    private EntityManager em;

    @Inject
    private SettlementLedger ledger;

    /**
     * Records the transaction in the settlement ledger with one statement and no read before it
     * (the unique transaction id makes it idempotent, docs/adr/0007).
     *
     * @return true if applied now, false if the business key was already applied (a redelivery).
     */
    public boolean apply(SettlementTransactionMessage m) {
        Money amount = Money.of(m.amount(), Currency.getInstance(m.currency()));
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a settlement transaction amount must be positive");
        }
        return ledger.recordOnce(m.transactionId(), m.accountNumber(), m.direction(), amount.amount(),
                m.currency(), m.counterpartyName(), m.counterpartyIndustryCode(), m.valueDate(), clock.instant());
    }

    public void recordRejection(String destination, String businessKey, String reason, String payload) {
        em.persist(new RejectedMessage(destination, businessKey, reason, payload, clock.instant()));
    }
}
