package com.microcredit.portfolio.application;

import com.microcredit.platform.api.BankZone;
import com.microcredit.platform.api.InboundMetrics;
import com.microcredit.platform.api.RefusalReason;
import com.microcredit.platform.api.SameKey;
import com.microcredit.portfolio.domain.settlement.FundUsagePolicy;
import com.microcredit.portfolio.domain.settlement.LedgerAccount;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies inbound settlement transactions exactly once (the core-banking transaction id is the
 * business key); refused messages go through the platform's {@code InboundRejections}, a
 * transaction id applied before with another content among them (ADR 0025). Joins the consumer's
 * transaction, so a message is consumed only if its effect commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
// the settlement listener (SYSTEM) and core banking's direct postings (ADR 0014)
@RolesAllowed({"CORE_BANKING", "SYSTEM"})
public class SettlementIntake {

    @EJB private InboundMetrics inboundMetrics;

    @Inject @BankZone private Clock clock;

    @Inject private LedgerStore ledger;

    @EJB private SettlementWatch watch;

    @Inject private WarningSettings settings;

    @Inject private InboundConflicts conflicts;

    @Inject private LookupHasher hasher;

    private FundUsagePolicy fundUsagePolicy;

    /**
     * Records the transaction in the settlement ledger with one statement and no read before it
     * (the unique transaction id makes it idempotent, docs/adr/0007). A transaction id recorded
     * before with another content is a conflict (ADR 0025): the recorded one stands, a break and an
     * alert are opened, and false is returned like for a redelivery (this call has no message to
     * refuse; {@link #applyAll} refuses the conflicting messages of the stream).
     *
     * @return true if applied now, false if the business key was already applied.
     */
    public boolean apply(SettlementTransactionMessage m) {
        positive(m);
        boolean applied = record(m);
        if (!applied) {
            SameKey comparison = conflict(m, ledger.applied(List.of(m.transactionId())));
            if (comparison == null) {
                inboundMetrics.redelivered("SettlementTransaction", 1);
            }
        }
        return applied;
    }

    private boolean record(SettlementTransactionMessage m) {
        boolean applied =
                ledger.recordOnce(
                        m.transactionId(),
                        m.accountNumber(),
                        m.direction(),
                        Money.of(m.amount(), Currency.getInstance(m.currency())).amount(),
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

    private static void positive(SettlementTransactionMessage m) {
        if (!Money.of(m.amount(), Currency.getInstance(m.currency())).isPositive()) {
            throw new IllegalArgumentException("a settlement transaction amount must be positive");
        }
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
     * others in one JDBC batch. Then one read of the batch's ids tells, for each message not
     * recorded now, a redelivery (the same content: no second effect) from a conflict (ADR 0025),
     * for which a break and an alert are opened here.
     *
     * @return the conflicting messages, by their index in {@code messages}, with the refusal's
     *     reason (code and argument), for the caller to refuse through {@code InboundRejections}
     */
    public Map<Integer, RefusalReason> applyAll(List<SettlementTransactionMessage> messages) {
        FundUsagePolicy policy = fundUsage();
        List<SettlementTransactionMessage> plain = new ArrayList<>(messages.size());
        List<Integer> plainAt = new ArrayList<>(messages.size());
        boolean[] recorded = new boolean[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            SettlementTransactionMessage m = messages.get(i);
            positive(m);
            if (policy.isProhibited(m.direction(), m.counterpartyIndustryCode())) {
                recorded[i] = record(m);
            } else {
                plain.add(m);
                plainAt.add(i);
            }
        }
        long[] given = ledger.recordAll(plain, clock.instant());
        Set<String> keys = new LinkedHashSet<>();
        messages.forEach(m -> keys.add(m.transactionId()));
        Map<String, AppliedTransaction> stored = ledger.applied(keys);
        for (int j = 0; j < given.length; j++) {
            AppliedTransaction row = stored.get(plain.get(j).transactionId());
            recorded[plainAt.get(j)] = row != null && row.id() == given[j];
        }
        Map<Integer, RefusalReason> conflicts = new TreeMap<>();
        int redelivered = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (!recorded[i]) {
                SameKey comparison = conflict(messages.get(i), stored);
                if (comparison == null) {
                    redelivered++;
                } else {
                    conflicts.put(i, comparison.reason());
                }
            }
        }
        inboundMetrics.accepted("SettlementTransaction", messages.size() - conflicts.size());
        inboundMetrics.redelivered("SettlementTransaction", redelivered);
        return conflicts;
    }

    /**
     * @return null for a redelivery; the comparison of a conflict, whose break and alert are opened
     */
    private SameKey conflict(
            SettlementTransactionMessage m, Map<String, AppliedTransaction> stored) {
        AppliedTransaction row = stored.get(m.transactionId());
        if (row == null) {
            throw new IllegalStateException(
                    "settlement transaction " + m.transactionId() + " neither recorded nor found");
        }
        String messageHash = LedgerAccount.hash(hasher, m.accountNumber());
        SameKey comparison = row.compareWith(m, messageHash);
        if (comparison.isRedelivery()) {
            return null;
        }
        conflicts.opened(
                "SettlementTransaction",
                m.transactionId(),
                comparison,
                row.accountHash().equals(messageHash)
                        ? m.accountNumber()
                        : ledger.account(row.id()),
                row.valueDate(),
                row.currency(),
                row.amount(),
                m.amount());
        return comparison;
    }
}
