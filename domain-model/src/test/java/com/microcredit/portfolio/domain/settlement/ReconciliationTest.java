package com.microcredit.portfolio.domain.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.shared.domain.LookupHasher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    /** A stand-in for the keyed hash: the rule under test is what gets hashed, not how. */
    private static final LookupHasher HASHER = value -> "hash(" + value + ")";

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static EndOfDayReport report(String opening, String closing, Set<String> ids) {
        return new EndOfDayReport(
                "6222020200112233",
                DAY,
                "CNY",
                new BigDecimal(opening),
                new BigDecimal(closing),
                ids.size(),
                ids);
    }

    private static LedgerEntry credit(String id, String amount) {
        return new LedgerEntry(id, Direction.CREDIT, new BigDecimal(amount));
    }

    private static LedgerEntry debit(String id, String amount) {
        return new LedgerEntry(id, Direction.DEBIT, new BigDecimal(amount));
    }

    @Test
    void aLedgerThatExplainsTheClosingBalanceWithTheSameTransactionsHasNoBreak() {
        var result =
                Reconciliation.reconcile(
                        report("1000.00", "1200.50", Set.of("A", "B")),
                        List.of(credit("A", "300.50"), debit("B", "100.00")));
        assertTrue(result.matched());
        assertEquals(new BigDecimal("1200.50"), result.ledgerClosing());
        assertEquals(new BigDecimal("300.50"), result.ledgerCredits());
        assertEquals(new BigDecimal("100.00"), result.ledgerDebits());
    }

    @Test
    void aTransactionCoreBankingBookedButWeLackIsAMissingBreakAndTheBalanceDiffers() {
        var result =
                Reconciliation.reconcile(
                        report("1000.00", "1200.50", Set.of("A", "B")),
                        List.of(credit("A", "300.50")));
        assertEquals(
                List.of(BreakKind.DIFFERENCE, BreakKind.MISSING),
                result.findings().stream().map(Reconciliation.Finding::kind).toList());
        var difference = result.findings().get(0);
        assertEquals(
                new BigDecimal("-100.00"),
                difference.breakAmount(),
                "core closing − ledger closing");
        assertEquals("B", result.findings().get(1).transactionId());
    }

    @Test
    void aTransactionInOurLedgerThatCoreBankingDidNotReportIsAnExtraBreak() {
        var result =
                Reconciliation.reconcile(
                        report("0.00", "50.00", Set.of("A")),
                        List.of(credit("A", "50.00"), credit("X", "10.00")));
        assertEquals(
                List.of(BreakKind.DIFFERENCE, BreakKind.EXTRA),
                result.findings().stream().map(Reconciliation.Finding::kind).toList());
        assertEquals("X", result.findings().get(1).transactionId());
        assertEquals(new BigDecimal("10.00"), result.findings().get(1).ledgerAmount());
    }

    @Test
    void withoutTransactionIdsOnlyTheCountAndTheBalanceAreCompared() {
        var report =
                new EndOfDayReport(
                        "6222020200112233",
                        DAY,
                        "CNY",
                        new BigDecimal("0"),
                        new BigDecimal("50"),
                        2,
                        null);
        var result = Reconciliation.reconcile(report, List.of(credit("A", "50.00")));
        assertEquals(
                List.of(BreakKind.COUNT),
                result.findings().stream().map(Reconciliation.Finding::kind).toList());
    }

    @Test
    void aNegativeBalanceReconcilesLikeAnyOther() {
        var result =
                Reconciliation.reconcile(
                        report("-20.00", "-120.00", Set.of("D")), List.of(debit("D", "100.00")));
        assertTrue(result.matched());
    }

    @Test
    void aReportWhoseIdListDisagreesWithItsCountIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new EndOfDayReport(
                                "6222020200112233",
                                DAY,
                                "CNY",
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                3,
                                Set.of("A")));
    }

    @Test
    void theDigestTellsARedeliveryFromARestatement() {
        assertEquals(
                report("1.00", "2.00", Set.of("A", "B")).digest(),
                report("1.00", "2.00", Set.of("B", "A")).digest());
        assertNotEquals(
                report("1.00", "2.00", Set.of("A")).digest(),
                report("1.00", "3.00", Set.of("A")).digest());
    }

    @Test
    void aBreakIsResolvedOnlyOnceAndOnlyWithANote() {
        var finding =
                Reconciliation.reconcile(report("0.00", "1.00", Set.of()), List.of())
                        .findings()
                        .get(0);
        var b =
                new ReconciliationBreak(
                        "6222020200112233", DAY, "CNY", finding, Instant.EPOCH, HASHER);
        assertEquals(
                LedgerAccount.hash(HASHER, " 6222020200112233"),
                b.getAccountHash(),
                "keyed like the borrower's account");
        assertEquals("hash(6222020200112233)", b.getAccountHash(), "the number trimmed is hashed");
        assertThrows(IllegalArgumentException.class, () -> b.resolve("risk", " ", Instant.EPOCH));
        b.resolve(
                "risk",
                "Fee booked by core banking without a message; confirmed with operations",
                Instant.EPOCH);
        assertEquals(BreakStatus.RESOLVED, b.getStatus());
        assertThrows(IllegalStateException.class, () -> b.resolve("risk2", "again", Instant.EPOCH));
        b.close(BreakStatus.CLEARED, Instant.EPOCH);
        assertEquals(
                BreakStatus.RESOLVED, b.getStatus(), "a resolved break is not reopened or cleared");
    }
}
