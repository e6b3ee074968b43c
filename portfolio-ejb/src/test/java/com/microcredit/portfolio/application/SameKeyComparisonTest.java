package com.microcredit.portfolio.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.settlement.Direction;
import com.microcredit.portfolio.domain.settlement.RepaymentPosting;
import com.microcredit.shared.domain.LookupHasher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stored fields make a same-key message a redelivery or a conflict (ADR 0025). */
class SameKeyComparisonTest {

    private static final LookupHasher HASH = v -> v == null ? null : "h:" + v;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static SettlementTransactionMessage transaction(
            String account, Direction direction, String amount, String counterparty) {
        return new SettlementTransactionMessage(
                "CB-1",
                account,
                direction,
                new BigDecimal(amount),
                "CNY",
                counterparty,
                "F52",
                DAY);
    }

    private static final AppliedTransaction APPLIED =
            new AppliedTransaction(
                    7L,
                    "h:6222020200112233",
                    Direction.CREDIT,
                    new BigDecimal("1234.56"),
                    "CNY",
                    "某某贸易",
                    "F52",
                    DAY);

    @Test
    void aSettlementTransactionWithTheSameFieldsIsARedelivery() {
        var m = transaction("6222020200112233", Direction.CREDIT, "1234.560", "某某贸易");
        assertTrue(APPLIED.compareWith(m, HASH.hash(m.accountNumber())).isRedelivery());
    }

    @Test
    void aSettlementTransactionWithAnotherAmountDirectionOrAccountIsAConflict() {
        var m = transaction("6222020200119999", Direction.DEBIT, "1234.57", "某某贸易");
        var comparison = APPLIED.compareWith(m, HASH.hash(m.accountNumber()));
        assertEquals(List.of("accountNumber", "direction", "amount"), comparison.differing());
        assertEquals(
                "CONFLICTING_CONTENT(accountNumber, direction, amount)",
                comparison.reason().readable());
        var renamed = transaction("6222020200112233", Direction.CREDIT, "1234.56", "另一家公司");
        assertEquals(
                List.of("counterpartyName"),
                APPLIED.compareWith(renamed, HASH.hash(renamed.accountNumber())).differing());
    }

    @Test
    void aRepaymentPostingIsComparedOnEveryStoredField() {
        RepaymentPosting applied =
                new RepaymentPosting(
                        "RP-1",
                        "LA1234",
                        "6222020200112233",
                        new BigDecimal("8225.94"),
                        new BigDecimal("593.33"),
                        "CNY",
                        DAY,
                        0,
                        Instant.EPOCH,
                        HASH);
        var same =
                new RepaymentPostingMessage(
                        "RP-1",
                        "LA1234",
                        "6222020200112233",
                        new BigDecimal("8225.940"),
                        new BigDecimal("593.33"),
                        "CNY",
                        DAY,
                        0);
        assertTrue(
                RepaymentIntake.compare(applied, same, HASH.hash(same.accountNumber()))
                        .isRedelivery());
        var other =
                new RepaymentPostingMessage(
                        "RP-1",
                        "LA1234",
                        null,
                        new BigDecimal("8225.94"),
                        new BigDecimal("593.34"),
                        "CNY",
                        DAY.plusDays(1),
                        null);
        assertEquals(
                List.of("accountNumber", "interest", "valueDate", "daysPastDue"),
                RepaymentIntake.compare(applied, other, null).differing());
    }
}
