package com.microcredit.protection.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void aLongPasswordWithThreeCharacterClassesIsAccepted() {
        assertTrue(policy.accepts("staff", "staff-Demo-2026"));
        assertTrue(policy.accepts("risk2", "risk2-Demo-2026"));
        assertTrue(policy.accepts("x", "Correct horse 7"));
    }

    @Test
    void aShortPasswordIsRefused() {
        assertEquals(List.of("at least 12 characters"), policy.violations("staff", "Ab1-Ab1-Ab1"));
    }

    @Test
    void aPasswordOfFewerThanThreeCharacterClassesIsRefused() {
        assertFalse(policy.accepts("staff", "alllowercaseletters"));
        assertFalse(policy.accepts("staff", "lowercase-and-dash"));
        assertTrue(policy.accepts("staff", "lowercase-and-dash-7"));
    }

    @Test
    void theLoginNameAsPasswordIsRefused() {
        assertFalse(policy.accepts("Branch-Staff-01", "branch-staff-01"));
    }

    @Test
    void aCharacterFourTimesInARowIsRefused() {
        assertFalse(policy.accepts("staff", "Passwordddd-2026"));
        assertTrue(policy.accepts("staff", "Passworddd-2026"));
    }

    @Test
    void anEmptyPasswordIsRefusedAndAPolicyBelowEightCharactersIsNotAcceptable() {
        assertFalse(policy.accepts("staff", null));
        assertFalse(policy.accepts("staff", ""));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(6));
    }
}
