package com.microcredit.portfolio.infrastructure.batch;

import com.microcredit.portfolio.domain.indicator.Indicator;
import com.microcredit.portfolio.domain.indicator.IndicatorRules;
import com.microcredit.portfolio.domain.indicator.LoanFigures;
import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.portfolio.infrastructure.batch.MonitoringReads.AlternativeFigures;
import com.microcredit.portfolio.infrastructure.batch.SettlementFlowReads.Flows;
import java.math.BigDecimal;
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
                        : (overdueSince.equals(oldestUnpaid)
                                        ? "oldest unpaid instalment due "
                                        : "core banking reports arrears since ")
                                + overdueSince
                                + ", outstanding "
                                + loan.outstanding());
        f.with(
                Indicator.HUB_DISTRESS,
                hubHealth == null ? 0 : hubHealth,
                hubHealth == null ? null : hubHealth == 2 ? "hub DISTRESSED" : "hub on WATCH");
        f.with(
                Indicator.GROUP_DEFAULT,
                groupDefaults == null ? 0 : groupDefaults,
                groupDefaults == null ? null : groupDefaults + " other member(s) non-performing");
        if (data != null) {
            f.with(
                    Indicator.INCOME_TREND,
                    IndicatorRules.declinePercent(data.taxRecent(), data.taxBefore()),
                    "tax paid " + plain(data.taxRecent()) + " vs " + plain(data.taxBefore()));
            f.with(
                    Indicator.UTILITY_TREND,
                    IndicatorRules.declinePercent(data.kwhRecent(), data.kwhBefore()),
                    "kWh " + plain(data.kwhRecent()) + " vs " + plain(data.kwhBefore()));
            f.with(
                    Indicator.NEW_CREDIT_RECORDS,
                    data.records(),
                    "court judgments and bureau past-due records in 90 days");
        }
        if (flows != null) {
            int days = FlowCoverage.SHORT_WINDOW_DAYS;
            f.with(
                    Indicator.SETTLEMENT_COVERAGE,
                    FlowCoverage.share(flows.credits(), flows.declaredTurnover(), days)
                            .orElse(null),
                    "credits "
                            + plain(flows.credits())
                            + " in "
                            + days
                            + " days against declared turnover "
                            + plain(flows.declaredTurnover())
                            + " a year");
            f.with(
                    Indicator.FUND_USAGE,
                    IndicatorRules.percentOf(flows.prohibitedDebits(), loan.principal()),
                    "paid "
                            + plain(flows.prohibitedDebits())
                            + " to prohibited industries "
                            + prohibitedIndustries
                            + " of principal "
                            + plain(loan.principal()));
        }
        return f;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
