package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundMetrics;
import com.microcredit.portfolio.domain.settlement.FundUsagePolicy;
import com.microcredit.shared.domain.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Currency;
import java.util.List;

/**
 * Applies inbound settlement transactions exactly once (the core-banking transaction id is the
 * business key); refused messages go through the platform's {@code InboundRejections}. Joins the
 * consumer's transaction, so a message is consumed only if its effect commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SettlementIntake {

    @EJB private InboundMetrics inboundMetrics;

    @Inject @BankZone private Clock clock;

    @Inject private LedgerStore ledger;

    @EJB private SettlementWatch watch;

    @Inject private WarningSettings settings;

    private FundUsagePolicy fundUsagePolicy;

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
        boolean applied =
                ledger.recordOnce(
                        m.transactionId(),
                        m.accountNumber(),
                        m.direction(),
                        amount.amount(),
                        m.currency(),
                        m.counterpartyName(),
                        m.counterpartyIndustryCode(),
                        m.valueDate(),
                        clock.instant());
        FundUsagePolicy policy = fundUsage();
        if (applied && policy.isProhibited(m.direction(), m.counterpartyIndustryCode())) {
            watch.prohibitedPayment(m, policy.prohibitedPrefixes());
        }
        return applied;
    }

    private FundUsagePolicy fundUsage() {
        if (fundUsagePolicy == null) {
            fundUsagePolicy = settings.fundUsage();
        }
        return fundUsagePolicy;
    }

    /**
     * Applies a batch of valid transactions in the caller's transaction: those the fund-usage
     * policy flags one by one (their warning needs to know whether this delivery applied them), all
     * others in one JDBC batch.
     */
    public void applyAll(List<SettlementTransactionMessage> messages) {
        FundUsagePolicy policy = fundUsage();
        List<SettlementTransactionMessage> plain = new java.util.ArrayList<>(messages.size());
        for (SettlementTransactionMessage m : messages) {
            if (!Money.of(m.amount(), Currency.getInstance(m.currency())).isPositive()) {
                throw new IllegalArgumentException(
                        "a settlement transaction amount must be positive");
            }
            if (policy.isProhibited(m.direction(), m.counterpartyIndustryCode())) {
                apply(m);
            } else {
                plain.add(m);
            }
        }
        ledger.recordAll(plain, clock.instant());
        inboundMetrics.accepted("SettlementTransaction", messages.size());
    }
}
