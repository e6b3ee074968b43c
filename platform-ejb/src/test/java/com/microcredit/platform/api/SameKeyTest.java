package com.microcredit.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameKeyTest {

    @Test
    void theSameContentIsARedelivery() {
        SameKey same =
                SameKey.compare()
                        .field("amount", new BigDecimal("12.50"), new BigDecimal("12.5"))
                        .field("valueDate", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20))
                        .field("counterpartyName", null, "")
                        .field("direction", "CREDIT", "CREDIT");
        assertTrue(same.isRedelivery());
        assertEquals(List.of(), same.differing());
        assertThrows(IllegalStateException.class, same::reason);
    }

    @Test
    void anyDifferingFieldIsAConflictNamedInTheReason() {
        SameKey conflict =
                SameKey.compare()
                        .field("amount", new BigDecimal("12.50"), new BigDecimal("12.51"))
                        .field("currency", "CNY", "CNY")
                        .field("counterpartyName", null, "杭州某商贸有限公司");
        assertFalse(conflict.isRedelivery());
        assertEquals(List.of("amount", "counterpartyName"), conflict.differing());
        assertEquals(
                new RefusalReason("CONFLICTING_CONTENT", List.of("amount, counterpartyName"), null),
                conflict.reason());
    }
}
