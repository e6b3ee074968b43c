package com.microcredit.origination.domain.decision;

import com.microcredit.shared.domain.CodedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Data centres and credit bureaus (domain guide §2.5): the central-bank credit report and court
 * records, queried through the gateway only with the borrower's consent. A report with history is
 * information (AVAILABLE); loans currently past due or court enforcement records are hard stops for
 * every product. A credit report or court record that could not be read (provider down, over
 * budget) is not a clean one: the path is then SOURCE_UNAVAILABLE.
 */
public final class DataCentreEvaluator {

    private DataCentreEvaluator() {}

    /**
     * {@code reportFound} false when the bureau holds nothing on the borrower; {@code
     * unavailableSources}: CREDIT_REPORT or COURTS when consented but not read this time.
     */
    public record Facts(
            boolean consentValid,
            boolean reportFound,
            int monthsOfHistory,
            int openLoans,
            int loansPastDueNow,
            int worstDaysPastDue24m,
            int enforcementRecords,
            List<String> unavailableSources) {

        public Facts {
            unavailableSources = List.copyOf(unavailableSources);
        }

        /** Both sources were read. */
        public Facts(
                boolean consentValid,
                boolean reportFound,
                int monthsOfHistory,
                int openLoans,
                int loansPastDueNow,
                int worstDaysPastDue24m,
                int enforcementRecords) {
            this(
                    consentValid,
                    reportFound,
                    monthsOfHistory,
                    openLoans,
                    loansPastDueNow,
                    worstDaysPastDue24m,
                    enforcementRecords,
                    List.of());
        }
    }

    public static PathEvaluation evaluate(Facts f) {
        InformationPath p = InformationPath.DATA_CENTRE;
        if (!f.consentValid()) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p, "NO_CONSENT", CodedText.of("EV_NO_CONSENT_CREDIT_REPORT")));
        }
        List<String> stops = new ArrayList<>();
        if (f.enforcementRecords() > 0) {
            stops.add("COURT_ENFORCEMENT");
        }
        if (f.loansPastDueNow() > 0) {
            stops.add("ADVERSE_CREDIT_RECORD");
        }
        if (!f.unavailableSources().isEmpty()) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p,
                            "SOURCE_UNAVAILABLE",
                            CodedText.of("EV_SOURCES_UNREADABLE", f.unavailableSources())),
                    stops);
        }
        if (!f.reportFound() || f.monthsOfHistory() == 0) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p, "NO_CREDIT_HISTORY", CodedText.of("EV_NO_CREDIT_HISTORY")),
                    stops);
        }
        return new PathEvaluation(
                PathResult.available(
                        p,
                        CodedText.of(
                                "EV_CREDIT_REPORT",
                                f.monthsOfHistory(),
                                f.openLoans(),
                                f.loansPastDueNow(),
                                f.worstDaysPastDue24m(),
                                f.enforcementRecords())),
                stops);
    }
}
