package com.microcredit.origination.domain.borrower;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A loan officer who knows borrowers personally and serves a territory: a centre and a radius
 * (default 50 km). The login name ties the manager to a staff user.
 */
@Entity
@Table(name = "account_manager")
public class AccountManager {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "staff_login", nullable = false, unique = true, length = 64)
    private String staffLogin;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "territory_lat", nullable = false, precision = 9, scale = 6)
    private BigDecimal territoryLatitude;

    @Column(name = "territory_lon", nullable = false, precision = 9, scale = 6)
    private BigDecimal territoryLongitude;

    @Column(name = "territory_radius_km", nullable = false, precision = 7, scale = 2)
    private BigDecimal territoryRadiusKm;

    protected AccountManager() {}

    public AccountManager(
            String staffLogin,
            String name,
            String branchCode,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal radiusKm) {
        this.staffLogin = Objects.requireNonNull(staffLogin, "staff login");
        this.name = Objects.requireNonNull(name, "name");
        this.branchCode = Objects.requireNonNull(branchCode, "branch code");
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("territory centre is not a valid coordinate");
        }
        if (radiusKm.signum() <= 0) {
            throw new IllegalArgumentException("territory radius must be positive");
        }
        this.territoryLatitude = latitude.setScale(6, RoundingMode.HALF_EVEN);
        this.territoryLongitude = longitude.setScale(6, RoundingMode.HALF_EVEN);
        this.territoryRadiusKm = radiusKm.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Whether a place lies within the territory (great-circle distance). Coordinates are a
     * geometric measure, not money, so double precision is appropriate here.
     */
    public boolean coversLocation(BigDecimal latitude, BigDecimal longitude) {
        double lat1 = Math.toRadians(territoryLatitude.doubleValue());
        double lat2 = Math.toRadians(latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitude.doubleValue() - territoryLongitude.doubleValue());
        double a =
                Math.sin(dLat / 2) * Math.sin(dLat / 2)
                        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double distanceKm = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        return distanceKm <= territoryRadiusKm.doubleValue();
    }

    public Long getId() {
        return id;
    }

    public String getStaffLogin() {
        return staffLogin;
    }

    public String getName() {
        return name;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public BigDecimal getTerritoryLatitude() {
        return territoryLatitude;
    }

    public BigDecimal getTerritoryLongitude() {
        return territoryLongitude;
    }

    public BigDecimal getTerritoryRadiusKm() {
        return territoryRadiusKm;
    }
}
