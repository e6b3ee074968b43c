package com.microcredit.portfolio.application;

import com.microcredit.portfolio.domain.settlement.RejectedMessage;
import com.microcredit.portfolio.domain.settlement.SettlementTransaction;
import com.microcredit.portfolio.infrastructure.jms.SettlementTransactionMessage;
import com.microcredit.shared.domain.Money;
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

    /** @return true if applied now, false if the business key was already applied (a redelivery). */
    public boolean apply(SettlementTransactionMessage m) {
        boolean seen = !em.createQuery("select t.id from SettlementTransaction t where t.transactionId = :k", Long.class)
                .setParameter("k", m.transactionId())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.persist(new SettlementTransaction(m.transactionId(), m.accountNumber(), m.direction(),
                Money.of(m.amount(), Currency.getInstance(m.currency())), m.counterpartyName(),
                m.counterpartyIndustryCode(), m.valueDate(), clock.instant()));
        // Flush now: a concurrent duplicate fails here on the unique key, the transaction rolls
        // back and the redelivery finds the committed row.
        em.flush();
        return true;
    }

    public void recordRejection(String destination, String businessKey, String reason, String payload) {
        em.persist(new RejectedMessage(destination, businessKey, reason, payload, clock.instant()));
    }
}
