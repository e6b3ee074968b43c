package com.microcredit.supplychain.domain.trade;

import com.microcredit.shared.domain.CodedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One rejected row of a refused trade file: its line and every reason (coded texts, ADR 0027). */
@Entity
@Table(name = "trade_import_rejection")
public class TradeImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "document_number", length = 64)
    private String documentNumber;

    @Column(nullable = false, length = 1000)
    private String reasons;

    protected TradeImportRejection() {}

    public TradeImportRejection(long importId, RejectedRow row) {
        this.importId = importId;
        this.lineNumber = row.line();
        String doc = row.documentNumber();
        this.documentNumber = doc == null ? null : doc.length() <= 64 ? doc : doc.substring(0, 64);
        this.reasons =
                CodedText.storedList(row.reasons().stream().map(CodedText::parse).toList(), 1000);
    }

    public Long getId() {
        return id;
    }

    public Long getImportId() {
        return importId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getReasons() {
        return reasons;
    }
}
