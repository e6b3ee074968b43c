package com.microcredit.supplychain.domain.hub;

import com.microcredit.shared.domain.CodedText;
import com.microcredit.shared.domain.UnifiedSocialCreditCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A large core enterprise the bank can see into; its suppliers and distributors are financed around
 * it while it is healthy. A status change always carries a reason.
 */
@Entity
@Table(name = "hub_enterprise")
public class HubEnterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(name = "industry_code", nullable = false, length = 8)
    private String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HubStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version private long version;

    protected HubEnterprise() {}

    public HubEnterprise(
            String name, UnifiedSocialCreditCode creditCode, String industryCode, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("hub name is required");
        }
        this.name = name.trim();
        this.creditCode = creditCode.value();
        this.industryCode = Objects.requireNonNull(industryCode, "industry code");
        this.status = HubStatus.NORMAL;
        this.statusReason = CodedText.of("HUB_ONBOARDED").stored();
        this.statusChangedAt = Objects.requireNonNull(now, "now");
    }

    /** Moves the hub to a new health status; the reason is mandatory. */
    public void changeStatus(HubStatus newStatus, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a hub status change needs a reason");
        }
        this.status = Objects.requireNonNull(newStatus, "status");
        this.statusReason = reason.trim();
        this.statusChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public HubStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
