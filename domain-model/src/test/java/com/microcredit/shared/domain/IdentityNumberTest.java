package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentityNumberTest {

    // The sample number printed in GB 11643-1999.
    private static final String SAMPLE_RESIDENT_ID = "11010519491231002X";
    // A published, valid unified social credit code.
    private static final String SAMPLE_USCC = "91350100M000100Y43";

    @Test
    void residentIdWithCorrectCheckCharacterIsAccepted() {
        assertEquals(
                SAMPLE_RESIDENT_ID,
                ResidentIdNumber.parse(SAMPLE_RESIDENT_ID.toLowerCase()).value());
    }

    @Test
    void residentIdWithWrongCheckCharacterIsRefused() {
        var e =
                assertThrows(
                        InvalidIdentityNumberException.class,
                        () -> ResidentIdNumber.parse("110105194912310021"));
        assertTrue(e.getMessage().contains("check digit"));
    }

    @Test
    void residentIdWithImpossibleBirthDateIsRefused() {
        String first17 = "11010519490230002"; // 30 February
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        var e =
                assertThrows(
                        InvalidIdentityNumberException.class, () -> ResidentIdNumber.parse(id));
        assertTrue(e.getMessage().contains("birth date"));
    }

    @Test
    void residentIdOfWrongLengthIsRefused() {
        assertThrows(
                InvalidIdentityNumberException.class,
                () -> ResidentIdNumber.parse("1101051949123100"));
    }

    @Test
    void residentIdIsMaskedForDisplay() {
        assertEquals("11**************2X", ResidentIdNumber.parse(SAMPLE_RESIDENT_ID).masked());
    }

    @Test
    void creditCodeWithCorrectCheckCharacterIsAccepted() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(SAMPLE_USCC);
        assertEquals("350100", code.regionCode());
    }

    @Test
    void creditCodeWithWrongCheckCharacterIsRefused() {
        assertThrows(
                InvalidIdentityNumberException.class,
                () -> UnifiedSocialCreditCode.parse("91350100M000100Y44"));
    }

    @Test
    void creditCodeWithForbiddenLettersIsRefused() {
        var e =
                assertThrows(
                        InvalidIdentityNumberException.class,
                        () -> UnifiedSocialCreditCode.parse("91350100M000100O43"));
        assertTrue(e.getMessage().contains("except I, O, S, V, Z"));
    }
}
