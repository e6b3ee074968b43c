package com.microcredit.portfolio.domain.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.Money;
import com.microcredit.shared.domain.approval.ApprovalRefusal;
import com.microcredit.shared.domain.approval.ApprovalState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LimitChangeTest {

    private static LimitChange proposal() {
        return LimitChange.propose(
                LimitDimension.PRODUCT,
                "GROUP_LOAN",
                Money.cny("5000000.00"),
                "seasonal demand",
                "risk",
                Instant.EPOCH);
    }

    @Test
    void aProposalNamesOneOfTheKnownTargetsOrIsRefusedOnTheKeyField() {
        java.util.List<String> products = java.util.List.of("GROUP_LOAN", "SUPPLY_CHAIN");
        assertEquals(
                "GROUP_LOAN",
                LimitChange.knownTarget(LimitDimension.PRODUCT, " GROUP_LOAN ", products));
        FieldRefusal unknown =
                assertThrows(
                        FieldRefusal.class,
                        () ->
                                LimitChange.knownTarget(
                                        LimitDimension.PRODUCT, "NO_SUCH_PRODUCT", products));
        assertEquals("key", unknown.field());
        assertEquals("LIMIT_TARGET_UNKNOWN", unknown.code());
        assertEquals(java.util.List.of("PRODUCT"), unknown.arguments());
        assertEquals(
                "REQUIRED",
                assertThrows(
                                FieldRefusal.class,
                                () -> LimitChange.knownTarget(LimitDimension.REGION, " ", products))
                        .code());
        assertThrows(
                FieldRefusal.class,
                () ->
                        LimitChange.knownTarget(
                                LimitDimension.REGION, "GROUP_LOAN ", java.util.List.of()));
    }

    @Test
    void theProposerCannotApproveTheirOwnChange() {
        LimitChange change = proposal();
        ApprovalRefusal e =
                assertThrows(
                        ApprovalRefusal.class,
                        () -> change.approve(" RISK", Instant.EPOCH, null, Money.cny("1.00")));
        assertEquals(ApprovalRefusal.SAME_PERSON, e.code());
        assertTrue(change.approval().isPending());
        assertNull(change.getBeforeAmount());
    }

    @Test
    void aSecondPersonApprovesAndTheTrailKeepsBeforeAndAfter() {
        LimitChange change = proposal();
        change.approve("risk2", Instant.EPOCH.plusSeconds(60), "ok", Money.cny("3000000.00"));
        assertEquals(ApprovalState.APPROVED, change.approval().state());
        assertEquals("risk2", change.approval().checker());
        assertEquals(Money.cny("3000000.00").amount(), change.getBeforeAmount());
        assertEquals(Money.cny("5000000.00"), change.proposed());
    }

    @Test
    void aDecidedChangeCannotBeDecidedAgain() {
        LimitChange change = proposal();
        change.reject("risk2", Instant.EPOCH, "not now");
        assertEquals(
                ApprovalRefusal.ALREADY_DECIDED,
                assertThrows(
                                ApprovalRefusal.class,
                                () -> change.approve("risk3", Instant.EPOCH, null, null))
                        .code());
    }

    @Test
    void aChangeNeedsAReasonAndAnIdentifiedProposer() {
        assertThrows(
                FieldRefusal.class,
                () ->
                        LimitChange.propose(
                                LimitDimension.PRODUCT,
                                "X",
                                Money.cny("1.00"),
                                " ",
                                "risk",
                                Instant.EPOCH));
        assertThrows(
                ApprovalRefusal.class,
                () ->
                        LimitChange.propose(
                                LimitDimension.PRODUCT,
                                "X",
                                Money.cny("1.00"),
                                "why",
                                null,
                                Instant.EPOCH));
    }
}
