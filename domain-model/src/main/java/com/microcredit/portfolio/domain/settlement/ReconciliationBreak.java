package com.microcredit.portfolio.domain.settlement;

import com.microcredit.shared.domain.LookupHasher;
import com.microcredit.shared.persistence.EncryptedTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A disagreement between our settlement ledger and core banking's end-of-day report for one account
 * and day. It stays {@link BreakStatus#OPEN} until a risk manager or admin resolves it with a note,
 * or a later reconciliation no longer finds it ({@link BreakStatus#CLEARED}) or the report it came
 * from was restated ({@link BreakStatus#SUPERSEDED}). Breaks are never deleted.
 */
@Entity
@Table(name = "reconciliation_break")
public class ReconciliationBreak {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    /** Encrypted at rest (ADR 0011, 0016); look-ups use {@link #accountHash}. */
    @Convert(converter = EncryptedTextConverter.class)
    @Column(name = "account_cipher", nullable = false, length = 255)
    private String accountNumber;

    @Column(name = "account_hash", nullable = false, length = 64)
    private String accountHash;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BreakKind kind;

    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Column(name = "core_amount", precision = 19, scale = 2)
    private BigDecimal coreAmount;

    @Column(name = "ledger_amount", precision = 19, scale = 2)
    private BigDecimal ledgerAmount;

    @Column(name = "break_amount", precision = 19, scale = 2)
    private BigDecimal breakAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 500)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BreakStatus status;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Version private long version;

    protected ReconciliationBreak() {}

    public ReconciliationBreak(
            String accountNumber,
            LocalDate businessDate,
            String currency,
            Reconciliation.Finding finding,
            Instant now,
            LookupHasher hasher) {
        this.accountNumber = Objects.requireNonNull(accountNumber, "account number");
        this.accountHash = LedgerAccount.hash(hasher, accountNumber);
        this.businessDate = Objects.requireNonNull(businessDate, "business date");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.kind = finding.kind();
        this.transactionId = finding.transactionId();
        this.coreAmount = finding.coreAmount();
        this.ledgerAmount = finding.ledgerAmount();
        this.breakAmount = finding.breakAmount();
        this.detail = truncate(finding.detail(), 500);
        this.status = BreakStatus.OPEN;
        this.detectedAt = Objects.requireNonNull(now);
        this.lastSeenAt = now;
    }

    /** The same break found again: its figures are refreshed (a difference may have changed). */
    public void seenAgain(Reconciliation.Finding finding, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("break " + id + " is " + status);
        }
        this.coreAmount = finding.coreAmount();
        this.ledgerAmount = finding.ledgerAmount();
        this.breakAmount = finding.breakAmount();
        this.detail = truncate(finding.detail(), 500);
        this.lastSeenAt = now;
    }

    /** A person closes the break after investigating it; the note says what was found or done. */
    public void resolve(String by, String note, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Break " + id + " is already " + status);
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Who resolved the break is required");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A resolution note is required");
        }
        this.status = BreakStatus.RESOLVED;
        this.resolvedBy = by;
        this.resolutionNote = truncate(note.trim(), 1000);
        this.closedAt = now;
    }

    /**
     * A later run no longer finds the break, or the report it belonged to was replaced; a {@link
     * BreakKind#CONFLICT} stays open (no run finds or loses it).
     */
    public void close(BreakStatus why, Instant now) {
        if (why != BreakStatus.CLEARED && why != BreakStatus.SUPERSEDED) {
            throw new IllegalArgumentException(
                    "a break is closed automatically only as CLEARED or SUPERSEDED");
        }
        if (status.isOpen() && kind.closesAutomatically()) {
            this.status = why;
            this.closedAt = now;
        }
    }

    public String identity() {
        return kind + "|" + (transactionId == null ? "" : transactionId);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getAccountHash() {
        return accountHash;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public BreakKind getKind() {
        return kind;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public BigDecimal getCoreAmount() {
        return coreAmount;
    }

    public BigDecimal getLedgerAmount() {
        return ledgerAmount;
    }

    public BigDecimal getBreakAmount() {
        return breakAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDetail() {
        return detail;
    }

    public BreakStatus getStatus() {
        return status;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }
}
