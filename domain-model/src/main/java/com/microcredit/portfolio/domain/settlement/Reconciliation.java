package com.microcredit.portfolio.domain.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reconciliation rule: our settlement ledger for an account and business date against core
 * banking's end-of-day report. Every disagreement is a break: the balance ({@link
 * BreakKind#DIFFERENCE}: opening + credits − debits ≠ closing), each transaction core banking
 * booked that we lack ({@link BreakKind#MISSING}), each one we hold that it did not report ({@link
 * BreakKind#EXTRA}), or, when the report lists no ids, a different number of transactions ({@link
 * BreakKind#COUNT}).
 */
public final class Reconciliation {

    /** One break found, before it is recorded. */
    public record Finding(
            BreakKind kind,
            String transactionId,
            BigDecimal coreAmount,
            BigDecimal ledgerAmount,
            BigDecimal breakAmount,
            String detail) {

        /**
         * Identity of a break across runs: the same kind and transaction on the same day is the
         * same break.
         */
        public String identity() {
            return kind + "|" + (transactionId == null ? "" : transactionId);
        }
    }

    /** The outcome: our ledger's totals for the day and the breaks. */
    public record Result(
            BigDecimal ledgerCredits,
            BigDecimal ledgerDebits,
            int ledgerCount,
            BigDecimal ledgerClosing,
            List<Finding> findings) {

        public boolean matched() {
            return findings.isEmpty();
        }
    }

    private Reconciliation() {}

    public static Result reconcile(EndOfDayReport report, List<LedgerEntry> ledger) {
        Objects.requireNonNull(report, "report");
        BigDecimal credits = sum(ledger, Direction.CREDIT);
        BigDecimal debits = sum(ledger, Direction.DEBIT);
        BigDecimal ledgerClosing = report.openingBalance().add(credits).subtract(debits);
        List<Finding> findings = new ArrayList<>();
        if (ledgerClosing.compareTo(report.closingBalance()) != 0) {
            BigDecimal gap = report.closingBalance().subtract(ledgerClosing);
            findings.add(
                    new Finding(
                            BreakKind.DIFFERENCE,
                            null,
                            report.closingBalance(),
                            ledgerClosing,
                            gap,
                            "Closing balance "
                                    + report.closingBalance().toPlainString()
                                    + " "
                                    + report.currency()
                                    + " reported; opening "
                                    + report.openingBalance().toPlainString()
                                    + " + ledger credits "
                                    + credits.toPlainString()
                                    + " − debits "
                                    + debits.toPlainString()
                                    + " = "
                                    + ledgerClosing.toPlainString()
                                    + " (difference "
                                    + gap.toPlainString()
                                    + ")"));
        }
        if (report.listsIds()) {
            Set<String> ours =
                    ledger.stream().map(LedgerEntry::transactionId).collect(Collectors.toSet());
            report.transactionIds().stream()
                    .filter(id -> !ours.contains(id))
                    .sorted()
                    .forEach(
                            id ->
                                    findings.add(
                                            new Finding(
                                                    BreakKind.MISSING,
                                                    id,
                                                    null,
                                                    null,
                                                    null,
                                                    "Core banking booked "
                                                            + id
                                                            + "; it never reached our ledger")));
            ledger.stream()
                    .filter(e -> !report.transactionIds().contains(e.transactionId()))
                    .sorted(Comparator.comparing(LedgerEntry::transactionId))
                    .forEach(
                            e ->
                                    findings.add(
                                            new Finding(
                                                    BreakKind.EXTRA,
                                                    e.transactionId(),
                                                    null,
                                                    e.signedAmount(),
                                                    e.signedAmount(),
                                                    "Our ledger holds "
                                                            + e.transactionId()
                                                            + " ("
                                                            + e.direction()
                                                            + " "
                                                            + e.amount().toPlainString()
                                                            + "); core banking did not report"
                                                            + " it")));
        } else if (report.transactionCount() != ledger.size()) {
            findings.add(
                    new Finding(
                            BreakKind.COUNT,
                            null,
                            BigDecimal.valueOf(report.transactionCount()),
                            BigDecimal.valueOf(ledger.size()),
                            null,
                            "Core banking booked "
                                    + report.transactionCount()
                                    + " transactions; our ledger holds "
                                    + ledger.size()));
        }
        return new Result(credits, debits, ledger.size(), ledgerClosing, List.copyOf(findings));
    }

    private static BigDecimal sum(List<LedgerEntry> ledger, Direction direction) {
        return ledger.stream()
                .filter(e -> e.direction() == direction)
                .map(LedgerEntry::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
