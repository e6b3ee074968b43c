package com.microcredit.supplychain.domain.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A trade document between a hub and a chain member. Only hub-confirmed trade is verified and
 * counts towards the member's eligibility; a document number is unique per hub and kind.
 */
@Entity
@Table(name = "trade_record")
public class TradeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TradeKind kind;

    @Column(name = "document_number", nullable = false, length = 64)
    private String documentNumber;

    @Column(name = "trade_date", nullable = false)
    private LocalDate tradeDate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "hub_confirmed", nullable = false)
    private boolean hubConfirmed;

    protected TradeRecord() {}

    public TradeRecord(
            Long hubId,
            Long borrowerId,
            TradeKind kind,
            String documentNumber,
            LocalDate tradeDate,
            BigDecimal amount,
            String currency,
            boolean hubConfirmed) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("trade amount must be positive");
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new IllegalArgumentException("document number is required");
        }
        this.hubId = Objects.requireNonNull(hubId);
        this.borrowerId = Objects.requireNonNull(borrowerId);
        this.kind = Objects.requireNonNull(kind);
        this.documentNumber = documentNumber.trim();
        this.tradeDate = Objects.requireNonNull(tradeDate);
        this.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.currency = Objects.requireNonNull(currency);
        this.hubConfirmed = hubConfirmed;
    }

    /**
     * The hub confirms the document (for an invoice: it owes the amount); confirming twice is
     * refused.
     */
    public void confirmByHub() {
        if (hubConfirmed) {
            throw new IllegalStateException(
                    "The hub already confirmed "
                            + kind.name().toLowerCase()
                            + " "
                            + documentNumber);
        }
        this.hubConfirmed = true;
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public TradeKind getKind() {
        return kind;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getTradeDate() {
        return tradeDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isHubConfirmed() {
        return hubConfirmed;
    }
}
