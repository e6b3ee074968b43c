package com.microcredit.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.platform.api.InboundReason;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The refusal codes of inbound messages (ADR 0030) read in both languages on the pages, with the
 * same texts the platform gives core banking on the exception destination and the decision reply
 * (its InboundReasons bundle); a stored reason renders in the reader's language.
 */
class InboundReasonBundlesTest {

    private static final String U = "\u001F";
    private static final String R = "\u001E";

    @Test
    void everyInboundCodeHasThePlatformsTextInBothBundles() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle web =
                    ResourceBundle.getBundle(Refusals.BUNDLE, locale, getClass().getClassLoader());
            ResourceBundle platform =
                    ResourceBundle.getBundle(
                            "com.microcredit.platform.api.InboundReasons",
                            locale,
                            getClass().getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(
                                    ResourceBundle.Control.FORMAT_PROPERTIES));
            for (InboundReason code : InboundReason.values()) {
                String key = "coded." + code.name();
                assertTrue(web.containsKey(key), key + " in " + locale);
                assertEquals(platform.getString(key), web.getString(key), key + " in " + locale);
            }
        }
    }

    @Test
    void aStoredReasonReadsInTheReadersLanguage() {
        String stored = "INBOUND_UNKNOWN_ACCOUNT" + U + "************1234";
        assertEquals(
                "Unknown account ************1234: not a borrower's settlement account at the bank",
                CodedTexts.render(Locale.ENGLISH, stored));
        assertEquals(
                "未知账户 ************1234：不是借款人在本行的结算账户",
                CodedTexts.render(Locale.SIMPLIFIED_CHINESE, stored));
        assertEquals(
                "业务键与已入账的报文相同，但内容不同（amount、direction）：未入账",
                CodedTexts.render(
                        Locale.SIMPLIFIED_CHINESE,
                        "CONFLICTING_CONTENT" + U + "amount, direction"));
    }

    @Test
    void aServicesRefusalStoredWithItsFieldReadsByItsRefusalText() {
        String stored = "TOO_LONG" + U + "500" + R + "INBOUND_FIELD" + U + "purpose";
        String zh = CodedTexts.render(Locale.SIMPLIFIED_CHINESE, stored);
        assertEquals(
                Refusals.text(Locale.SIMPLIFIED_CHINESE, "TOO_LONG", List.of("500"))
                        + "；字段 purpose",
                zh);
        assertTrue(!zh.contains("TOO_LONG"), zh);
    }
}
