package com.microcredit.origination.domain.borrower;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a borrower lives or trades, in degrees to six decimals (checked against the account
 * manager's territory). Part of the {@link Borrower}'s row.
 */
@Embeddable
public class Location {

    @Column(name = "location_lat", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "location_lon", precision = 9, scale = 6)
    private BigDecimal longitude;

    protected Location() {}

    /** A point within the valid ranges, rounded half-even to six decimals. */
    static Location of(BigDecimal latitude, BigDecimal longitude) {
        BorrowerRules.requireLocation(latitude, longitude);
        Location l = new Location();
        l.latitude = latitude.setScale(6, RoundingMode.HALF_EVEN);
        l.longitude = longitude.setScale(6, RoundingMode.HALF_EVEN);
        return l;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }
}
