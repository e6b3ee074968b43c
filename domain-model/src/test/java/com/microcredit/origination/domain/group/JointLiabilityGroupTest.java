package com.microcredit.origination.domain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JointLiabilityGroupTest {

    @Test
    void aGroupNeverHoldsMoreMembersThanItsSize() {
        JointLiabilityGroup group = new JointLiabilityGroup("Group 1", 1L, 5);
        for (long b = 1; b <= 5; b++) {
            group.admit(b);
        }
        var e = assertThrows(IllegalStateException.class, () -> group.admit(6L));
        assertTrue(e.getMessage().contains("full"));
        assertEquals(5, group.getMemberBorrowerIds().size());
    }

    @Test
    void aBorrowerIsAdmittedOnlyOnce() {
        JointLiabilityGroup group = new JointLiabilityGroup("Group 1", 1L, 5);
        group.admit(7L);
        assertThrows(IllegalStateException.class, () -> group.admit(7L));
    }

    @Test
    void aMembersDefaultBlocksTheWholeGroup() {
        JointLiabilityGroup group = new JointLiabilityGroup("Group 1", 1L, 5);
        group.admit(7L);
        group.admit(8L);
        group.blockAfterDefault(8L);
        assertTrue(group.isBlocked());
        assertTrue(group.getStatusReason().contains("8"));
    }

    @Test
    void onlyAMemberCanBlockTheGroup() {
        JointLiabilityGroup group = new JointLiabilityGroup("Group 1", 1L, 5);
        assertThrows(IllegalArgumentException.class, () -> group.blockAfterDefault(99L));
    }
}
