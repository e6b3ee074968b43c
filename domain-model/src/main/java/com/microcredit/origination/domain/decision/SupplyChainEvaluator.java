package com.microcredit.origination.domain.decision;

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
                            p,
                            "NOT_A_CHAIN_MEMBER",
                            "The borrower is not a member of any hub enterprise's supply chain"));
        }
        List<String> stops = new ArrayList<>();
        Standing best =
                standings.stream()
                        .max(
                                Comparator.comparing(Standing::eligible)
                                        .thenComparing(Standing::memberLimit))
                        .orElseThrow();
        String describe =
                best.role()
                        + " of "
                        + best.hubName()
                        + " ("
                        + best.hubStatus()
                        + "), "
                        + best.verifiedTradeMonths()
                        + " months of verified trade, trailing 12-month volume "
                        + best.trailingVolume().toPlainString()
                        + ", member limit "
                        + best.memberLimit().toPlainString();
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
                            describe
                                    + "; requested "
                                    + amount.toPlainString()
                                    + " exceeds the member limit"));
        }
        return PathEvaluation.of(PathResult.available(p, describe));
    }
}
