package com.microcredit.origination.domain.borrower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.microcredit.shared.domain.FieldRefusal;
import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.domain.ResidentIdNumber;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BorrowerMobileTest {

    /** A stand-in for the keyed hash: the rule under test is what gets hashed, not how. */
    private static final LookupHasher HASHER = value -> "hash(" + value + ")";

    private static Borrower individual() {
        return Borrower.individual(
                "Wang Fang",
                ResidentIdNumber.parse("330106198503120415"),
                "110105",
                1L,
                Instant.parse("2026-11-28T00:00:00Z"),
                HASHER);
    }

    @Test
    void mainlandMobileIsKeptInOneFormWhateverTheSeparatorsOrCountryPrefix() {
        Borrower b = individual();
        b.reachableAt("+86 138-0013-8000", HASHER);
        assertEquals("13800138000", b.getMobile());
        b.reachableAt("0086 13900139000", HASHER);
        assertEquals("13900139000", b.getMobile());
    }

    @Test
    void numbersThatAreNotMainlandMobilesAreRefused() {
        Borrower b = individual();
        for (String bad :
                new String[] {
                    "12800138000", "1380013800", "138001380000", "010-62345678", "1380013800a", " "
                }) {
            FieldRefusal e =
                    assertThrows(FieldRefusal.class, () -> b.reachableAt(bad, HASHER), bad);
            assertEquals("mobile", e.field());
            assertEquals("MOBILE_FORMAT", e.code());
        }
        assertNull(b.getMobile());
    }

    @Test
    void mobileIsShownWithTheFirstThreeAndLastFourDigitsOnly() {
        Borrower b = individual();
        assertNull(b.maskedMobile());
        b.reachableAt("13800138000", HASHER);
        assertEquals("138****8000", b.maskedMobile());
    }

    @Test
    void lookupsHashTheOneFormOfANumber() {
        assertEquals(
                "hash(13800138000)", BorrowerNumbers.mobileLookup(HASHER, "+86 138-0013-8000"));
        assertEquals(
                "hash(91330106MA2B3C4D5E)",
                BorrowerNumbers.identityLookup(HASHER, " 91330106ma2b3c4d5e "),
                "identity numbers in upper case, trimmed");
        assertEquals(
                "hash(6222020200112233)",
                BorrowerNumbers.accountLookup(HASHER, "6222020200112233 "));
    }
}
