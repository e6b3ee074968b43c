package com.microcredit.origination.domain.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * Law-of-large-numbers lending (domain guide §2.4): minimal checks – identity (validated at
 * intake), the blacklist, basic eligibility – then the programme's single-loan cap and the room
 * left under its hard ceiling. The reservation itself happens at acceptance, atomically, in
 * portfolio-ejb; this check only keeps hopeless cases out. The blacklist is a hard stop for every
 * product.
 */
public final class BlindLendingEvaluator {

    private BlindLendingEvaluator() {}

    /** ageYears null for enterprises. */
    public record Facts(
            boolean blacklisted,
            Integer ageYears,
            boolean programmeOpen,
            String programmeStatusReason,
            BigDecimal singleLoanCap,
            BigDecimal ceilingHeadroom,
            BigDecimal amount) {}

    public record Rules(int minAge, int maxAge) {}

    public static PathEvaluation evaluate(Facts f, Rules rules) {
        InformationPath p = InformationPath.BLIND_LENDING;
        List<String> stops = f.blacklisted() ? List.of("BLACKLISTED") : List.of();
        if (f.blacklisted()) {
            return new PathEvaluation(
                    PathResult.insufficient(
                            p, "BLACKLISTED", "The borrower is on the bank's blacklist"),
                    stops);
        }
        if (f.ageYears() != null
                && (f.ageYears() < rules.minAge() || f.ageYears() > rules.maxAge())) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "AGE_OUTSIDE_RANGE",
                            "Age "
                                    + f.ageYears()
                                    + " outside "
                                    + rules.minAge()
                                    + "–"
                                    + rules.maxAge()));
        }
        if (!f.programmeOpen()) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "PROGRAMME_SUSPENDED",
                            "The blind-lending programme is suspended: "
                                    + f.programmeStatusReason()));
        }
        if (f.amount().compareTo(f.singleLoanCap()) > 0) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "ABOVE_SINGLE_LOAN_CAP",
                            "Requested "
                                    + f.amount().toPlainString()
                                    + " exceeds the single-loan cap "
                                    + f.singleLoanCap().toPlainString()));
        }
        if (f.amount().compareTo(f.ceilingHeadroom()) > 0) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "CEILING_EXHAUSTED",
                            "Only "
                                    + f.ceilingHeadroom().toPlainString()
                                    + " left under the programme ceiling"));
        }
        return PathEvaluation.of(
                PathResult.available(
                        p,
                        "Identity verified, not blacklisted, basic eligibility met; "
                                + "within the single-loan cap "
                                + f.singleLoanCap().toPlainString()
                                + "; "
                                + f.ceilingHeadroom().toPlainString()
                                + " left under the ceiling (reserved at acceptance)"));
    }
}
