package com.microcredit.origination.domain.decision;

import com.microcredit.origination.domain.borrower.VisitAssessment;
import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Relationship lending (domain guide §2.1). AVAILABLE needs all of: the borrower's account manager
 * serves the place (territory radius), a visit within the window (default 30 days) with an
 * assessment that supports lending, and an anchor – a joint-liability group whose rules hold, or a
 * settlement account at the bank carrying enough of the borrower's turnover (coverage at or above
 * the threshold). Group rules are also hard stops: a member's default blocks the whole group, and
 * only one member may have an active loan at a time.
 */
public final class RelationshipEvaluator {

    private RelationshipEvaluator() {}

    public record Rules(int visitWindowDays, BigDecimal coverageThreshold) {}

    /** The applicant's group as the group rules see it; null lists mean none. */
    public record GroupFacts(
            String name,
            boolean blocked,
            String blockedReason,
            List<Long> otherMembersWithActiveLoans,
            List<Long> membersBelowMinimumDeposit) {}

    /**
     * The settlement account: {@code coverage} = credits over the window / expected turnover over
     * the window (declared revenue pro rata), null when the borrower declared no revenue; then
     * {@code monthsWithCredits} (of the last three) shows a living account.
     */
    public record DepositFacts(String maskedAccount, BigDecimal coverage, int monthsWithCredits) {}

    public record Facts(
            String managerName,
            Boolean withinTerritory,
            LocalDate lastVisit,
            VisitAssessment lastAssessment,
            GroupFacts group,
            DepositFacts deposit,
            boolean groupLoan) {}

    public static PathEvaluation evaluate(Facts f, Rules rules, LocalDate asOf) {
        List<String> stops = new ArrayList<>();
        if (f.group() != null) {
            if (f.group().blocked()) {
                stops.add("GROUP_BLOCKED");
            }
            if (!f.group().otherMembersWithActiveLoans().isEmpty()) {
                stops.add("GROUP_MEMBER_HAS_ACTIVE_LOAN");
            }
        } else if (f.groupLoan()) {
            stops.add("NOT_A_GROUP_MEMBER");
        }
        PathResult result = result(f, rules, asOf);
        return new PathEvaluation(result, stops);
    }

    private static PathResult result(Facts f, Rules rules, LocalDate asOf) {
        InformationPath p = InformationPath.RELATIONSHIP;
        if (f.withinTerritory() == null) {
            return PathResult.insufficient(
                    p, "LOCATION_UNKNOWN", CodedText.of("EV_LOCATION_UNKNOWN", f.managerName()));
        }
        if (!f.withinTerritory()) {
            return PathResult.insufficient(
                    p, "OUTSIDE_TERRITORY", CodedText.of("EV_OUTSIDE_TERRITORY", f.managerName()));
        }
        if (f.lastVisit() == null
                || ChronoUnit.DAYS.between(f.lastVisit(), asOf) > rules.visitWindowDays()) {
            return PathResult.insufficient(
                    p,
                    "NO_RECENT_VISIT",
                    f.lastVisit() == null
                            ? List.of(
                                    CodedText.of(
                                            "EV_NO_RECENT_VISIT",
                                            f.managerName(),
                                            rules.visitWindowDays()))
                            : List.of(
                                    CodedText.of(
                                            "EV_NO_RECENT_VISIT",
                                            f.managerName(),
                                            rules.visitWindowDays()),
                                    CodedText.of("EV_LAST_VISIT", f.lastVisit())));
        }
        if (!f.lastAssessment().supportsLending()) {
            return PathResult.insufficient(
                    p,
                    "ASSESSMENT_" + f.lastAssessment(),
                    CodedText.of(
                            "EV_VISIT_ASSESSED",
                            f.managerName(),
                            f.lastAssessment(),
                            f.lastVisit()));
        }
        CodedText known =
                CodedText.of("EV_VISITED", f.managerName(), f.lastVisit(), f.lastAssessment());
        if (f.group() != null) {
            if (!f.group().membersBelowMinimumDeposit().isEmpty()) {
                return PathResult.insufficient(
                        p,
                        "GROUP_DEPOSIT_SHORTFALL",
                        List.of(
                                known,
                                CodedText.of(
                                        "EV_GROUP_DEPOSIT_SHORTFALL",
                                        f.group().name(),
                                        f.group().membersBelowMinimumDeposit())));
            }
            return PathResult.available(
                    p, List.of(known, CodedText.of("EV_GROUP_GOOD_STANDING", f.group().name())));
        }
        DepositFacts d = f.deposit();
        if (d == null) {
            return PathResult.insufficient(
                    p,
                    "NO_SETTLEMENT_ACCOUNT",
                    List.of(known, CodedText.of("EV_NO_SETTLEMENT_ACCOUNT")));
        }
        if (d.coverage() == null) {
            if (d.monthsWithCredits() < 3) {
                return PathResult.insufficient(
                        p,
                        "SETTLEMENT_ACCOUNT_DORMANT",
                        List.of(
                                known,
                                CodedText.of(
                                        "EV_SETTLEMENT_DORMANT",
                                        d.maskedAccount(),
                                        d.monthsWithCredits())));
            }
            return PathResult.available(
                    p, List.of(known, CodedText.of("EV_SETTLEMENT_ACTIVE", d.maskedAccount())));
        }
        BigDecimal coverage = d.coverage().setScale(2, RoundingMode.HALF_EVEN);
        if (d.coverage().compareTo(rules.coverageThreshold()) < 0) {
            return PathResult.insufficient(
                    p,
                    "LOW_SETTLEMENT_COVERAGE",
                    List.of(
                            known,
                            CodedText.of(
                                    "EV_SETTLEMENT_COVERAGE_LOW",
                                    d.maskedAccount(),
                                    coverage,
                                    rules.coverageThreshold())));
        }
        return PathResult.available(
                p,
                List.of(
                        known,
                        CodedText.of("EV_SETTLEMENT_COVERAGE", d.maskedAccount(), coverage)));
    }
}
