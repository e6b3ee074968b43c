package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.domain.indicator.Indicator;
import com.microcredit.portfolio.domain.indicator.IndicatorRules;
import com.microcredit.portfolio.domain.indicator.LoanFigures;
import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.portfolio.infrastructure.batch.MonitoringReads.AlternativeFigures;
import com.microcredit.portfolio.infrastructure.batch.SettlementFlowReads.Flows;
import com.microcredit.shared.domain.CodedText;
import java.time.LocalDate;
import java.util.Set;

/** The figures of one loan for the indicator system, from what the chunk read. */
final class LoanIndicators {

    private LoanIndicators() {}

    /** Repayment, flows and fund usage belong to the loan; the others describe the borrower. */
    static boolean loanLevel(Indicator i) {
        return i.loanLevel();
    }

    static LoanFigures figures(
            ChunkLoan loan,
            int dpd,
            LocalDate oldestUnpaid,
            LocalDate overdueSince,
            Integer hubHealth,
            Integer groupDefaults,
            AlternativeFigures data,
            Flows flows,
            Set<String> prohibitedIndustries) {
        LoanFigures f = new LoanFigures();
        f.with(
                Indicator.DAYS_PAST_DUE,
                dpd,
                overdueSince == null
                        ? null
                        : seen(
                                overdueSince.equals(oldestUnpaid)
                                        ? "SEEN_OLDEST_UNPAID"
                                        : "SEEN_POSTED_ARREARS",
                                overdueSince,
                                loan.outstanding()));
        f.with(
                Indicator.HUB_DISTRESS,
                hubHealth == null ? 0 : hubHealth,
                hubHealth == null
                        ? null
                        : seen("SEEN_HUB_STATUS", hubHealth == 2 ? "DISTRESSED" : "WATCH"));
        f.with(
                Indicator.GROUP_DEFAULT,
                groupDefaults == null ? 0 : groupDefaults,
                groupDefaults == null ? null : seen("SEEN_GROUP_DEFAULTS", groupDefaults));
        if (data != null) {
            f.with(
                    Indicator.INCOME_TREND,
                    IndicatorRules.declinePercent(data.taxRecent(), data.taxBefore()),
                    seen("SEEN_TAX_PAID", data.taxRecent(), data.taxBefore()));
            f.with(
                    Indicator.UTILITY_TREND,
                    IndicatorRules.declinePercent(data.kwhRecent(), data.kwhBefore()),
                    seen("SEEN_KWH", data.kwhRecent(), data.kwhBefore()));
            f.with(Indicator.NEW_CREDIT_RECORDS, data.records(), seen("SEEN_NEW_RECORDS"));
        }
        if (flows != null) {
            int days = FlowCoverage.SHORT_WINDOW_DAYS;
            f.with(
                    Indicator.SETTLEMENT_COVERAGE,
                    FlowCoverage.share(flows.credits(), flows.declaredTurnover(), days)
                            .orElse(null),
                    seen("SEEN_CREDITS", flows.credits(), days, flows.declaredTurnover()));
            f.with(
                    Indicator.FUND_USAGE,
                    IndicatorRules.percentOf(flows.prohibitedDebits(), loan.principal()),
                    seen(
                            "SEEN_PROHIBITED_DEBITS",
                            flows.prohibitedDebits(),
                            prohibitedIndustries.stream().sorted().toList(),
                            loan.principal()));
        }
        return f;
    }

    /** What was seen, as the stored form of a coded text (ADR 0027). */
    private static String seen(String code, Object... arguments) {
        return CodedText.of(code, arguments).stored();
    }
}
