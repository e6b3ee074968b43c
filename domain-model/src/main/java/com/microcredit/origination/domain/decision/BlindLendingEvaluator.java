package com.microcredit.origination.domain.decision;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.util.ArrayList;
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
                    PathResult.insufficient(p, "BLACKLISTED", CodedText.of("EV_BLACKLISTED")),
                    stops);
        }
        if (f.ageYears() != null
                && (f.ageYears() < rules.minAge() || f.ageYears() > rules.maxAge())) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "AGE_OUTSIDE_RANGE",
                            CodedText.of(
                                    "EV_AGE_OUTSIDE_RANGE",
                                    f.ageYears(),
                                    rules.minAge(),
                                    rules.maxAge())));
        }
        if (!f.programmeOpen()) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p, "PROGRAMME_SUSPENDED", suspended(f.programmeStatusReason())));
        }
        if (f.amount().compareTo(f.singleLoanCap()) > 0) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "ABOVE_SINGLE_LOAN_CAP",
                            CodedText.of(
                                    "EV_ABOVE_SINGLE_LOAN_CAP", f.amount(), f.singleLoanCap())));
        }
        if (f.amount().compareTo(f.ceilingHeadroom()) > 0) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "CEILING_EXHAUSTED",
                            CodedText.of("EV_CEILING_EXHAUSTED", f.ceilingHeadroom())));
        }
        return PathEvaluation.of(
                PathResult.available(
                        p,
                        CodedText.of("EV_BLIND_ELIGIBLE", f.singleLoanCap(), f.ceilingHeadroom())));
    }

    /** EV_PROGRAMME_SUSPENDED, then the programme's own reason (coded, or older free text). */
    private static List<CodedText> suspended(String statusReason) {
        List<CodedText> texts = new ArrayList<>();
        texts.add(CodedText.of("EV_PROGRAMME_SUSPENDED"));
        texts.addAll(CodedText.parseList(statusReason));
        return texts;
    }
}
