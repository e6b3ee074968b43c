package com.microcredit.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String refusal(String id) {
        return assertThrows(
                        InvalidIdentityNumberException.class,
                        () -> ResidentIdNumber.parse(id, TODAY))
                .code();
    }

    @Test
    void aResidentIdBornInTheFutureIsRefused() {
        assertEquals("ID_BIRTH_DATE_IN_FUTURE", refusal(withCheck("11010520990101001")));
        assertEquals("ID_BIRTH_DATE_IN_FUTURE", refusal(withCheck("11010520400512001")));
        assertEquals("ID_BIRTH_DATE_IN_FUTURE", refusal(withCheck("11010520261208001")));
    }

    @Test
    void aResidentIdBornMoreThan120YearsAgoIsRefused() {
        assertEquals("ID_BIRTH_DATE_IMPLAUSIBLE", refusal(withCheck("11010518800101001")));
    }

    @Test
    void aResidentIdWithoutARealRegionCodeIsRefused() {
        assertEquals("ID_REGION_UNKNOWN", refusal(withCheck("00000019850312041")));
        assertEquals("ID_REGION_UNKNOWN", refusal(withCheck("99999919850312041")));
        assertEquals("ID_REGION_UNKNOWN", refusal(withCheck("11019919850312041")));
    }

    @Test
    void aResidentIdKeepsTheRegionCodeOfItsIssueEvenWhenThatCodeWasAbolished() {
        // 110104 Xuanwu District (merged into Xicheng 2010), 512323 Nanchuan County of Sichuan
        // (now Chongqing, 500119), 110221 Changping County (a district since 1999).
        for (String region : new String[] {"110104", "512323", "110221"}) {
            assertFalse(AdministrativeDivisions.isCurrent(region), region);
            String id = withCheck(region + "19700101001");
            assertEquals(id, ResidentIdNumber.parse(id, TODAY).value());
        }
    }

    @Test
    void theSampleOfTheStandardAndTodaysBirthsAreAccepted() {
        assertEquals(
                "11010519491231002X", ResidentIdNumber.parse("11010519491231002X", TODAY).value());
        String bornToday = withCheck("33010620261207001");
        assertEquals(TODAY, ResidentIdNumber.parse(bornToday, TODAY).birthDate());
    }

    @Test
    void aMissingResidentIdIsRefusedAsRequired() {
        assertEquals("REQUIRED", refusal(null));
        assertEquals("REQUIRED", refusal("  "));
    }

    @Test
    void theShippedDivisionCodesHoldCurrentAndHistoricCodesAndNothingElse() {
        assertTrue(AdministrativeDivisions.size() > 7000, "current and historic codes");
        assertTrue(AdministrativeDivisions.isCurrent("330106"));
        assertTrue(AdministrativeDivisions.isCurrent("110105"));
        assertTrue(AdministrativeDivisions.isKnown("110104"));
        assertFalse(AdministrativeDivisions.isKnown("000000"));
        assertFalse(AdministrativeDivisions.isKnown("999999"));
        assertFalse(AdministrativeDivisions.isKnown(null));
    }

    @Test
    void textWithControlCharactersOrLoneSurrogatesIsRefused() {
        for (String bad :
                new String[] {"张\u0000三", "a\u0007b", "line\nbreak", "\uD800x", "x\uDC00"}) {
            FieldRefusal e =
                    assertThrows(FieldRefusal.class, () -> TextInput.required(bad, "name", 200));
            assertEquals("INVALID_CHARACTER", e.code(), bad);
            assertEquals("name", e.field());
        }
        assertEquals("a\nb", TextInput.requiredLines("a\nb", "purpose", 10));
        assertEquals("茶\uD83C\uDF75", TextInput.required(" 茶\uD83C\uDF75 ", "name", 2));
    }

    @Test
    void textLongerThanItsColumnIsRefusedWithTheMaximum() {
        FieldRefusal e =
                assertThrows(
                        FieldRefusal.class, () -> TextInput.required("x".repeat(201), "name", 200));
        assertEquals("TOO_LONG", e.code());
        assertEquals(java.util.List.of("200"), e.arguments());
        assertEquals(200, TextInput.required("名".repeat(200), "name", 200).length());
    }
}
