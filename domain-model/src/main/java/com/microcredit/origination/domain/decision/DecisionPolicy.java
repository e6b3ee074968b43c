package com.microcredit.origination.domain.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the paths' results into a decision. Rules, in order (the first that fires decides):
 *
 * <ol>
 *   <li>HARD_STOP – any hard stop (product ineligibility, blacklist, adverse credit record, blocked
 *       group, score below cut-off, …): DECLINE.
 *   <li>NO_INFORMATION – none of the paths the product accepts is AVAILABLE: DECLINE. No
 *       information, no loan; nothing approves by default.
 *   <li>SCORE_GREY_ZONE – the big-data path is relied on and its probability of default lies
 *       between the approval and decline cut-offs: REFER.
 *   <li>UNIT_ECONOMICS – the loan does not pay for itself at the maximum rate, or cannot pay for
 *       its own checking: REFER (a person decides whether the bank carries it).
 *   <li>ABOVE_AUTOMATIC_AUTHORITY – amount above what the product lets the system approve: REFER.
 *   <li>INFORMATION_SUFFICIENT – APPROVE.
 * </ol>
 */
public final class DecisionPolicy {

    private DecisionPolicy() {}

    /** Everything the policy looks at. {@code scoreBand} is null when no score was computed. */
    public record Inputs(
            Set<InformationPath> acceptedPaths,
            List<String> productStops,
            List<PathEvaluation> evaluations,
            ScoreBand scoreBand,
            List<String> scoreReasonCodes,
            boolean unprofitableAtMaximumRate,
            boolean cannotPayForChecking,
            BigDecimal amount,
            BigDecimal automaticAuthority) {}

    public static Decision decide(Inputs in) {
        Set<String> hardStops = new LinkedHashSet<>(in.productStops());
        in.evaluations().forEach(e -> hardStops.addAll(e.hardStops()));
        if (!hardStops.isEmpty()) {
            return new Decision(
                    DecisionOutcome.DECLINE, "HARD_STOP", List.copyOf(hardStops), Set.of());
        }
        Set<InformationPath> used = EnumSet.noneOf(InformationPath.class);
        List<String> insufficient = new ArrayList<>();
        for (PathEvaluation e : in.evaluations()) {
            PathResult r = e.result();
            if (!in.acceptedPaths().contains(r.getPath())) {
                continue;
            }
            if (r.isAvailable()) {
                used.add(r.getPath());
            } else {
                insufficient.add(r.getPath() + ":" + r.getReasonCode());
            }
        }
        if (used.isEmpty()) {
            return new Decision(DecisionOutcome.DECLINE, "NO_INFORMATION", insufficient, Set.of());
        }
        List<String> reasons =
                new ArrayList<>(in.scoreReasonCodes() == null ? List.of() : in.scoreReasonCodes());
        if (used.contains(InformationPath.BIG_DATA) && in.scoreBand() == ScoreBand.GREY) {
            return new Decision(DecisionOutcome.REFER, "SCORE_GREY_ZONE", reasons, used);
        }
        if (in.unprofitableAtMaximumRate() || in.cannotPayForChecking()) {
            List<String> economics = new ArrayList<>(reasons);
            if (in.unprofitableAtMaximumRate()) {
                economics.add(0, "UNPROFITABLE_AT_MAXIMUM_RATE");
            }
            if (in.cannotPayForChecking()) {
                economics.add(0, "CANNOT_PAY_FOR_CHECKING");
            }
            return new Decision(DecisionOutcome.REFER, "UNIT_ECONOMICS", economics, used);
        }
        if (in.amount().compareTo(in.automaticAuthority()) > 0) {
            List<String> authority = new ArrayList<>(reasons);
            authority.add(0, "AMOUNT_ABOVE_AUTHORITY");
            return new Decision(
                    DecisionOutcome.REFER, "ABOVE_AUTOMATIC_AUTHORITY", authority, used);
        }
        return new Decision(DecisionOutcome.APPROVE, "INFORMATION_SUFFICIENT", reasons, used);
    }
}
