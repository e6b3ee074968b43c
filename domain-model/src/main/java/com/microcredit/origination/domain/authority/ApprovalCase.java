package com.microcredit.origination.domain.authority;

import com.microcredit.origination.domain.decision.InformationPath;
import com.microcredit.origination.domain.decision.ScoreBand;
import com.microcredit.shared.domain.FieldRefusal;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an approval is asked for, as the authority rules see it: the product, the amount, the
 * borrower's total exposure at the bank after this loan, the score band, the information path that
 * supplied the evidence, the exceptions from standard terms, and who prepared the case.
 *
 * @param productCode the product, e.g. {@code TAX_LOAN}
 * @param amount the amount applied for, CNY, scale 2
 * @param totalExposureAfter the borrower's total exposure including this amount, CNY, scale 2
 * @param band the scorecard's band
 * @param path the information path the decision relied on
 * @param exceptions departures from standard terms (none: empty)
 * @param preparedBy the user who prepared the case (never its approver)
 */
public record ApprovalCase(
        String productCode,
        BigDecimal amount,
        BigDecimal totalExposureAfter,
        ScoreBand band,
        InformationPath path,
        Set<AuthorityException> exceptions,
        String preparedBy) {

    public ApprovalCase {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(path, "path");
        if (amount == null || amount.signum() <= 0) {
            throw new FieldRefusal("amount", "POSITIVE_REQUIRED");
        }
        if (totalExposureAfter == null || totalExposureAfter.compareTo(amount) < 0) {
            throw new FieldRefusal("totalExposureAfter", "NOT_BELOW", amount.toPlainString());
        }
        exceptions =
                exceptions == null || exceptions.isEmpty()
                        ? Set.of()
                        : Set.copyOf(EnumSet.copyOf(exceptions));
    }
}
