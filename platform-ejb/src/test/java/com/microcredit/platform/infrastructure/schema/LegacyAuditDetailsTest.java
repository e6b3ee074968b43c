package com.microcredit.platform.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The English audit details of before issue 26, as V28_9 codes them. */
class LegacyAuditDetailsTest {

    private static final String U = "\u001F";

    @Test
    void eachSentenceTheServicesWroteBecomesItsCode() {
        assertEquals(
                "AUDIT_AUTOMATED_DECISION"
                        + U
                        + "APPROVED"
                        + U
                        + "300000.00"
                        + U
                        + "CNY"
                        + U
                        + "42",
                LegacyAuditDetails.coded(
                        "DECISION", "automated decision: APPROVED, 300000.00 CNY, borrower 42"));
        assertEquals(
                "AUDIT_REFERRAL_REVIEWED" + U + "DECLINED" + U + "7",
                LegacyAuditDetails.coded("DECISION", "referral review: DECLINED, borrower 7"));
        assertEquals(
                "AUDIT_BORROWER_VIEWED" + U + "VIEW_360",
                LegacyAuditDetails.coded("BORROWER_VIEW", "360 view"));
        assertEquals(
                "AUDIT_CONSENT" + U + "5" + U + "CREDIT_ASSESSMENT" + U + "ELECTRICITY, TAX",
                LegacyAuditDetails.coded(
                        "CONSENT_RECORDED", "5 CREDIT_ASSESSMENT ELECTRICITY,TAX"));
        assertEquals(
                "AUDIT_SIGNED_IN" + U + "CHANNEL_WEB", LegacyAuditDetails.coded("LOGIN", "web"));
        assertEquals(
                "AUDIT_LOCKED" + U + "15" + U + "5",
                LegacyAuditDetails.coded(
                        "LOGIN_LOCKED", "locked for 15 minutes after 5 failed sign-ins"));
        assertEquals(
                "AUDIT_LIMIT_APPROVED" + U + "INDUSTRY" + U + "C13 food" + U + "5000000",
                LegacyAuditDetails.coded(
                        "LIMIT_CHANGE", "approved (second person): INDUSTRY C13 food to 5000000"));
        assertEquals(
                "AUDIT_TRADE_REFUSED" + U + "3" + U + "a b.csv" + U + "CSV" + U + "2" + U + "9",
                LegacyAuditDetails.coded(
                        "TRADE_IMPORT",
                        "hub 3, file a b.csv (CSV): REFUSED, 2 of 9 rows rejected"));
    }

    @Test
    void aSentenceOfAnotherActionOrUnknownIsLegacyTextAndACodedOneStays() {
        assertEquals(
                "LEGACY_TEXT" + U + "360 view",
                LegacyAuditDetails.coded("DECISION", "360 view"),
                "patterns belong to their action");
        assertEquals(
                "LEGACY_TEXT" + U + "Indicators: LATE_PAYMENTS 35.00 %",
                LegacyAuditDetails.coded("HUB_STATUS_CHANGE", "Indicators: LATE_PAYMENTS 35.00 %"));
        String coded = "HUB_STATUS_CHANGE" + U + "4" + U + "NORMAL";
        assertEquals(coded, LegacyAuditDetails.coded("HUB_STATUS_CHANGE", coded));
        assertNull(LegacyAuditDetails.coded("LOGIN", null));
        assertEquals(
                500, LegacyAuditDetails.coded("EXPORT", "x ".repeat(400)).length(), "cut to fit");
    }
}
