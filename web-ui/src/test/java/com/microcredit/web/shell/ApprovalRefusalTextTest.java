package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.origination.api.DecisionRefusedException;
import com.microcredit.origination.api.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one maker-checker's refusal codes (domain-model {@code ApprovalRefusal}) read whole in both
 * languages, with their arguments; a code the bundles lack would reach a page raw.
 */
class ApprovalRefusalTextTest {

    private static final List<String> CODES =
            List.of(
                    "APPROVAL_SAME_PERSON",
                    "APPROVAL_ALREADY_DECIDED",
                    "APPROVAL_NO_MAKER",
                    "APPROVAL_NO_CHECKER",
                    "APPROVAL_NO_CHANGE",
                    "APPROVAL_STALE");

    @Test
    void everyCodeIsRenderedInEnglishAndChinese() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (String code : CODES) {
                String text = Refusals.text(locale, code, List.of("x", "y"));
                assertNotEquals(code, text, code + " in " + locale);
                assertTrue(!text.contains("{0}") && !text.contains("{1}"), text);
            }
        }
    }

    @Test
    void theSamePersonIsNamedAndTheStateIsWordsNotAnEnumName() {
        String en = Refusals.text(Locale.ENGLISH, "APPROVAL_SAME_PERSON", List.of("RISK"));
        assertTrue(en.contains("RISK") && en.contains("maker-checker"), en);
        String zh =
                Refusals.text(Locale.SIMPLIFIED_CHINESE, "APPROVAL_SAME_PERSON", List.of("risk"));
        assertTrue(zh.contains("risk") && zh.contains("经办与审批分离"), zh);
        assertEquals(
                "已拒绝（经办与审批分离）：此事项已处理（已批准）。",
                Refusals.text(
                        Locale.SIMPLIFIED_CHINESE,
                        "APPROVAL_ALREADY_DECIDED",
                        List.of("APPROVED")));
    }

    @Test
    void aFieldRefusalIsNamedByItsFieldForTheApiAndBareForAPage() {
        InvalidInputException e = new InvalidInputException("reason", "REQUIRED");
        assertEquals("reason: is required", Refusals.withField(e, Locale.ENGLISH));
        assertEquals("is required", Refusals.of(e, Locale.ENGLISH));
        DecisionRefusedException d = new DecisionRefusedException("WRONG_STATE", "A-1", "DECLINED");
        assertEquals(Refusals.of(d, Locale.ENGLISH), Refusals.withField(d, Locale.ENGLISH));
    }
}
