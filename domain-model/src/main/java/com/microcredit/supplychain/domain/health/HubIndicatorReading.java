package com.microcredit.supplychain.domain.health;

import com.microcredit.supplychain.domain.hub.HubStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded reading of a hub's indicators and the status it implied (kept whether or not it
 * changed the hub).
 */
@Entity
@Table(name = "hub_indicator_reading")
public class HubIndicatorReading {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "late_payment_share", nullable = false, precision = 7, scale = 4)
    private BigDecimal latePaymentShare;

    @Column(name = "revenue_trend", nullable = false, precision = 9, scale = 4)
    private BigDecimal revenueTrend;

    @Column(name = "bureau_events", nullable = false)
    private int bureauEvents;

    @Column(name = "court_events", nullable = false)
    private int courtEvents;

    @Enumerated(EnumType.STRING)
    @Column(name = "implied_status", nullable = false, length = 16)
    private HubStatus impliedStatus;

    @Column(nullable = false, length = 500)
    private String findings;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HubIndicatorReading() {}

    public HubIndicatorReading(
            long hubId,
            HubIndicators indicators,
            HealthAssessment assessment,
            String recordedBy,
            Instant recordedAt) {
        this.hubId = hubId;
        this.asOf = indicators.asOf();
        this.latePaymentShare =
                indicators.latePaymentShare().setScale(4, java.math.RoundingMode.HALF_EVEN);
        this.revenueTrend = indicators.revenueTrend().setScale(4, java.math.RoundingMode.HALF_EVEN);
        this.bureauEvents = indicators.bureauEvents();
        this.courtEvents = indicators.courtEvents();
        this.impliedStatus = assessment.status();
        this.findings = assessment.reason(500);
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recorded at");
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public BigDecimal getLatePaymentShare() {
        return latePaymentShare;
    }

    public BigDecimal getRevenueTrend() {
        return revenueTrend;
    }

    public int getBureauEvents() {
        return bureauEvents;
    }

    public int getCourtEvents() {
        return courtEvents;
    }

    public HubStatus getImpliedStatus() {
        return impliedStatus;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
