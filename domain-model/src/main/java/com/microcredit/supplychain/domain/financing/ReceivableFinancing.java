package com.microcredit.supplychain.domain.financing;

import com.microcredit.supplychain.domain.trade.TradeKind;
import com.microcredit.supplychain.domain.trade.TradeRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The financing of one supplier invoice the hub has confirmed: the bank advances a share (the
 * advance rate) of the invoice amount, and the hub's payment of the invoice repays it.
 *
 * <p>Invariants: an invoice is financed at most once (unique invoice id; the service also locks the
 * invoice row, so concurrent requests queue and the second sees the first); only a hub-confirmed
 * INVOICE can be financed; the advance is the invoice amount × rate rounded down to the cent, with
 * 0 &lt; rate ≤ 1; outstanding goes from the advance down to zero, and the financing closes exactly
 * when it reaches zero.
 */
@Entity
@Table(
        name = "receivable_financing",
        uniqueConstraints =
                @UniqueConstraint(name = "uq_financing_invoice", columnNames = "invoice_id"))
public class ReceivableFinancing {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "borrower_id", nullable = false)
    private Long borrowerId;

    @Column(name = "document_number", nullable = false, length = 64)
    private String documentNumber;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "invoice_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal invoiceAmount;

    @Column(name = "advance_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal advanceRate;

    @Column(name = "advance_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal advanceAmount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal outstanding;

    @Column(name = "surplus_paid", nullable = false, precision = 19, scale = 2)
    private BigDecimal surplusPaid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FinancingStatus status;

    @Column(name = "exposure_reference", nullable = false, length = 64)
    private String exposureReference;

    @Column(name = "financed_by", nullable = false, length = 64)
    private String financedBy;

    @Column(name = "financed_at", nullable = false)
    private Instant financedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version private long version;

    protected ReceivableFinancing() {}

    private ReceivableFinancing(TradeRecord invoice, BigDecimal rate, String by, Instant at) {
        this.invoiceId = invoice.getId();
        this.hubId = invoice.getHubId();
        this.borrowerId = invoice.getBorrowerId();
        this.documentNumber = invoice.getDocumentNumber();
        this.currency = invoice.getCurrency();
        this.invoiceAmount = invoice.getAmount();
        this.advanceRate = rate.setScale(4, RoundingMode.UNNECESSARY);
        this.advanceAmount = advanceOf(invoice.getAmount(), rate);
        this.outstanding = advanceAmount;
        this.surplusPaid = BigDecimal.ZERO.setScale(2);
        this.status = FinancingStatus.ADVANCED;
        this.exposureReference = "SCF-INV-" + invoice.getId();
        this.financedBy = Objects.requireNonNull(by, "financed by");
        this.financedAt = Objects.requireNonNull(at, "at");
    }

    /** Finances a hub-confirmed invoice at the advance rate. */
    public static ReceivableFinancing advance(
            TradeRecord invoice, BigDecimal rate, String by, Instant at) {
        if (invoice.getKind() != TradeKind.INVOICE) {
            throw new FinancingRefusedException("NOT_AN_INVOICE", invoice.getKind());
        }
        if (!invoice.isHubConfirmed()) {
            throw new FinancingRefusedException(
                    "INVOICE_NOT_CONFIRMED", invoice.getDocumentNumber());
        }
        if (rate == null
                || rate.signum() <= 0
                || rate.compareTo(BigDecimal.ONE) > 0
                || rate.stripTrailingZeros().scale() > 4) {
            throw new FinancingRefusedException("ADVANCE_RATE_INVALID");
        }
        if (advanceOf(invoice.getAmount(), rate).signum() == 0) {
            throw new FinancingRefusedException(
                    "ADVANCE_ROUNDS_TO_ZERO", invoice.getDocumentNumber());
        }
        return new ReceivableFinancing(invoice, rate, by, at);
    }

    /**
     * Invoice amount × rate, rounded down to the cent (the bank never advances more than the rate
     * allows).
     */
    public static BigDecimal advanceOf(BigDecimal invoiceAmount, BigDecimal rate) {
        return invoiceAmount.multiply(rate).setScale(2, RoundingMode.DOWN);
    }

    /**
     * Applies the hub's payment of the invoice: it repays the outstanding advance first, the rest
     * is the supplier's surplus. A payment to a closed financing is refused.
     */
    public HubPaymentApplication applyHubPayment(
            BigDecimal amount, String paymentCurrency, Instant at) {
        if (status == FinancingStatus.CLOSED) {
            throw new FinancingRefusedException("FINANCING_CLOSED", documentNumber);
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new FinancingRefusedException("HUB_PAYMENT_AMOUNT");
        }
        if (!currency.equals(paymentCurrency)) {
            throw new FinancingRefusedException("HUB_PAYMENT_CURRENCY", paymentCurrency, currency);
        }
        BigDecimal paid = amount.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal repaid = paid.min(outstanding);
        BigDecimal surplus = paid.subtract(repaid);
        outstanding = outstanding.subtract(repaid);
        surplusPaid = surplusPaid.add(surplus);
        if (outstanding.signum() == 0) {
            status = FinancingStatus.CLOSED;
            closedAt = Objects.requireNonNull(at, "at");
        }
        return new HubPaymentApplication(repaid, surplus, status == FinancingStatus.CLOSED);
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getHubId() {
        return hubId;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getInvoiceAmount() {
        return invoiceAmount;
    }

    public BigDecimal getAdvanceRate() {
        return advanceRate;
    }

    public BigDecimal getAdvanceAmount() {
        return advanceAmount;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public BigDecimal getSurplusPaid() {
        return surplusPaid;
    }

    public FinancingStatus getStatus() {
        return status;
    }

    public String getExposureReference() {
        return exposureReference;
    }

    public String getFinancedBy() {
        return financedBy;
    }

    public Instant getFinancedAt() {
        return financedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
