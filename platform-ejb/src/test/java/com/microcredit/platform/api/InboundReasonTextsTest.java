package com.microcredit.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The texts of the refusal codes for readers outside the pages (ADR 0030). */
class InboundReasonTextsTest {

    @Test
    void everyCodeHasAnEnglishAndADifferentChineseText() {
        ResourceBundle en = InboundReasonTexts.bundle(Locale.ENGLISH);
        ResourceBundle zh = InboundReasonTexts.bundle(Locale.SIMPLIFIED_CHINESE);
        for (InboundReason code : InboundReason.values()) {
            String key = "coded." + code.name();
            assertTrue(en.containsKey(key), key);
            assertNotEquals(en.getString(key), zh.getString(key), key);
        }
    }

    @Test
    void aReasonReadsInTheConfiguredLanguageWithItsArguments() {
        RefusalReason reason = RefusalReason.of(InboundReason.INBOUND_FIELD_MISSING, "amount");
        assertEquals("缺少字段：amount", InboundReasonTexts.render(reason, Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "Missing field: amount",
                InboundReasonTexts.render(reason, InboundReasonTexts.language("en")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, InboundReasonTexts.language(" "));
        assertEquals(
                "Unknown account ************1234: not a borrower's settlement account at the bank",
                InboundReasonTexts.render(
                        RefusalReason.of(InboundReason.INBOUND_UNKNOWN_ACCOUNT, "************1234"),
                        Locale.ENGLISH));
    }

    @Test
    void aServicesRefusalReadsAsItsCodeWithTheFieldInTheLanguage() {
        RefusalReason refused = new RefusalReason("TOO_LONG", List.of("500"), "purpose");
        assertEquals(
                "TOO_LONG(500)；字段 purpose",
                InboundReasonTexts.render(refused, Locale.SIMPLIFIED_CHINESE));
    }
}
