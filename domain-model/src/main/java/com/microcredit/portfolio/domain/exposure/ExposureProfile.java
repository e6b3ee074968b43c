package com.microcredit.portfolio.domain.exposure;

import com.microcredit.portfolio.domain.blind.BlindLendingProgramme;
import com.microcredit.portfolio.domain.limit.LimitDimension;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who and what an exposure is about: the attributes that decide which limits apply and how
 * portfolio figures are broken down. Ids of other contexts are plain values (no associations).
 */
@Embeddable
public class ExposureProfile {

    @Column(name = "borrower_id", nullable = false)
    private long borrowerId;

    @Column(name = "connected_group", length = 64)
    private String connectedGroup;

    @Column(name = "hub_id")
    private Long hubId;

    @Column(name = "industry_code", nullable = false, length = 8)
    private String industryCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "product_code", nullable = false, length = 32)
    private String productCode;

    @Column(name = "information_path", nullable = false, length = 32)
    private String informationPath;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "account_manager_id")
    private Long accountManagerId;

    @Column(name = "blind_lending", nullable = false)
    private boolean blindLending;

    protected ExposureProfile() {}

    public ExposureProfile(
            long borrowerId,
            String connectedGroup,
            Long hubId,
            String industryCode,
            String regionCode,
            String productCode,
            String informationPath,
            String branchCode,
            Long accountManagerId,
            boolean blindLending) {
        this.borrowerId = borrowerId;
        this.connectedGroup = blankToNull(connectedGroup);
        this.hubId = hubId;
        this.industryCode = required(industryCode, "industry code");
        this.regionCode = required(regionCode, "region code");
        this.productCode = required(productCode, "product code");
        this.informationPath = required(informationPath, "information path");
        this.branchCode = required(branchCode, "branch code");
        this.accountManagerId = accountManagerId;
        this.blindLending = blindLending;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An exposure needs its " + name);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The key of every limit that applies to this exposure, by dimension: the borrower, its
     * connected group and hub chain (if any), its industry, region and product, and the blind
     * ceiling for a blind loan. A dimension without a defined limit for the key does not cap it.
     */
    public Map<LimitDimension, String> limitKeys() {
        Map<LimitDimension, String> keys = new EnumMap<>(LimitDimension.class);
        keys.put(LimitDimension.BORROWER, String.valueOf(borrowerId));
        if (connectedGroup != null) {
            keys.put(LimitDimension.CONNECTED_GROUP, connectedGroup);
        }
        if (hubId != null) {
            keys.put(LimitDimension.HUB_CHAIN, String.valueOf(hubId));
        }
        keys.put(LimitDimension.INDUSTRY, industryCode);
        keys.put(LimitDimension.REGION, regionCode);
        keys.put(LimitDimension.PRODUCT, productCode);
        if (blindLending) {
            keys.put(LimitDimension.BLIND_LENDING_CEILING, BlindLendingProgramme.CEILING_KEY);
        }
        return keys;
    }

    public long borrowerId() {
        return borrowerId;
    }

    public String connectedGroup() {
        return connectedGroup;
    }

    public Long hubId() {
        return hubId;
    }

    public String industryCode() {
        return industryCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String productCode() {
        return productCode;
    }

    public String informationPath() {
        return informationPath;
    }

    public String branchCode() {
        return branchCode;
    }

    public Long accountManagerId() {
        return accountManagerId;
    }

    public boolean blindLending() {
        return blindLending;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExposureProfile p
                && borrowerId == p.borrowerId
                && blindLending == p.blindLending
                && Objects.equals(connectedGroup, p.connectedGroup)
                && Objects.equals(hubId, p.hubId)
                && industryCode.equals(p.industryCode)
                && regionCode.equals(p.regionCode)
                && productCode.equals(p.productCode)
                && informationPath.equals(p.informationPath)
                && branchCode.equals(p.branchCode)
                && Objects.equals(accountManagerId, p.accountManagerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(borrowerId, hubId, productCode);
    }
}
