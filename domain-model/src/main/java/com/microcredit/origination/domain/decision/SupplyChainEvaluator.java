package com.microcredit.origination.domain.decision;

import com.microcredit.shared.domain.CodedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Supply-chain lending (domain guide §2.3): a member of a NORMAL hub's chain with enough verified
 * trade, borrowing within the member limit its trailing trade supports. A hub that is not NORMAL
 * stops new lending to its chain at once: for a supply-chain product that is a hard stop.
 */
public final class SupplyChainEvaluator {

    private SupplyChainEvaluator() {}

    /** One hub standing, as supply-chain-ejb reports it. */
    public record Standing(
            String hubName,
            String hubStatus,
            String role,
            int verifiedTradeMonths,
            BigDecimal trailingVolume,
            BigDecimal memberLimit,
            boolean eligible,
            String ineligibleReason) {}

    public static PathEvaluation evaluate(
            List<Standing> standings, BigDecimal amount, boolean supplyChainProduct) {
        InformationPath p = InformationPath.SUPPLY_CHAIN;
        if (standings.isEmpty()) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p, "NOT_A_CHAIN_MEMBER", CodedText.of("EV_NOT_A_CHAIN_MEMBER")));
        }
        List<String> stops = new ArrayList<>();
        Standing best =
                standings.stream()
                        .max(
                                Comparator.comparing(Standing::eligible)
                                        .thenComparing(Standing::memberLimit))
                        .orElseThrow();
        CodedText describe =
                CodedText.of(
                        "EV_CHAIN_STANDING",
                        best.role(),
                        best.hubName(),
                        best.hubStatus(),
                        best.verifiedTradeMonths(),
                        best.trailingVolume(),
                        best.memberLimit());
        if (!best.eligible()) {
            if (supplyChainProduct && !"NORMAL".equals(best.hubStatus())) {
                stops.add("HUB_NOT_NORMAL");
            }
            return new PathEvaluation(
                    PathResult.insufficient(p, best.ineligibleReason(), describe), stops);
        }
        if (amount.compareTo(best.memberLimit()) > 0) {
            return PathEvaluation.of(
                    PathResult.insufficient(
                            p,
                            "ABOVE_MEMBER_LIMIT",
                            List.of(describe, CodedText.of("EV_ABOVE_MEMBER_LIMIT", amount))));
        }
        return PathEvaluation.of(PathResult.available(p, describe));
    }
}
