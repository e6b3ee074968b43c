package com.microcredit.portfolio.domain.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Issue 26: one open signal per borrower and cause, whoever raises it and with which loan. */
class IndicatorTest {

    @Test
    void aBorrowerLevelIndicatorBelongsToNoLoanWhicheverLoanItWasSeenOn() {
        assertNull(Indicator.subjectLoan("HUB_DISTRESS", "SC-A"), "contagion raises per loan");
        assertNull(Indicator.subjectLoan("HUB_DISTRESS", null), "the nightly run per borrower");
        assertNull(Indicator.subjectLoan("GROUP_DEFAULT", "L-1"));
        assertNull(Indicator.subjectLoan("INCOME_TREND", "L-1"));
    }

    @Test
    void aLoanLevelIndicatorAndOtherRulesKeepTheirLoan() {
        assertEquals("L-1", Indicator.subjectLoan("DAYS_PAST_DUE", "L-1"));
        assertEquals("L-1", Indicator.subjectLoan("FUND_USAGE", "L-1"));
        assertEquals("L-1", Indicator.subjectLoan("SETTLEMENT_COVERAGE", "L-1"));
        assertEquals("L-1", Indicator.subjectLoan("SETTLEMENT_COVERAGE_30D", "L-1"));
        assertEquals("L-1", Indicator.subjectLoan("PROHIBITED_INDUSTRY_PAYMENT", "L-1"));
    }
}
