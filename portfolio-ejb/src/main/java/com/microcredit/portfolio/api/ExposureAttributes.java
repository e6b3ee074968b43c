package com.microcredit.portfolio.api;

/**
 * What an exposure is about; decides which limits apply (borrower, connected group, hub chain,
 * industry, region, product and – for blind lending – the ceiling) and how figures break down.
 * {@code connectedGroup}, {@code hubId} and {@code accountManagerId} may be null.
 */
public record ExposureAttributes(
        long borrowerId,
        String connectedGroup,
        Long hubId,
        String industryCode,
        String regionCode,
        String productCode,
        String informationPath,
        String branchCode,
        Long accountManagerId,
        boolean blindLending) {}
