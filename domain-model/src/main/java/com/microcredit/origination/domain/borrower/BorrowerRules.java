package com.microcredit.origination.domain.borrower;

import com.microcredit.shared.domain.AdministrativeDivisions;
import com.microcredit.shared.domain.FieldRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The checks of what is typed about a borrower (industry, region, establishment, revenue,
 * household, location, account and mobile numbers): each refuses with a {@link FieldRefusal} naming
 * the field and a code, or returns the value as {@link Borrower} stores it.
 */
final class BorrowerRules {

    private BorrowerRules() {}

    static String requireIndustry(String industryCode) {
        if (industryCode == null || industryCode.isBlank()) {
            throw new FieldRefusal("industryCode", "REQUIRED");
        }
        if (!industryCode.strip().matches("[A-T]\\d{0,4}")) {
            throw new FieldRefusal("industryCode", "INDUSTRY_CODE_FORMAT");
        }
        return industryCode.strip();
    }

    /** A borrower's region is where they live or trade today: a current GB/T 2260 code. */
    static String requireRegion(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new FieldRefusal("regionCode", "REQUIRED");
        }
        if (!AdministrativeDivisions.isCurrent(regionCode.strip())) {
            throw new FieldRefusal("regionCode", "REGION_UNKNOWN");
        }
        return regionCode.strip();
    }

    /** The date of establishment: required, never in the future. */
    static LocalDate establishment(LocalDate establishedOn, LocalDate today) {
        if (establishedOn == null) {
            throw new FieldRefusal("establishedOn", "REQUIRED");
        }
        if (establishedOn.isAfter(today)) {
            throw new FieldRefusal("establishedOn", "DATE_IN_FUTURE");
        }
        return establishedOn;
    }

    /** Declared annual revenue: required, not negative, at most two decimals; scale 2. */
    static BigDecimal declaredRevenue(BigDecimal declaredAnnualRevenue) {
        if (declaredAnnualRevenue == null) {
            throw new FieldRefusal("declaredAnnualRevenue", "REQUIRED");
        }
        if (declaredAnnualRevenue.signum() < 0) {
            throw new FieldRefusal("declaredAnnualRevenue", "NEGATIVE");
        }
        if (declaredAnnualRevenue.stripTrailingZeros().scale() > 2) {
            throw new FieldRefusal("declaredAnnualRevenue", "AMOUNT_SCALE", 2);
        }
        return declaredAnnualRevenue.setScale(2, RoundingMode.UNNECESSARY);
    }

    static void requireHouseholdSize(int householdSize, int max) {
        if (householdSize < 1 || householdSize > max) {
            throw new FieldRefusal("householdSize", "OUT_OF_RANGE", 1, max);
        }
    }

    /** Both coordinates, latitude within ±90 and longitude within ±180 degrees. */
    static void requireLocation(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            throw new FieldRefusal(latitude == null ? "latitude" : "longitude", "LOCATION_BOTH");
        }
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new FieldRefusal("latitude", "OUT_OF_RANGE", -90, 90);
        }
        if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new FieldRefusal("longitude", "OUT_OF_RANGE", -180, 180);
        }
    }

    /** A settlement account number at our bank: digits only, 10 to 34 long. */
    static void requireAccountNumber(String accountNumber) {
        if (accountNumber == null || !accountNumber.matches("\\d{10,34}")) {
            throw new FieldRefusal("settlementAccount", "ACCOUNT_FORMAT");
        }
    }
}
