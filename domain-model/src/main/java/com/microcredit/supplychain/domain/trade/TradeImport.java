package com.microcredit.supplychain.domain.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of one trade file received from a hub: IMPORTED (every row recorded) or REFUSED (no
 * row recorded; the rejected rows and reasons are kept as {@link TradeImportRejection}s).
 */
@Entity
@Table(name = "trade_import")
public class TradeImport {

    public static final String IMPORTED = "IMPORTED";
    public static final String REFUSED = "REFUSED";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "hub_id", nullable = false)
    private Long hubId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_rejected", nullable = false)
    private int rowsRejected;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected TradeImport() {}

    public TradeImport(
            long hubId,
            String fileName,
            String format,
            int rowsTotal,
            int rowsRejected,
            String by,
            Instant at) {
        this.hubId = hubId;
        String name = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName.strip();
        this.fileName = name.length() <= 200 ? name : name.substring(0, 200);
        this.format = Objects.requireNonNull(format, "format");
        this.rowsTotal = rowsTotal;
        this.rowsRejected = rowsRejected;
        this.outcome = rowsRejected == 0 && rowsTotal > 0 ? IMPORTED : REFUSED;
        this.importedBy = Objects.requireNonNull(by, "by");
        this.importedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getHubId() {
        return hubId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFormat() {
        return format;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
