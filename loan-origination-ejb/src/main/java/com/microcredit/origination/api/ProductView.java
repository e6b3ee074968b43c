package com.microcredit.origination.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A loan product. {@code borrowerKinds}: ENTERPRISE and/or INDIVIDUAL. {@code minTaxHistoryMonths}
 * null when the product does not need tax history; {@code requiredSource} the alternative-data
 * source the product is built on (e.g. TAX, ELECTRICITY), or null.
 */
public record ProductView(
        String code,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        List<String> acceptedPaths,
        List<String> repaymentMethods,
        List<String> borrowerKinds,
        String currency,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        int minTermMonths,
        int maxTermMonths,
        BigDecimal maximumRate,
        Integer minTaxHistoryMonths,
        Integer minYearsInBusiness,
        String requiredSource,
        boolean groupLoan) {}
