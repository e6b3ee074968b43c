package com.microcredit.supplychain.domain.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A hub's payment of a financed invoice as core banking reported it, and how it was applied. The
 * payment reference is unique per hub, so a redelivered report is recognised and applied once.
 */
@Entity
@Table(
        name = "hub_payment",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_hub_payment",
                        columnNames = {"hub_id", "payment_reference"}))
public class HubPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "payment_reference", nullable = false, length = 64)
    private String paymentReference;

    @Column(name = "financing_id", nullable = false)
    private Long financingId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal repaid;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal surplus;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected HubPayment() {}

    public HubPayment(
            long hubId,
            String paymentReference,
            long financingId,
            BigDecimal amount,
            HubPaymentApplication applied,
            LocalDate valueDate,
            Instant receivedAt) {
        if (paymentReference == null
                || paymentReference.isBlank()
                || paymentReference.length() > 64) {
            throw new FinancingRefusedException("HUB_PAYMENT_REFERENCE", 64);
        }
        this.hubId = hubId;
        this.paymentReference = paymentReference.strip();
        this.financingId = financingId;
        this.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.repaid = applied.repaid();
        this.surplus = applied.surplus();
        this.valueDate = valueDate;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public Long getFinancingId() {
        return financingId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRepaid() {
        return repaid;
    }

    public BigDecimal getSurplus() {
        return surplus;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
