package com.microcredit.portfolio.domain.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.limit.LimitDimension;
import com.microcredit.shared.domain.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DualControlTest {

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
    void theProposerCannotApproveTheirOwnChange() {
        LimitChange change = proposal();
        DualControlException e =
                assertThrows(
                        DualControlException.class,
                        () -> change.approve("risk", Instant.EPOCH, null, Money.cny("1.00")));
        assertTrue(e.getMessage().contains("cannot approve"));
        assertTrue(change.control().isPending());
    }

    @Test
    void aSecondPersonApprovesAndTheTrailKeepsBeforeAndAfter() {
        LimitChange change = proposal();
        change.approve("risk2", Instant.EPOCH.plusSeconds(60), "ok", Money.cny("3000000.00"));
        assertEquals(ChangeStatus.APPROVED, change.control().getStatus());
        assertEquals("risk2", change.control().getDecidedBy());
        assertEquals(Money.cny("3000000.00").amount(), change.getBeforeAmount());
        assertEquals(Money.cny("5000000.00"), change.proposed());
    }

    @Test
    void aDecidedChangeCannotBeDecidedAgain() {
        LimitChange change = proposal();
        change.reject("risk2", Instant.EPOCH, "not now");
        assertThrows(
                DualControlException.class,
                () -> change.approve("risk3", Instant.EPOCH, null, null));
    }

    @Test
    void aChangeNeedsAReasonAndAnIdentifiedProposer() {
        assertThrows(
                DualControlException.class,
                () ->
                        LimitChange.propose(
                                LimitDimension.PRODUCT,
                                "X",
                                Money.cny("1.00"),
                                " ",
                                "risk",
                                Instant.EPOCH));
        assertThrows(
                DualControlException.class,
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
