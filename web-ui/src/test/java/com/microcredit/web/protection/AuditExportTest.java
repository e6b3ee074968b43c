package com.microcredit.web.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditExportTest {

    @Test
    void exportedFieldsAreQuotedAndFormulasNeutralised() {
        assertEquals("\"plain\"", AuditTrailPage.csv("plain"));
        assertEquals("\"say \"\"hi\"\"\"", AuditTrailPage.csv("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditTrailPage.csv("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", AuditTrailPage.csv("+1"));
        assertEquals("\"'@SUM(A1)\"", AuditTrailPage.csv("@SUM(A1)"));
        assertEquals("", AuditTrailPage.csv(null));
    }
}
