package com.microcredit.origination.domain.authority;

import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.ScoreBand;
import com.microcredit.shared.domain.FieldRefusal;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the delegation matrix: what an approver of {@code grade} (or higher) may approve.
 * Every limit is inclusive; a missing product or an empty path set means any.
 *
 * @param ruleId the rule's name within its matrix version, e.g. {@code R03}, recorded with every
 *     approval it allows
 * @param grade the lowest grade the rule delegates to
 * @param productCode the product it covers, or {@code null} for every product
 * @param maxAmount the largest single amount, CNY
 * @param maxTotalExposure the largest total exposure of the borrower after the loan, CNY
 * @param worstBand the worst score band it covers (PASS only, up to GREY, or up to FAIL)
 * @param paths the information paths it covers (empty: every path)
 * @param exceptionsAllowed the departures from standard terms it covers (empty: none)
 */
public record AuthorityRule(
        String ruleId,
        ApproverGrade grade,
        String productCode,
        BigDecimal maxAmount,
        BigDecimal maxTotalExposure,
        ScoreBand worstBand,
        Set<InformationPath> paths,
        Set<AuthorityException> exceptionsAllowed) {

    /** Longest rule id. */
    public static final int RULE_ID_MAX = 16;

    public AuthorityRule {
        if (ruleId == null || ruleId.isBlank() || ruleId.strip().length() > RULE_ID_MAX) {
            throw new FieldRefusal("ruleId", "TOO_LONG", RULE_ID_MAX);
        }
        ruleId = ruleId.strip();
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(worstBand, "worstBand");
        if (maxAmount == null || maxAmount.signum() <= 0) {
            throw new FieldRefusal("maxAmount", "POSITIVE_REQUIRED");
        }
        if (maxTotalExposure == null || maxTotalExposure.compareTo(maxAmount) < 0) {
            throw new FieldRefusal("maxTotalExposure", "NOT_BELOW", maxAmount.toPlainString());
        }
        productCode = productCode == null || productCode.isBlank() ? null : productCode.strip();
        paths = paths == null || paths.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(paths));
        exceptionsAllowed =
                exceptionsAllowed == null || exceptionsAllowed.isEmpty()
                        ? Set.of()
                        : Set.copyOf(EnumSet.copyOf(exceptionsAllowed));
    }

    /** Whether the rule covers the case for an approver of {@code approver}'s grade. */
    public boolean covers(ApproverGrade approver, ApprovalCase c) {
        return approver.covers(grade)
                && (productCode == null || productCode.equals(c.productCode()))
                && c.amount().compareTo(maxAmount) <= 0
                && c.totalExposureAfter().compareTo(maxTotalExposure) <= 0
                && c.band().compareTo(worstBand) <= 0
                && (paths.isEmpty() || paths.contains(c.path()))
                && exceptionsAllowed.containsAll(c.exceptions());
    }
}
