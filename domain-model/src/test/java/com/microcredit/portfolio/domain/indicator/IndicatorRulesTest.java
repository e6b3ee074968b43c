package com.microcredit.portfolio.domain.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microcredit.portfolio.domain.settlement.FlowCoverage;
import com.microcredit.portfolio.domain.warning.SignalLevel;
import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every indicator at, just short of and just beyond each of its default thresholds. */
class IndicatorRulesTest {

    private static final IndicatorRules RULES = IndicatorRules.defaults();

    private static String level(Indicator indicator, String figure) {
        return RULES.evaluate(indicator, new BigDecimal(figure), null)
                .map(r -> r.level().name())
                .orElse("NONE");
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
        // income trend: % decline of tax paid; 20 / 35 / 50
        "INCOME_TREND, -10, NONE",
        "INCOME_TREND, 19.99, NONE",
        "INCOME_TREND, 20, YELLOW",
        "INCOME_TREND, 34.99, YELLOW",
        "INCOME_TREND, 35, ORANGE",
        "INCOME_TREND, 49.99, ORANGE",
        "INCOME_TREND, 50, RED",
        "INCOME_TREND, 100, RED",
        // utility trend: % decline of electricity; 25 / 40 / 60
        "UTILITY_TREND, 24.99, NONE",
        "UTILITY_TREND, 25, YELLOW",
        "UTILITY_TREND, 39.99, YELLOW",
        "UTILITY_TREND, 40, ORANGE",
        "UTILITY_TREND, 59.99, ORANGE",
        "UTILITY_TREND, 60, RED",
        // settlement coverage: the one flow-coverage rule; below 0.50 / below 0.25, never red
        "SETTLEMENT_COVERAGE, 3, NONE",
        "SETTLEMENT_COVERAGE, 0.5, NONE",
        "SETTLEMENT_COVERAGE, 0.4999, YELLOW",
        "SETTLEMENT_COVERAGE, 0.25, YELLOW",
        "SETTLEMENT_COVERAGE, 0.2499, ORANGE",
        "SETTLEMENT_COVERAGE, 0, ORANGE",
        // fund usage: % of principal to prohibited industries; 5 / 15 / 30
        "FUND_USAGE, 0, NONE",
        "FUND_USAGE, 4.99, NONE",
        "FUND_USAGE, 5, YELLOW",
        "FUND_USAGE, 14.99, YELLOW",
        "FUND_USAGE, 15, ORANGE",
        "FUND_USAGE, 29.99, ORANGE",
        "FUND_USAGE, 30, RED",
        // new court or bureau records; 1 / 2 / 3
        "NEW_CREDIT_RECORDS, 0, NONE",
        "NEW_CREDIT_RECORDS, 1, YELLOW",
        "NEW_CREDIT_RECORDS, 2, ORANGE",
        "NEW_CREDIT_RECORDS, 3, RED",
        "NEW_CREDIT_RECORDS, 7, RED",
        // days past due; 1 / 31 / 91
        "DAYS_PAST_DUE, 0, NONE",
        "DAYS_PAST_DUE, 1, YELLOW",
        "DAYS_PAST_DUE, 30, YELLOW",
        "DAYS_PAST_DUE, 31, ORANGE",
        "DAYS_PAST_DUE, 90, ORANGE",
        "DAYS_PAST_DUE, 91, RED",
        // hub health: 0 normal, 1 watch, 2 distressed
        "HUB_DISTRESS, 0, NONE",
        "HUB_DISTRESS, 1, YELLOW",
        "HUB_DISTRESS, 2, RED",
        // group members in default; 1 / 2 / 3
        "GROUP_DEFAULT, 0, NONE",
        "GROUP_DEFAULT, 1, YELLOW",
        "GROUP_DEFAULT, 2, ORANGE",
        "GROUP_DEFAULT, 3, RED"
    })
    void eachIndicatorReachesALevelAtItsThresholdAndNotJustShortOfIt(
            Indicator indicator, String figure, String level) {
        assertEquals(level, level(indicator, figure));
    }

    @ParameterizedTest
    @EnumSource(Indicator.class)
    void anUnknownFigureRaisesNothing(Indicator indicator) {
        assertTrue(RULES.evaluate(indicator, null, "no data").isEmpty());
    }

    @Test
    void theEvidenceNamesTheFigureTheThresholdsAndWhatWasSeen() {
        IndicatorReading r =
                RULES.evaluate(
                                Indicator.DAYS_PAST_DUE,
                                BigDecimal.valueOf(45),
                                "instalment 3 due 2026-10-14 unpaid")
                        .orElseThrow();
        assertEquals(SignalLevel.ORANGE, r.level());
        assertEquals(
                List.of(
                        CodedText.of("WARN_FIGURE.DAYS_PAST_DUE", 45),
                        CodedText.of("WARN_THRESHOLDS_RISING", 1, 31, 91),
                        CodedText.plain("instalment 3 due 2026-10-14 unpaid")),
                CodedText.parseList(r.evidence()));
        IndicatorReading c =
                RULES.evaluate(Indicator.SETTLEMENT_COVERAGE, new BigDecimal("0.40"), null)
                        .orElseThrow();
        assertEquals(
                List.of(
                        CodedText.of("WARN_FIGURE.SETTLEMENT_COVERAGE", "0.4"),
                        CodedText.of("WARN_COVERAGE_RULE", "0.5", "0.25")),
                CodedText.parseList(c.evidence()));
    }

    @Test
    void aLoansFiguresGiveOneReadingPerFiredIndicatorMostSevereFirst() {
        LoanFigures f =
                new LoanFigures()
                        .with(Indicator.DAYS_PAST_DUE, 12, "instalment 1 unpaid")
                        .with(Indicator.HUB_DISTRESS, 2, "hub DISTRESSED")
                        .with(Indicator.INCOME_TREND, new BigDecimal("5"), null)
                        .with(Indicator.SETTLEMENT_COVERAGE, null, "no declared turnover");
        List<IndicatorReading> readings = RULES.evaluate(f);
        assertEquals(2, readings.size());
        assertEquals(Indicator.HUB_DISTRESS, readings.get(0).indicator());
        assertEquals(SignalLevel.RED, readings.get(0).level());
        assertEquals(Indicator.DAYS_PAST_DUE, readings.get(1).indicator());
    }

    @Test
    void thresholdsMustWorsenFromYellowToRedInTheIndicatorsDirection() {
        assertThrows(IllegalArgumentException.class, () -> Thresholds.of(true, "30", "20", "50"));
        assertThrows(
                IllegalArgumentException.class, () -> Thresholds.of(false, "0.5", "1.0", "1.5"));
        Map<Indicator, Thresholds> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.SETTLEMENT_COVERAGE) {
                m.put(i, RULES.thresholdsOf(i));
            }
        }
        FlowCoverage coverage = RULES.coverage();
        m.put(Indicator.FUND_USAGE, Thresholds.of(false, "30", "15", "5"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IndicatorRules(m, coverage),
                "fund usage is worse when higher");
        m.remove(Indicator.FUND_USAGE);
        assertThrows(
                NullPointerException.class,
                () -> new IndicatorRules(m, coverage),
                "every indicator needs thresholds");
    }

    @Test
    void settlementCoverageIsJudgedByTheOneFlowCoverageRuleNotByThresholds() {
        Map<Indicator, Thresholds> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.SETTLEMENT_COVERAGE) {
                m.put(i, RULES.thresholdsOf(i));
            }
        }
        FlowCoverage coverage = new FlowCoverage(new BigDecimal("0.60"));
        IndicatorRules rules = new IndicatorRules(m, coverage);
        for (String share : new String[] {"0.6000", "0.5999", "0.2999", "0"}) {
            assertEquals(
                    coverage.level(new BigDecimal(share)),
                    rules.evaluate(Indicator.SETTLEMENT_COVERAGE, new BigDecimal(share), null)
                            .map(IndicatorReading::level),
                    share);
        }
        m.put(Indicator.SETTLEMENT_COVERAGE, Thresholds.of(false, "1.5", "1.0", "0.5"));
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRules(m, coverage));
    }

    @Test
    void trendsAndRatiosAreUnknownWithoutABase() {
        assertEquals(
                new BigDecimal("25.00"),
                IndicatorRules.declinePercent(new BigDecimal("75"), new BigDecimal("100")));
        assertEquals(
                new BigDecimal("-50.00"),
                IndicatorRules.declinePercent(new BigDecimal("150"), new BigDecimal("100")));
        assertNull(IndicatorRules.declinePercent(new BigDecimal("75"), BigDecimal.ZERO));
        assertEquals(
                new BigDecimal("12.50"),
                IndicatorRules.percentOf(new BigDecimal("12500"), new BigDecimal("100000")));
    }
}
